import { DEFAULT_BASELINE_NAME, MetricPolicy, checkBaselineName } from '@mlgate/engine';
import type { MlgateConfig, PlanInputs, RunPlan } from '@mlgate/engine';
import type { EvaluationWork } from '../stages/evaluation-stage.js';
import { stringInput } from './action-inputs.js';
import type { WorkspacePaths } from './workspace-paths.js';

/**
 * The predictions to evaluate: the `predictions` input, else mlgate.yml's `evaluate.predictions`, held to
 * the workspace; judged by the metrics policy and kept under the metrics baseline's name.
 */
export function evaluationWork(
  predictionsInput: string,
  baselineNameInput: string,
  config: MlgateConfig | undefined,
  plan: RunPlan,
  given: PlanInputs,
  paths: WorkspacePaths,
): EvaluationWork | undefined {
  const fromInput = stringInput(predictionsInput);
  const predictions = fromInput ?? config?.evaluate?.predictions;
  if (predictions === undefined) return undefined;
  paths.checkRead(
    predictions,
    fromInput !== undefined ? `input '${predictionsInput}'` : 'mlgate.yml evaluate.predictions',
  );
  return {
    predictions,
    task: config?.evaluate?.task ?? 'classification',
    columns: config?.evaluate?.columns ?? {},
    ...(config?.evaluate?.slices !== undefined ? { slices: config.evaluate.slices } : {}),
    policy: plan.metrics?.policy ?? config?.metrics.policy ?? MetricPolicy.builtin(),
    baselineName:
      plan.metrics?.baselineName ??
      (given.baselineName !== undefined
        ? checkBaselineName(given.baselineName, `input '${baselineNameInput}'`)
        : (config?.baseline.name ?? DEFAULT_BASELINE_NAME)),
  };
}
