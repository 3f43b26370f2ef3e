import { gate } from '../gate/gate.js';
import { reportVerdictOf } from '../gate/report-verdict.js';
import type { MlgateReport } from '../report/report-file.js';
import { MLGATE_VERSION } from '../report/report-subject.js';
import type { ReportSubject } from '../report/report-subject.js';
import { DEFAULT_FOLD } from './comparison-sections.js';
import type { FoldableVerdict } from '../compare/comparison-report.js';
import { KEEP, fitSections, measure } from './report-sections.js';
import type { LengthUnit, ReportSection } from './report-sections.js';
import { viewOf } from './report-views.js';
import { escapeUntrusted } from './untrusted-text.js';
import { VERDICT_ICON, verdictWord } from './verdict-display.js';

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
  /** Metric verdicts whose rows go in a collapsed section (`report.fold` in mlgate.yml); default `pass`. */
  readonly fold?: readonly FoldableVerdict[];
  /** What the headline names: the check run (`mlgate / quality`) when there is one; default `mlgate`. */
  readonly title?: string;
}

/**
 * Each report's name; reports of one kind are told apart by the first file they read, shown through
 * `shown` (the escaper of the surface: the file name is untrusted).
 */
export function reportLabels(
  reports: readonly MlgateReport[],
  shown: (file: string) => string = (file) => escapeUntrusted(file, 60),
): string[] {
  return reports.map((report, index) => {
    const view = viewOf(report);
    if (reports.filter((other) => other.kind === report.kind).length === 1) return view.label;
    const what = view.subjectFile(report);
    return what === undefined ? `${view.label} ${index + 1}` : `${view.label} (${shown(what)})`;
  });
}

/** A server URL that can go into a link as it is: http(s), nothing that could end the link or add markup. */
export function isPlainServerUrl(serverUrl: string): boolean {
  return /^https?:\/\/[^\s()<>"'`]+$/.test(serverUrl);
}

/** A run link only from values that cannot carry markup: a plain owner/name and a numeric run id. */
export function runUrlOf(subject: ReportSubject, serverUrl: string): string | undefined {
  const { repository, runId } = subject;
  if (repository === undefined || runId === undefined) return undefined;
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) || !Number.isSafeInteger(runId))
    return undefined;
  if (!isPlainServerUrl(serverUrl)) return undefined;
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
  const names = reportLabels(reports);
  // The verdict, not the step's outcome: `fail-on` decides what fails the step, never what the page says.
  const overall = gate(reports, 'fail');
  const neutralReason = overall.verdict === 'neutral' ? overall.neutralReason : undefined;

  const verdicts = reports
    .map(reportVerdictOf)
    .map(
      (report, index) =>
        `- ${VERDICT_ICON[report.verdict]} **${names[index]}**: ${escapeUntrusted(report.verdictReason, 200)}\n`,
    )
    .join('');
  const sections: ReportSection[] = [
    {
      title: 'verdict',
      priority: KEEP,
      text: `## ${VERDICT_ICON[overall.verdict]} ${escapeUntrusted(options.title ?? 'mlgate', 100)}: ${verdictWord(overall.verdict, neutralReason)}\n\n${verdicts}\n`,
    },
  ];
  const fold = options.fold ?? DEFAULT_FOLD;
  reports.forEach((report, index) => {
    sections.push(...viewOf(report).sections(report, { now, label: names[index]!, fold }));
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
