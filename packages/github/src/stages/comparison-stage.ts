import * as core from '@actions/core';
import { compareMetrics, loadCurrentMetrics, reportFileName, writeReportFile } from '@mlgate/engine';
import type { ComparisonReport, MetricsWork, ReportFile, ValidationReport } from '@mlgate/engine';
import type { BaselineSaveResult } from '../baseline/baseline-store.js';
import { dataFingerprints } from '../baseline/data-fingerprints.js';
import { openBaselineStore } from '../baseline/open-baseline-store.js';
import type { EventContext } from '../event-subject.js';
import { isPushToDefaultBranch, subjectOf } from '../event-subject.js';
import type { GitHubClient } from '../github-client.js';

export interface ComparisonStageRequest {
  readonly workspace: string;
  readonly context: EventContext;
  readonly work: MetricsWork;
  readonly reportDir: string;
  /** Names the report file: `comparison-<name>.json`. */
  readonly reportName: string;
  /** The REST client, made on first need (only the `release` baseline talks to the API). */
  readonly client: () => Promise<GitHubClient>;
  /** Validation reports of the data the metrics were measured on: kept with the baseline, for lineage. */
  readonly data: readonly ValidationReport[];
}

export interface ComparisonStageOutcome {
  readonly file: ReportFile & { readonly report: ComparisonReport };
  /** Present when this run tried to keep its metrics as the next baseline. */
  readonly saved?: BaselineSaveResult;
}

/**
 * The planned metrics against the baseline from its store, written as `comparison-<name>.json`; on a push to
 * the default branch, the current metrics are then kept as the next baseline.
 */
export async function runComparisonStage(request: ComparisonStageRequest): Promise<ComparisonStageOutcome> {
  const { workspace, context, work } = request;
  const current = await loadCurrentMetrics(work, workspace);
  const store = openBaselineStore(work.baseline, {
    workspace,
    name: work.baselineName,
    context,
    currentFiles: current.files,
    namespace: work.namespace,
    client: request.client,
    repository: () => Promise.resolve(context.repo),
  });
  const baseline = await store.restore();
  const report = compareMetrics({
    current: current.metrics,
    currentFiles: current.files,
    baseline,
    policy: work.policy,
    subject: subjectOf(context),
    requireBaseline: work.requireBaseline,
  });
  const file = await writeReportFile(
    request.reportDir,
    reportFileName('comparison', request.reportName),
    report,
  );
  // Saved after the comparison, so a push is measured against the baseline before it, not against itself.
  const saved =
    store.save !== undefined && isPushToDefaultBranch(context)
      ? await store.save({
          metrics: current.metrics,
          // The baseline before this push, whose history the new one extends: a push's restore anchors on
          // the commit before it.
          ...(baseline.history !== undefined ? { history: baseline.history } : {}),
          historyLength: work.historyLength,
          ...(request.data.length > 0 ? { data: request.data.map(dataFingerprints) } : {}),
        })
      : undefined;
  if (saved?.saved === true) core.info(`Saved the baseline as cache entry '${saved.key}'`);
  else if (saved !== undefined) core.info(`The baseline was not saved: ${saved.reason}`);
  return { file: { file, report }, ...(saved !== undefined ? { saved } : {}) };
}
