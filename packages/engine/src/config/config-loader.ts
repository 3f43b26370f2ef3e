import { createHash } from 'node:crypto';
import type { ValidateFunction } from 'ajv';
import type { NamespaceMode } from '../metrics/metrics-loader.js';
import { MetricPolicy } from '../policy/metric-policy.js';
import type { Direction, RuleInput, Severity } from '../policy/metric-policy.js';
import type { FoldableVerdict } from '../compare/comparison-report.js';
import type { VersionBump } from '../model/model-version.js';
import type { CommentMode } from '../surfaces/comment-stamp.js';
import { UserError } from '../user-error.js';
import { readUserText } from '../user-file.js';
import type { SourceLocation } from '../user-error.js';
import { configProblems } from './config-problems.js';
import type { ConfigProblem } from './config-problems.js';
import { parseBaselineSpec } from './mlgate-config.js';
import { RETRAIN_TRIGGERS } from './mlgate-config.js';
import type {
  DatasetConfig,
  DatasetFormat,
  DriftConfig,
  EvaluateConfig,
  MlgateConfig,
  RetrainConfig,
  RetrainTrigger,
} from './mlgate-config.js';
import type { DriftMethodSetting } from '../drift/drift-method-choice.js';
import type { DriftSeverity } from '../drift/drift-report.js';
import type { EvaluationTask } from '../evaluate/prediction-metrics.js';
import { configValidator } from './config-validator.js';
import { locateInYaml } from '../yaml-locator.js';
import { parseYamlDocument } from '../yaml-document.js';
import type { ParsedYaml } from '../yaml-document.js';

export const DEFAULT_CONFIG_FILE = 'mlgate.yml';

/** A config is a few kilobytes; a larger file is a mistake (or an attack), not a config. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** A located problem in the config, for annotations; the error's own message is the first of them. */
export interface LocatedConfigProblem {
  readonly message: string;
  readonly location: SourceLocation;
}

/** Every problem found in one pass, so a user fixes them all at once; the message names the first. */
export class ConfigError extends UserError {
  readonly problems: readonly LocatedConfigProblem[];

  constructor(problems: readonly LocatedConfigProblem[]) {
    const [first] = problems;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    super(`${first?.message ?? 'invalid configuration'}${more}`, first?.location);
    this.problems = problems;
  }
}

function validateConfig(value: unknown): ValidateFunction['errors'] {
  const validator = configValidator();
  return validator(value) ? null : validator.errors;
}

/** Reads `file` (relative to `cwd` when given); messages and the config name it as given. */
export async function loadConfig(
  file: string,
  options: { readonly cwd?: string } = {},
): Promise<MlgateConfig> {
  const text = await readUserText(file, {
    what: 'config file',
    ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
    maxBytes: MAX_CONFIG_BYTES,
  });
  return parseConfig(text, file);
}

interface RawRule {
  direction?: Direction;
  tolerance?: number | string;
  min?: number;
  max?: number;
  severity?: Severity;
  required?: boolean;
  'allow-nan'?: boolean;
  headline?: boolean;
  significance?: { alpha: number; resamples?: number };
}

interface RawConfig {
  datasets?: { name?: string; path: string | string[]; schema?: string; format?: DatasetFormat }[];
  metrics?: {
    files?: string | string[];
    namespace?: NamespaceMode;
    default?: RawRule;
    rules?: Record<string, RawRule>;
  };
  baseline?: { source?: string; name?: string; require?: boolean; history?: number };
  report?: {
    'comment-id'?: string;
    'comment-mode'?: CommentMode;
    fold?: FoldableVerdict[];
    'max-errors'?: number;
  };
  publish?: {
    model: string;
    files?: string | string[];
    bump?: VersionBump;
    'required-approvals'?: number;
  };
  drift?: {
    severity?: DriftSeverity;
    method?: DriftMethodSetting;
    threshold?: number;
    'dataset-share'?: number;
    columns?: Record<string, { method?: DriftMethodSetting; threshold?: number; ignore?: boolean }>;
  };
  retrain?: { workflow: string; on?: RetrainTrigger[] };
  evaluate?: {
    id?: string;
    label?: string;
    prediction?: string;
    score?: string;
    'proba-prefix'?: string;
    predictions?: string;
    slices?: string[];
    task?: EvaluationTask;
  };
}

/** Parses and validates `mlgate.yml` text. Every problem names its key and line; the first is the message. */
export function parseConfig(text: string, file: string): MlgateConfig {
  let parsed: ParsedYaml;
  try {
    parsed = parseYamlDocument(text, file);
  } catch (error) {
    if (!(error instanceof UserError) || error.location === undefined) throw error;
    throw new ConfigError([{ message: error.message, location: error.location }]);
  }
  const { document, lineCounter } = parsed;
  const locate = (segments: readonly string[], at: 'key' | 'value' = 'value'): SourceLocation => {
    const position = locateInYaml(document, lineCounter, segments, at);
    return { file, line: position.line, column: position.column };
  };
  const value: unknown = parsed.value ?? {};
  const errors = validateConfig(value);
  const problems: ConfigProblem[] = errors ? configProblems(errors) : [];
  const raw = value as RawConfig;
  if (!errors) for (const problem of boundProblems(raw)) problems.push(problem);
  if (problems.length > 0) {
    const located = problems
      .map((problem) => ({ message: problem.message, location: locate(problem.segments, problem.at) }))
      .sort(
        (a, b) =>
          (a.location.line ?? 0) - (b.location.line ?? 0) ||
          (a.location.column ?? 0) - (b.location.column ?? 0),
      );
    throw new ConfigError(located);
  }
  return buildConfig(raw, file, createHash('sha256').update(text).digest('hex'), locate);
}

/** What the schema cannot say: a rule's `min` above its `max`. */
function boundProblems(raw: RawConfig): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const check = (rule: RawRule | undefined, segments: string[]): void => {
    if (rule?.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
      problems.push({
        segments: [...segments, 'min'],
        at: 'key',
        message: `${segments.join('.')}: min ${rule.min} is above max ${rule.max}`,
      });
    }
  };
  check(raw.metrics?.default, ['metrics', 'default']);
  for (const [pattern, rule] of Object.entries(raw.metrics?.rules ?? {}))
    check(rule, ['metrics', 'rules', pattern]);
  return problems;
}

function list(value: string | readonly string[] | undefined): string[] {
  return value === undefined ? [] : typeof value === 'string' ? [value] : [...value];
}

function ruleInput(rule: RawRule): RuleInput {
  return {
    ...(rule.direction !== undefined ? { direction: rule.direction } : {}),
    ...(rule.tolerance !== undefined ? { tolerance: rule.tolerance } : {}),
    ...(rule.min !== undefined ? { min: rule.min } : {}),
    ...(rule.max !== undefined ? { max: rule.max } : {}),
    ...(rule.severity !== undefined ? { severity: rule.severity } : {}),
    ...(rule.required !== undefined ? { required: rule.required } : {}),
    ...(rule['allow-nan'] !== undefined ? { allowNan: rule['allow-nan'] } : {}),
    ...(rule.headline !== undefined ? { headline: rule.headline } : {}),
    ...(rule.significance !== undefined ? { significance: rule.significance } : {}),
  };
}

function buildConfig(
  raw: RawConfig,
  file: string,
  sha256: string,
  locate: (segments: readonly string[], at?: 'key' | 'value') => SourceLocation,
): MlgateConfig {
  const metrics = raw.metrics ?? {};
  const policy = new MetricPolicy({
    source: { kind: 'file', file },
    ...(metrics.default !== undefined
      ? { default: { settings: ruleInput(metrics.default), location: locate(['metrics', 'default'], 'key') } }
      : {}),
    rules: Object.entries(metrics.rules ?? {}).map(([pattern, rule]) => ({
      pattern,
      settings: ruleInput(rule),
      location: locate(['metrics', 'rules', pattern], 'key'),
    })),
  });
  const datasets: DatasetConfig[] = (raw.datasets ?? []).map((dataset, index) => ({
    ...(dataset.name !== undefined ? { name: dataset.name } : {}),
    paths: list(dataset.path),
    ...(dataset.schema !== undefined ? { schema: dataset.schema } : {}),
    ...(dataset.format !== undefined ? { format: dataset.format } : {}),
    location: locate(['datasets', String(index)]),
  }));
  const publish = raw.publish;
  const { baseline = {}, report = {} } = raw;
  const drift = raw.drift === undefined ? undefined : driftConfig(raw.drift, locate);
  const retrain: RetrainConfig | undefined =
    raw.retrain === undefined
      ? undefined
      : {
          workflow: raw.retrain.workflow,
          on: raw.retrain.on ?? [...RETRAIN_TRIGGERS],
          location: locate(['retrain']),
        };
  return {
    file,
    sha256,
    datasets,
    metrics: {
      files: list(metrics.files),
      ...(metrics.namespace !== undefined ? { namespace: metrics.namespace } : {}),
      policy,
    },
    baseline: {
      ...(baseline.source !== undefined
        ? {
            source: parseBaselineSpec(baseline.source, 'baseline.source', locate(['baseline', 'source'])),
          }
        : {}),
      ...(baseline.name !== undefined ? { name: baseline.name } : {}),
      ...(baseline.require !== undefined ? { require: baseline.require } : {}),
      ...(baseline.history !== undefined ? { history: baseline.history } : {}),
    },
    report: {
      ...(report['comment-id'] !== undefined ? { commentId: report['comment-id'] } : {}),
      ...(report['comment-mode'] !== undefined ? { commentMode: report['comment-mode'] } : {}),
      ...(report.fold !== undefined ? { fold: report.fold } : {}),
      ...(report['max-errors'] !== undefined ? { maxErrors: report['max-errors'] } : {}),
    },
    ...(publish !== undefined
      ? {
          publish: {
            model: publish.model,
            files: list(publish.files),
            ...(publish.bump !== undefined ? { bump: publish.bump } : {}),
            ...(publish['required-approvals'] !== undefined
              ? { requiredApprovals: publish['required-approvals'] }
              : {}),
          },
        }
      : {}),
    ...(drift !== undefined ? { drift } : {}),
    ...(retrain !== undefined ? { retrain } : {}),
    ...(raw.evaluate !== undefined ? { evaluate: evaluateConfig(raw.evaluate) } : {}),
  };
}

function evaluateConfig(raw: NonNullable<RawConfig['evaluate']>): EvaluateConfig {
  return {
    columns: {
      ...(raw.id !== undefined ? { id: raw.id } : {}),
      ...(raw.label !== undefined ? { label: raw.label } : {}),
      ...(raw.prediction !== undefined ? { prediction: raw.prediction } : {}),
      ...(raw.score !== undefined ? { score: raw.score } : {}),
      ...(raw['proba-prefix'] !== undefined ? { probabilityPrefix: raw['proba-prefix'] } : {}),
    },
    ...(raw.predictions !== undefined ? { predictions: raw.predictions } : {}),
    ...(raw.task !== undefined ? { task: raw.task } : {}),
    ...(raw.slices !== undefined ? { slices: raw.slices } : {}),
  };
}

function driftConfig(
  drift: NonNullable<RawConfig['drift']>,
  locate: (segments: readonly string[], at?: 'key' | 'value') => SourceLocation,
): DriftConfig {
  return {
    location: locate(['drift'], 'key'),
    source: 'mlgate.yml drift.method',
    ...(drift.severity !== undefined ? { severity: drift.severity } : {}),
    ...(drift.method !== undefined ? { method: drift.method } : {}),
    ...(drift.threshold !== undefined ? { threshold: drift.threshold } : {}),
    ...(drift['dataset-share'] !== undefined ? { datasetShare: drift['dataset-share'] } : {}),
    ...(drift.columns !== undefined
      ? {
          columns: Object.fromEntries(
            Object.entries(drift.columns).map(([name, column]) => [
              name,
              {
                ...(column.method !== undefined ? { method: column.method } : {}),
                ...(column.threshold !== undefined ? { threshold: column.threshold } : {}),
                ...(column.ignore !== undefined ? { ignore: column.ignore } : {}),
              },
            ]),
          ),
        }
      : {}),
  };
}
