import type { MlgateReport, ReportKind } from '../report/report-file.js';
import { comparisonFindings } from './comparison-findings.js';
import { comparisonSections } from './comparison-sections.js';
import type { FoldableVerdict } from '../compare/comparison-report.js';
import { comparisonText } from './comparison-text.js';
import { evaluationFindings } from './evaluation/evaluation-findings.js';
import { evaluationSections } from './evaluation/evaluation-sections.js';
import { evaluationText } from './evaluation/evaluation-text.js';
import { driftFindings } from './drift/drift-findings.js';
import { driftSections } from './drift/drift-sections.js';
import { driftText } from './drift/drift-text.js';
import type { ReportFindings } from './finding.js';
import type { ReportSection } from './report-sections.js';
import { schemaDiffFindings } from './schema-diff/schema-diff-findings.js';
import { schemaDiffSections } from './schema-diff/schema-diff-sections.js';
import { schemaDiffText } from './schema-diff/schema-diff-text.js';
import { validationFindings } from './validation-findings.js';
import { validationSections } from './validation-sections.js';
import { validationText } from './validation-text.js';

export interface SectionContext {
  readonly now: Date | undefined;
  /** The report's name on the page: `Metrics`, or `Metrics (out/eval.json)` when there are several. */
  readonly label: string;
  readonly fold: readonly FoldableVerdict[];
}

/**
 * How one report kind shows on every surface. A new kind adds a view here (and its schema in report-file.ts),
 * never a new publishing path: the comment, the job summary, the check run, the annotations and the
 * terminal all go through these.
 */
export interface ReportView<R extends MlgateReport> {
  readonly label: string;
  /** What tells two reports of the kind apart: the first file it read. */
  readonly subjectFile: (report: R) => string | undefined;
  readonly sections: (report: R, context: SectionContext) => ReportSection[];
  readonly text: (report: R) => string;
  readonly findings: (report: R) => ReportFindings;
}

type ReportViews = { readonly [K in ReportKind]: ReportView<Extract<MlgateReport, { kind: K }>> };

const VIEWS: ReportViews = {
  'mlgate/validation@1': {
    label: 'Data validation',
    subjectFile: (report) => report.files[0]?.path,
    sections: validationSections,
    text: validationText,
    findings: validationFindings,
  },
  'mlgate/comparison@1': {
    label: 'Metrics',
    subjectFile: (report) => report.current.files[0],
    sections: comparisonSections,
    text: comparisonText,
    findings: comparisonFindings,
  },
  'mlgate/drift@1': {
    label: 'Data drift',
    subjectFile: (report) => report.current.files[0],
    sections: driftSections,
    text: driftText,
    findings: driftFindings,
  },
  'mlgate/schema-diff@1': {
    label: 'Schema changes',
    subjectFile: (report) => report.new.path,
    sections: schemaDiffSections,
    text: schemaDiffText,
    findings: schemaDiffFindings,
  },
  'mlgate/evaluation@1': {
    label: 'Model evaluation',
    subjectFile: (report) => report.files.current,
    sections: evaluationSections,
    text: evaluationText,
    findings: evaluationFindings,
  },
};

/** The view of a report's own kind (TypeScript cannot correlate the lookup with the union by itself). */
export function viewOf<R extends MlgateReport>(report: R): ReportView<R> {
  return VIEWS[report.kind] as unknown as ReportView<R>;
}
