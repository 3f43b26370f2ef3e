import { renderReport } from '@mlgate/engine';
import type { MlgateReport } from '@mlgate/engine';
import { MAX_STAMP_LINE_CHARS } from './comment-marker.js';
import { GitHubLimits } from './github-limits.js';

/** What every surface needs to render the same way: where links point and what time it is. */
export interface SurfaceContext {
  /** GITHUB_SERVER_URL; github.com by default. */
  readonly serverUrl?: string;
  readonly now?: Date;
}

/**
 * The PR comment: the whole report when it fits, else the least important sections dropped, pointing to
 * the job summary. Room is left for the stamp line postStickyComment puts on top. `mlgate report
 * --markdown` prints exactly this.
 */
export function commentMarkdown(reports: readonly MlgateReport[], context: SurfaceContext = {}): string {
  return renderReport(reports, {
    ...context,
    maxLength: GitHubLimits.commentBodyChars - MAX_STAMP_LINE_CHARS,
    unit: 'chars',
    fullReport: 'job-summary',
  });
}

/** The job summary: the full report, up to the runner's 1 MiB for a step's summary. */
export function summaryMarkdown(reports: readonly MlgateReport[], context: SurfaceContext = {}): string {
  return renderReport(reports, {
    ...context,
    maxLength: GitHubLimits.stepSummaryBytes,
    unit: 'utf8-bytes',
    fullReport: 'json-report',
  });
}

/** A check run's `output.summary`. */
export function checkRunMarkdown(reports: readonly MlgateReport[], context: SurfaceContext = {}): string {
  return renderReport(reports, {
    ...context,
    maxLength: GitHubLimits.checkRunSummaryChars,
    unit: 'chars',
    fullReport: 'job-summary',
  });
}
