import { MLGATE_VERSION } from '../report-subject.js';
import type { ReportSubject } from '../report-subject.js';
import type { MlgateReport } from '../report-file.js';
import { comparisonSections } from './comparison-sections.js';
import { escapeUntrusted } from './markdown-escape.js';
import { KEEP, fitSections, measure } from './report-sections.js';
import type { LengthUnit, ReportSection } from './report-sections.js';
import { OUTCOME_ICON, OUTCOME_WORD, outcomeOf, overallOutcome } from './report-verdict.js';
import { validationSections } from './validation-sections.js';

export interface RenderReportOptions {
  /** The surface's limit (comment 65,536 characters, job summary 1 MiB); default: no limit. */
  readonly maxLength?: number;
  readonly unit?: LengthUnit;
  /** GITHUB_SERVER_URL, for the link to the run (GitHub Enterprise Server has its own). */
  readonly serverUrl?: string;
  /** Baseline ages are measured against this; callers pass the clock so rendering stays pure. */
  readonly now?: Date;
  /** Where a reader finds what was left out: the job summary (for a comment), or the JSON report. */
  readonly fullReport?: 'job-summary' | 'json-report';
}

const BASE_LABEL: Readonly<Record<MlgateReport['kind'], string>> = {
  'mlgate/comparison@1': 'Metrics',
  'mlgate/validation@1': 'Data validation',
};

function labels(reports: readonly MlgateReport[]): string[] {
  return reports.map((report, index) => {
    const base = BASE_LABEL[report.kind];
    if (reports.filter((other) => other.kind === report.kind).length === 1) return base;
    const what = report.kind === 'mlgate/comparison@1' ? report.current.files[0] : report.files[0]?.path;
    return what === undefined ? `${base} ${index + 1}` : `${base} (${escapeUntrusted(what, 60)})`;
  });
}

function resultLine(report: MlgateReport): string {
  if (report.kind === 'mlgate/comparison@1') return escapeUntrusted(report.verdictReason, 200);
  if (report.valid) return `${report.files.length} of ${report.files.length} files valid`;
  const count = report.errorCount.toLocaleString('en-US');
  return `${count} error${report.errorCount === 1 ? '' : 's'}`;
}

/** A run link only from values that cannot carry markup: a plain owner/name and a numeric run id. */
export function runUrlOf(subject: ReportSubject, serverUrl: string): string | undefined {
  const { repository, runId } = subject;
  if (repository === undefined || runId === undefined) return undefined;
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) || !Number.isSafeInteger(runId))
    return undefined;
  if (!/^https?:\/\/[^\s()<>"'`]+$/.test(serverUrl)) return undefined;
  return `${serverUrl.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}`;
}

function subjectOf(reports: readonly MlgateReport[]): ReportSubject {
  return reports.find((report) => report.subject.runId !== undefined)?.subject ?? reports[0]?.subject ?? {};
}

function footer(subject: ReportSubject, runUrl: string | undefined): string {
  const parts = [
    `mlgate ${MLGATE_VERSION}`,
    subject.sha !== undefined && /^[0-9a-f]{40,64}$/.test(subject.sha)
      ? `commit ${subject.sha.slice(0, 7)}`
      : undefined,
    runUrl !== undefined ? `[workflow run](${runUrl})` : undefined,
  ].filter((part) => part !== undefined);
  return `---\n<sub>${parts.join(' · ')}</sub>\n`;
}

function overflowNote(
  leftOut: readonly string[],
  fullReport: RenderReportOptions['fullReport'],
  runUrl: string | undefined,
): string {
  if (leftOut.length === 0) return '';
  const where =
    fullReport === 'json-report'
      ? 'The JSON report has everything.'
      : runUrl !== undefined
        ? `The [job summary](${runUrl}) has the full report.`
        : 'The job summary has the full report.';
  return `> [!NOTE]\n> Shortened to fit GitHub's size limit, leaving out: ${leftOut.join(', ')}. ${where}\n\n`;
}

/**
 * One markdown document for any number of mlgate reports: the verdict first, then each report's sections,
 * shortened to `maxLength` by dropping the least important sections. A pure function: the PR comment,
 * the job summary, the check run and `mlgate report` all call it, each with its surface's limit.
 */
export function renderReport(reports: readonly MlgateReport[], options: RenderReportOptions = {}): string {
  const now = options.now;
  const unit = options.unit ?? 'chars';
  const subject = subjectOf(reports);
  const runUrl = runUrlOf(subject, options.serverUrl ?? 'https://github.com');
  const names = labels(reports);
  const overall = overallOutcome(reports);

  const verdicts = reports
    .map(
      (report, index) => `- ${OUTCOME_ICON[outcomeOf(report)]} **${names[index]}**: ${resultLine(report)}\n`,
    )
    .join('');
  const sections: ReportSection[] = [
    {
      title: 'verdict',
      priority: KEEP,
      text: `## ${OUTCOME_ICON[overall]} mlgate: ${reports.length === 0 ? 'no reports' : OUTCOME_WORD[overall]}\n\n${verdicts}\n`,
    },
  ];
  reports.forEach((report, index) => {
    const context = { now, label: names[index]! };
    sections.push(
      ...(report.kind === 'mlgate/comparison@1'
        ? comparisonSections(report, context)
        : validationSections(report, context)),
    );
  });
  const end = footer(subject, runUrl);
  const maxLength = (options.maxLength ?? Number.POSITIVE_INFINITY) - measure(end, unit);
  const body = fitSections(sections, {
    maxLength,
    unit,
    note: (leftOut) => overflowNote(leftOut, options.fullReport, runUrl),
  });
  return `${body}${end}`;
}
