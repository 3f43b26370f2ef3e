import path from 'node:path';
import * as core from '@actions/core';
import {
  CLASSIFICATION_METRICS,
  REGRESSION_METRICS,
  UserError,
  evaluateWithBaseline,
  measurePredictions,
  sideOf,
  sideShape,
  readPredictions,
  reportFileName,
  writeReportFile,
} from '@mlgate/engine';
import type {
  EvaluationReport,
  EvaluationTask,
  MetricPolicy,
  MetricSpec,
  PredictionColumnNames,
  PredictionMetric,
  MeasuredSide,
  PredictionSide,
  ReportFile,
} from '@mlgate/engine';
import { predictionsCacheStore } from '../baseline/predictions-cache-store.js';
import type { PredictionsStore } from '../baseline/predictions-cache-store.js';
import type { EventContext } from '../event-subject.js';
import { isPushToDefaultBranch, subjectOf } from '../event-subject.js';

/** What the evaluation of a run's predictions needs: the file, how to read it, and the policy to judge by. */
export interface EvaluationWork {
  /** Relative to the workspace (or absolute), held to it by the action before this stage runs. */
  readonly predictions: string;
  readonly task: EvaluationTask;
  readonly columns: Partial<PredictionColumnNames>;
  /** Slice columns (`evaluate.slices`). */
  readonly slices?: readonly string[];
  readonly policy: MetricPolicy;
  readonly baselineName: string;
}

export interface EvaluationStageRequest {
  readonly workspace: string;
  readonly context: EventContext;
  readonly work: EvaluationWork;
  readonly reportDir: string;
  /** Names the report file: `evaluation-<name>.json`. */
  readonly reportName: string;
  readonly now?: () => Date;
  /** Where the baseline predictions live (default: the Actions cache); injected by tests. */
  readonly store?: PredictionsStore;
}

export type EvaluationFile = ReportFile & { readonly report: EvaluationReport };

/** Every metric the task has; roc_auc and log_loss only when there are scores (as `mlgate evaluate` does). */
function defaultSpec(side: PredictionSide | MeasuredSide): MetricSpec {
  const shape = sideShape(side);
  if (shape.task === 'regression') return { metrics: [...REGRESSION_METRICS], average: 'macro' };
  const metrics: PredictionMetric[] = shape.hasScores
    ? [...CLASSIFICATION_METRICS]
    : CLASSIFICATION_METRICS.filter((metric) => metric !== 'roc_auc' && metric !== 'log_loss');
  return { metrics, average: shape.classes === 2 ? 'binary' : 'macro' };
}

/**
 * The run's predictions against the default branch's (the cache entry of the base commit, else the newest),
 * joined by id, each metric's change judged with its paired interval under the metrics policy:
 * `evaluation-<name>.json`, neutral (no-baseline) until a push has kept predictions. On a push to the default
 * branch the predictions then become the next baseline, compressed, after the evaluation, so a push is
 * judged against the predictions before it.
 */
export async function runEvaluationStage(request: EvaluationStageRequest): Promise<EvaluationFile> {
  const { workspace, context, work } = request;
  const options = {
    task: work.task,
    columns: work.columns,
    ...(work.slices !== undefined ? { slices: work.slices } : {}),
  };
  const read = async (file: string, shownAs: string): Promise<PredictionSide> => {
    const read = await readPredictions(file, shownAs, options);
    return { file: shownAs, columns: read.columns, slices: read.slices };
  };
  const currentFile = path.resolve(workspace, work.predictions);
  const store = request.store ?? predictionsCacheStore({ workspace, name: work.baselineName, context });
  const restored = await store.restore();
  let baseline: PredictionSide | undefined;
  if (!restored.found) core.info(`No baseline predictions: ${restored.reason}`);
  else {
    try {
      baseline = await read(restored.file, `cache ${restored.key}`);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      // Not this pull request's fault: its predictions are evaluated on their own.
      core.warning(`The baseline predictions (cache ${restored.key}) were not used: ${error.message}`);
    }
  }
  // With nothing to pair them with, the predictions are streamed where they can be (streamed-metrics.ts).
  const sides =
    baseline !== undefined
      ? { current: await read(currentFile, work.predictions), baseline }
      : {
          current: sideOf(work.predictions, await measurePredictions(currentFile, work.predictions, options)),
        };
  const report = evaluateWithBaseline({
    ...sides,
    spec: defaultSpec(sides.current),
    policy: work.policy,
    subject: subjectOf(context),
    createdAt: (request.now?.() ?? new Date()).toISOString(),
  });
  const written = await writeReportFile(
    request.reportDir,
    reportFileName('evaluation', request.reportName),
    report,
  );
  if (isPushToDefaultBranch(context)) {
    const saved = await store.save(currentFile);
    if (saved.saved) core.info(`Saved the predictions as cache entry '${saved.key}'`);
    else core.info(`The predictions were not saved: ${saved.reason}`);
  }
  return { file: written, report };
}
