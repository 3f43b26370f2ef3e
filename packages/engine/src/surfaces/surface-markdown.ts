import type { MlgateReport } from '../report/report-file.js';
import { renderReport } from '../render/report-document.js';
import type { RenderReportOptions } from '../render/report-document.js';
import { MAX_STAMP_LINE_CHARS } from './comment-stamp.js';
import { GitHubLimits } from './github-limits.js';

/** What every surface renders alike: the headline, where links point, what time it is, which rows fold. */
export type SurfaceOptions = Pick<RenderReportOptions, 'serverUrl' | 'now' | 'fold' | 'title'>;

/**
 * The PR comment: the whole report when it fits, else the least important sections dropped, pointing to
 * the job summary. Room is left for the stamp line the sticky comment puts on top. `mlgate report
 * --markdown` prints exactly this.
 */
export function commentMarkdown(reports: readonly MlgateReport[], options: SurfaceOptions = {}): string {
  return renderReport(reports, {
    ...options,
    maxLength: GitHubLimits.commentBodyChars - MAX_STAMP_LINE_CHARS,
    unit: 'chars',
    fullReport: 'job-summary',
  });
}

/** The job summary: the full report, up to the runner's 1 MiB for a step's summary. */
export function summaryMarkdown(reports: readonly MlgateReport[], options: SurfaceOptions = {}): string {
  return renderReport(reports, {
    ...options,
    maxLength: GitHubLimits.stepSummaryBytes,
    unit: 'utf8-bytes',
    fullReport: 'json-report',
  });
}

/** A check run's `output.summary`. */
export function checkRunMarkdown(reports: readonly MlgateReport[], options: SurfaceOptions = {}): string {
  return renderReport(reports, {
    ...options,
    maxLength: GitHubLimits.checkRunSummaryChars,
    unit: 'chars',
    fullReport: 'job-summary',
  });
}
