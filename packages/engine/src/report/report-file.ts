import { COMPARISON_REPORT_KIND } from '../compare/comparison-report.js';
import type { ComparisonReport } from '../compare/comparison-report.js';
import { COMPARISON_REPORT_SCHEMA } from '../compare/comparison-report-schema.js';
import { DRIFT_REPORT_KIND } from '../drift/drift-report.js';
import type { DriftReport } from '../drift/drift-report.js';
import { DRIFT_REPORT_SCHEMA } from '../drift/drift-report-schema.js';
import { SCHEMA_DIFF_REPORT_KIND } from '../schema-diff/schema-diff.js';
import type { SchemaDiffReport } from '../schema-diff/schema-diff.js';
import { SCHEMA_DIFF_REPORT_SCHEMA } from '../schema-diff/schema-diff-report-schema.js';
import { EVALUATION_REPORT_KIND } from '../evaluate/report/evaluation-report.js';
import type { EvaluationReport } from '../evaluate/report/evaluation-report.js';
import { EVALUATION_REPORT_SCHEMA } from '../evaluate/report/evaluation-report-schema.js';
import { UserError } from '../user-error.js';
import { VALIDATION_REPORT_KIND } from '../validate/report/validation-report.js';
import type { ValidationReport } from '../validate/report/validation-report.js';
import { VALIDATION_REPORT_SCHEMA } from '../validate/report/validation-report-schema.js';
import { documentValidator } from './document-validators.js';
import { parseBoundedJson, schemaProblem } from './published-document.js';

/** Every report kind the renderer and the comment action read. */
export type MlgateReport =
  ComparisonReport | ValidationReport | DriftReport | SchemaDiffReport | EvaluationReport;
export type ReportKind = MlgateReport['kind'];

export const REPORT_SCHEMAS: Readonly<Record<ReportKind, object>> = {
  [COMPARISON_REPORT_KIND]: COMPARISON_REPORT_SCHEMA,
  [VALIDATION_REPORT_KIND]: VALIDATION_REPORT_SCHEMA,
  [DRIFT_REPORT_KIND]: DRIFT_REPORT_SCHEMA,
  [SCHEMA_DIFF_REPORT_KIND]: SCHEMA_DIFF_REPORT_SCHEMA,
  [EVALUATION_REPORT_KIND]: EVALUATION_REPORT_SCHEMA,
};

/**
 * A report file may come from another workflow (a fork's artifact): it is parsed only up to this size, so a
 * hostile artifact cannot exhaust the poster's memory. Real reports are kilobytes; errors are capped at 100.
 */
export const MAX_REPORT_BYTES = 16 * 1024 * 1024;

/**
 * Parses and checks one report against its kind's JSON Schema. Anything that is not a known, well-formed
 * report is a UserError naming the file: a report is the contract between steps, and one from a fork is
 * untrusted input.
 */
export function parseReport(text: string, file: string): MlgateReport {
  const value = parseBoundedJson(text, file, 'a report', MAX_REPORT_BYTES, true);
  const kind = (value as { kind?: unknown } | null)?.kind;
  if (typeof kind !== 'string' || !Object.hasOwn(REPORT_SCHEMAS, kind)) {
    throw new UserError(
      `not an mlgate report (kind ${JSON.stringify(kind ?? null)}; expected one of ${Object.keys(REPORT_SCHEMAS).join(', ')})`,
      { file },
    );
  }
  const validate = documentValidator(REPORT_SCHEMAS[kind as ReportKind]);
  if (!validate(value)) {
    throw new UserError(`breaks the ${kind} schema: ${schemaProblem(validate.errors!, 'the report')}`, {
      file,
    });
  }
  return value as MlgateReport;
}
