import { DEFAULT_HISTORY_LENGTH } from '../compare/baseline-history.js';
import type { FoldableVerdict } from '../compare/comparison-report.js';
import type { DriftPolicy } from '../drift/drift-policy.js';
import type { BaselineSourceSpec, MlgateConfig } from '../config/mlgate-config.js';
import { parseBaselineSpec } from '../config/mlgate-config.js';
import { FAIL_ON } from '../gate/verdict.js';
import type { FailOn } from '../gate/verdict.js';
import type { NamespaceMode } from '../metrics/metrics-loader.js';
import { MetricPolicy } from '../policy/metric-policy.js';
import { DEFAULT_FOLD } from '../render/comparison-sections.js';
import { isValidCommentId } from '../surfaces/comment-stamp.js';
import type { CommentMode } from '../surfaces/comment-stamp.js';
import { UserError } from '../user-error.js';
import type { SourceLocation } from '../user-error.js';
import type { FormatChoice } from '../validate/readers/data-format.js';
import { DEFAULT_EXAMPLES_PER_COLUMN, DEFAULT_MAX_ERRORS } from '../validate/validate-data.js';

/**
 * What a door (an action's inputs, the CLI's flags) says about the run. Every field is optional: unset
 * means "not given", and the plan falls back to mlgate.yml, then to the default, the same way everywhere.
 */
export interface PlanInputs {
  readonly schema?: string;
  /** Data files or globs; empty or unset: the `datasets:` of the config. */
  readonly data?: readonly string[];
  readonly format?: FormatChoice;
  readonly maxErrors?: number;
  /** Metrics files or globs; empty or unset: `metrics.files` of the config. */
  readonly metrics?: readonly string[];
  readonly namespace?: NamespaceMode;
  /** `cache`, `release`, `git:<ref>` or `file:<path>`, as written. */
  readonly baseline?: string;
  readonly baselineName?: string;
  readonly requireBaseline?: boolean;
  readonly failOn?: FailOn;
  readonly commentId?: string;
  readonly commentMode?: CommentMode;
}

/** How a door names its inputs in messages: `input 'data'` for an action, `--data` for the CLI. */
export type InputNamer = (input: keyof PlanInputs) => string;

/** One dataset to validate: a schema and the files it governs. */
export interface DatasetWork {
  /** Names the report file (`validation-<name>.json`). */
  readonly name: string;
  readonly schema: string;
  readonly data: readonly string[];
  /** Where `data` came from, for messages about it: `input 'data'`, `datasets.0.path`. */
  readonly dataFrom: string;
  readonly format: FormatChoice;
  /** Where the config declares it, for errors about it. */
  readonly location?: SourceLocation;
}

/** The metrics of this run and everything they are compared under. */
export interface MetricsWork {
  /** Paths or globs, as given. */
  readonly files: readonly string[];
  /** Where they came from, for messages about them: `input 'metrics'`, `metrics.files`. */
  readonly filesFrom: string;
  readonly namespace: NamespaceMode;
  readonly policy: MetricPolicy;
  readonly baseline: BaselineSourceSpec;
  /** Names the cached baseline (`mlgate-baseline-<name>-<sha>`). */
  readonly baselineName: string;
  readonly requireBaseline: boolean;
  /** How many baselines' values a baseline saved by this run remembers, for trends. */
  readonly historyLength: number;
}

/** How the reports are shown. */
export interface ReportWork {
  readonly commentId: string;
  readonly commentMode: CommentMode;
  readonly fold: readonly FoldableVerdict[];
  readonly maxErrors: number;
  readonly examplesPerColumn: number;
}

/**
 * The work of one run, from mlgate.yml and the door's inputs, made once: the CLI and every action act on
 * this and never read the config again.
 */
export interface RunPlan {
  /** The config the plan was made from, if any: its file and hash, for lineage. */
  readonly config?: { readonly file: string; readonly sha256: string };
  /** Empty: nothing to validate. */
  readonly datasets: readonly DatasetWork[];
  /** Absent: no metrics files anywhere, nothing to compare. */
  readonly metrics?: MetricsWork;
  /** Present when mlgate.yml has a `drift:` section and there are datasets: profile them and judge drift. */
  readonly drift?: DriftWork;
  readonly failOn: FailOn;
  readonly report: ReportWork;
}

/** Drift of each dataset against the default branch's profile of it. */
export interface DriftWork {
  readonly policy: DriftPolicy;
  /** Names the cached profiles (`mlgate-profile-<name>-<sha>`), as `baseline.name` names the metrics. */
  readonly baselineName: string;
  /**
   * Where the baseline profiles come from: `release` (the production model's data, named by the latest
   * release's manifest; the cache when it has none) when the metrics baseline is `release`, else `cache`
   * (the default branch's).
   */
  readonly baseline: 'cache' | 'release';
}

export const DEFAULT_COMMENT_ID = 'mlgate';
export const DEFAULT_BASELINE_NAME = 'default';

/**
 * A baseline name goes into cache keys and release tags, so it takes what mlgate.yml's schema allows for
 * `baseline.name`: letters, digits, `.`, `_` and `-`, never a path.
 */
export function checkBaselineName(baselineName: string, where: string): string {
  if (!/^[A-Za-z0-9._-]{1,100}$/.test(baselineName) || /^\.+$/.test(baselineName)) {
    throw new UserError(
      `${where} ${JSON.stringify(baselineName)} must be 1 to 100 letters, digits, '.', '_' or '-'`,
    );
  }
  return baselineName;
}

function planDatasets(config: MlgateConfig | undefined, inputs: PlanInputs, name: InputNamer): DatasetWork[] {
  const data = inputs.data ?? [];
  if (data.length > 0 || inputs.schema !== undefined) {
    if (inputs.schema === undefined) throw new UserError(`${name('data')} needs ${name('schema')}`);
    if (data.length === 0) throw new UserError(`${name('schema')} needs ${name('data')}`);
    return [
      { name: 'data', schema: inputs.schema, data, dataFrom: name('data'), format: inputs.format ?? 'auto' },
    ];
  }
  return (config?.datasets ?? []).map((dataset, index) => {
    const datasetName = dataset.name ?? `dataset-${index + 1}`;
    if (dataset.schema === undefined) {
      throw new UserError(`dataset ${datasetName} in ${config!.file} has no schema`, dataset.location);
    }
    return {
      name: datasetName,
      schema: dataset.schema,
      data: dataset.paths,
      dataFrom: `datasets.${index}.path`,
      // A format the config names for the dataset is about its files; the input is for files without one.
      format: dataset.format ?? inputs.format ?? 'auto',
      location: dataset.location,
    };
  });
}

function planMetrics(
  config: MlgateConfig | undefined,
  inputs: PlanInputs,
  name: InputNamer,
): MetricsWork | undefined {
  const given = inputs.metrics ?? [];
  const files = given.length > 0 ? given : (config?.metrics.files ?? []);
  if (files.length === 0) return undefined;
  return {
    files,
    filesFrom: given.length > 0 ? name('metrics') : 'metrics.files',
    namespace: inputs.namespace ?? config?.metrics.namespace ?? 'auto',
    policy: config?.metrics.policy ?? MetricPolicy.builtin(),
    baseline:
      inputs.baseline !== undefined
        ? parseBaselineSpec(inputs.baseline, name('baseline'))
        : (config?.baseline.source ?? { kind: 'cache' }),
    baselineName:
      inputs.baselineName !== undefined
        ? checkBaselineName(inputs.baselineName, name('baselineName'))
        : (config?.baseline.name ?? DEFAULT_BASELINE_NAME),
    requireBaseline: inputs.requireBaseline ?? config?.baseline.require ?? false,
    historyLength: config?.baseline.history ?? DEFAULT_HISTORY_LENGTH,
  };
}

/** Turns mlgate.yml (when there is one) and the door's inputs into the work of the run. */
export function planRun(config: MlgateConfig | undefined, inputs: PlanInputs, name: InputNamer): RunPlan {
  if (inputs.failOn !== undefined && !FAIL_ON.includes(inputs.failOn)) {
    throw new UserError(`${name('failOn')} is '${inputs.failOn}'; expected one of ${FAIL_ON.join(', ')}`);
  }
  const commentId = inputs.commentId ?? config?.report.commentId ?? DEFAULT_COMMENT_ID;
  if (!isValidCommentId(commentId)) {
    throw new UserError(
      `${name('commentId')} is '${commentId}'; use up to 64 letters, digits, '.', '_' and '-'`,
    );
  }
  const metrics = planMetrics(config, inputs, name);
  const datasets = planDatasets(config, inputs, name);
  const drift: DriftWork | undefined =
    config?.drift !== undefined && datasets.length > 0
      ? {
          policy: { ...config.drift, source: config.drift.source ?? config.file },
          baselineName:
            inputs.baselineName !== undefined
              ? checkBaselineName(inputs.baselineName, name('baselineName'))
              : (config.baseline.name ?? DEFAULT_BASELINE_NAME),
          baseline:
            (inputs.baseline !== undefined
              ? parseBaselineSpec(inputs.baseline, name('baseline'))
              : config.baseline.source
            )?.kind === 'release'
              ? 'release'
              : 'cache',
        }
      : undefined;
  return {
    ...(config !== undefined ? { config: { file: config.file, sha256: config.sha256 } } : {}),
    datasets,
    ...(metrics !== undefined ? { metrics } : {}),
    ...(drift !== undefined ? { drift } : {}),
    failOn: inputs.failOn ?? 'fail',
    report: {
      commentId,
      commentMode: inputs.commentMode ?? config?.report.commentMode ?? 'upsert',
      fold: config?.report.fold ?? DEFAULT_FOLD,
      maxErrors: inputs.maxErrors ?? config?.report.maxErrors ?? DEFAULT_MAX_ERRORS,
      examplesPerColumn: DEFAULT_EXAMPLES_PER_COLUMN,
    },
  };
}
