import os from 'node:os';
import path from 'node:path';
import {
  COMMENT_MODES,
  DATA_FORMATS,
  DEFAULT_CONFIG_FILE,
  FAIL_ON,
  RENAMED_FAIL_ON,
  findConfig,
} from '@mlgate/engine';
import type { FormatChoice, InputNamer, MlgateConfig, PlanInputs, RunPlan } from '@mlgate/engine';
import {
  listInput,
  optionalBooleanInput,
  optionalChoiceInput,
  optionalIntegerInput,
  stringInput,
} from './action-inputs.js';
import type { WorkspacePaths } from './workspace-paths.js';

/** An action's inputs that feed the plan, by the plan's field names. */
type PlanInputNames = Partial<Record<keyof PlanInputs, string>>;

/** Reads the plan inputs an action has, each with its type; an input it does not have stays unset. */
export function readPlanInputs(names: PlanInputNames): PlanInputs {
  const read = <T>(name: string | undefined, reader: (name: string) => T | undefined): T | undefined =>
    name === undefined ? undefined : reader(name);
  return {
    schema: read(names.schema, stringInput),
    data: read(names.data, listInput),
    format: read(names.format, (name) => optionalChoiceInput<FormatChoice>(name, ['auto', ...DATA_FORMATS])),
    maxErrors: read(names.maxErrors, (name) => optionalIntegerInput(name, { min: 0 })),
    metrics: read(names.metrics, listInput),
    baseline: read(names.baseline, stringInput),
    baselineName: read(names.baselineName, stringInput),
    requireBaseline: read(names.requireBaseline, optionalBooleanInput),
    failOn: read(names.failOn, (name) => optionalChoiceInput(name, FAIL_ON, RENAMED_FAIL_ON)),
    commentId: read(names.commentId, stringInput),
    commentMode: read(names.commentMode, (name) => optionalChoiceInput(name, COMMENT_MODES)),
  };
}

/** `input 'data'`: how the plan names an action's input in its messages. */
export function actionInputNamer(names: PlanInputNames): InputNamer {
  return (input) => `input '${names[input] ?? input}'`;
}

/** The config an action runs under: the default file only when it is there, any other must exist. */
export async function loadActionConfig(
  configInput: string,
  paths: WorkspacePaths,
): Promise<MlgateConfig | undefined> {
  const file = stringInput(configInput);
  paths.checkRead(file ?? DEFAULT_CONFIG_FILE, `input '${configInput}'`);
  return findConfig(paths.workspace, file === DEFAULT_CONFIG_FILE ? undefined : file);
}

/**
 * Every file the plan reads, held to the workspace before any is opened, each refusal naming where the path
 * came from: the action's input, or the key in mlgate.yml.
 */
export async function checkPlanPaths(
  plan: RunPlan,
  given: PlanInputs,
  names: PlanInputNames,
  paths: WorkspacePaths,
): Promise<void> {
  for (const dataset of plan.datasets) {
    const fromInputs = given.schema !== undefined && dataset.schema === given.schema;
    paths.checkRead(
      dataset.schema,
      fromInputs ? `input '${names.schema}'` : dataset.dataFrom.replace(/\.path$/, '.schema'),
    );
    await paths.checkReadPatterns(dataset.data, dataset.dataFrom);
  }
  if (plan.metrics !== undefined) {
    await paths.checkReadPatterns(plan.metrics.files, plan.metrics.filesFrom);
    const baseline = plan.metrics.baseline;
    if (baseline.kind === 'file') {
      paths.checkRead(
        baseline.path,
        given.baseline !== undefined ? `input '${names.baseline}'` : 'baseline.source',
      );
    }
  }
}

/** Where an action writes its JSON reports: the `report-dir` input, else `$RUNNER_TEMP/mlgate`. */
export function reportDirectory(
  reportDirInput: string,
  env: NodeJS.ProcessEnv,
  paths: WorkspacePaths,
): string {
  const given = stringInput(reportDirInput);
  if (given === undefined) return path.join(env['RUNNER_TEMP'] || os.tmpdir(), 'mlgate');
  paths.checkOutputDirectory(given, `input '${reportDirInput}'`);
  return given;
}
