import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ExitCode, UserError, validateDataset } from '@mlgate/engine';
import type { DatasetConfig, FormatChoice, MlgateConfig, ValidationReport } from '@mlgate/engine';
import type { EventContext } from './event-subject.js';
import { subjectOf } from './event-subject.js';
import { summaryMarkdown } from './report-surfaces.js';
import { writeStepSummary } from './step-summary.js';
import { emitAnnotations } from './workflow-annotations.js';
import type { WorkflowAnnotation } from './workflow-annotations.js';

export const DATA_FAIL_ON = ['error', 'never'] as const;
export type DataFailOn = (typeof DATA_FAIL_ON)[number];

export interface ValidateDataRequest {
  readonly workspace: string;
  readonly context: EventContext;
  /** Schema and data from inputs; both empty: the `datasets:` of the config. */
  readonly schema?: string;
  readonly data: readonly string[];
  readonly format: FormatChoice;
  readonly config?: MlgateConfig;
  readonly maxErrors: number;
  readonly failOn: DataFailOn;
  readonly reportDir: string;
  /** Default true. The root action leaves the job summary to the combined report instead. */
  readonly writeSummary?: boolean;
  readonly serverUrl?: string;
  /** Annotations this step may print; default all the runner shows. The root action shares them out. */
  readonly annotationCap?: number;
}

export interface DatasetOutcome {
  readonly name: string;
  readonly report: ValidationReport;
  readonly reportPath: string;
}

export interface ValidateDataOutcome {
  readonly datasets: readonly DatasetOutcome[];
  readonly valid: boolean;
  readonly rows: number;
  readonly errorCount: number;
  readonly exitCode: ExitCode;
}

interface DatasetPlan {
  readonly name: string;
  readonly schema: string;
  readonly data: readonly string[];
  readonly format: FormatChoice;
}

function plan(request: ValidateDataRequest): DatasetPlan[] {
  if (request.data.length > 0 || request.schema !== undefined) {
    if (request.schema === undefined) throw new UserError("input 'data' needs input 'schema'");
    if (request.data.length === 0) throw new UserError("input 'schema' needs input 'data'");
    return [{ name: 'data', schema: request.schema, data: request.data, format: request.format }];
  }
  const datasets = request.config?.datasets ?? [];
  if (datasets.length === 0) {
    throw new UserError("nothing to validate: give inputs 'schema' and 'data', or `datasets:` in mlgate.yml");
  }
  return datasets.map((dataset: DatasetConfig, index) => {
    if (dataset.schema === undefined) {
      throw new UserError(`dataset ${dataset.name ?? index + 1} has no schema`, dataset.location);
    }
    return {
      name: dataset.name ?? `dataset-${index + 1}`,
      schema: dataset.schema,
      data: dataset.paths,
      format: dataset.format ?? request.format,
    };
  });
}

const LINE_FORMATS = new Set(['csv', 'tsv', 'jsonl', 'json']);

/** Errors as annotations on the data file: on the line for text formats, the record number in the message otherwise. */
export function dataAnnotations(report: ValidationReport): WorkflowAnnotation[] {
  const formats = new Map(report.files.map((file) => [file.path, file.format]));
  return report.errors.map((error) => {
    const onLine = error.row !== null && LINE_FORMATS.has(formats.get(error.file) ?? '');
    const where = error.row !== null && !onLine ? `record ${error.row}: ` : '';
    const field = error.field !== null ? `${error.field}: ` : '';
    return {
      level: 'error',
      title: `mlgate: ${error.code}`,
      message: `${where}${field}${error.message}`,
      file: error.file,
      ...(onLine && error.row !== null ? { line: error.row } : {}),
    };
  });
}

function reportName(name: string): string {
  return `validation-${name.replace(/[^A-Za-z0-9._-]+/g, '-')}.json`;
}

/**
 * validate-data from inputs to verdict: every dataset against its schema, one JSON report each, errors as
 * annotations on the data files (capped, as the runner shows only ten), the per-file and per-column tables in
 * the job summary, and the exit code `fail-on` calls for.
 */
export async function runValidateData(request: ValidateDataRequest): Promise<ValidateDataOutcome> {
  const datasets: DatasetOutcome[] = [];
  await mkdir(request.reportDir, { recursive: true });
  for (const dataset of plan(request)) {
    const report = await validateDataset({
      cwd: request.workspace,
      schema: dataset.schema,
      data: dataset.data,
      format: dataset.format,
      maxErrors: request.maxErrors,
      examplesPerColumn: 20,
      subject: subjectOf(request.context),
    });
    const reportPath = path.join(request.reportDir, reportName(dataset.name));
    await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`);
    datasets.push({ name: dataset.name, report, reportPath });
  }
  const reports = datasets.map((d) => d.report);
  const errorCount = reports.reduce((sum, r) => sum + r.errorCount, 0);
  // A report keeps only the first `max-errors` errors; the closing annotation counts all of them.
  emitAnnotations(reports.flatMap(dataAnnotations), {
    total: errorCount,
    ...(request.annotationCap !== undefined ? { cap: request.annotationCap } : {}),
  });
  if (request.writeSummary !== false) {
    await writeStepSummary(
      summaryMarkdown(reports, request.serverUrl !== undefined ? { serverUrl: request.serverUrl } : {}),
    );
  }
  const valid = reports.every((r) => r.valid);
  return {
    datasets,
    valid,
    rows: reports.reduce((sum, r) => sum + r.rows, 0),
    errorCount,
    exitCode: valid || request.failOn === 'never' ? ExitCode.passed : ExitCode.verdictFailed,
  };
}
