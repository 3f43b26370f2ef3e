import type { NamespaceMode } from '../metrics/metrics-loader.js';
import type { VersionBump } from '../model/model-version.js';
import type { MetricPolicy } from '../policy/metric-policy.js';
import type { FoldableVerdict } from '../compare/comparison-report.js';
import type { CommentMode } from '../surfaces/comment-stamp.js';
import type { PredictionColumnNames } from '../evaluate/reading/prediction-reader.js';
import type { EvaluationTask } from '../evaluate/prediction-metrics.js';
import type { DriftPolicy } from '../drift/drift-policy.js';
import { UserError } from '../user-error.js';
import type { SourceLocation } from '../user-error.js';

/**
 * `mlgate.yml` after validation. A setting an action input or a CLI flag can override is left undefined
 * when the file does not set it: the plan (plan/run-plan.ts) applies input, then config, then default, the
 * same way for every door.
 */
export interface MlgateConfig {
  /** The file as given; `sha256` of its bytes, to tell which configuration a report was made under. */
  readonly file: string;
  readonly sha256: string;
  readonly datasets: readonly DatasetConfig[];
  readonly metrics: MetricsConfig;
  readonly baseline: BaselineConfig;
  readonly report: ReportConfig;
  /** Absent when the file has no `publish` section: publishing is opt-in. */
  readonly publish?: PublishConfig;
  /** Absent when the file has no `drift` section: the defaults apply (auto, warn, 0.5). */
  readonly drift?: DriftConfig;
  /** Absent when the file has no `retrain` section: nothing is dispatched. */
  readonly retrain?: RetrainConfig;
  /** Absent when the file has no `evaluate` section: the default column names apply. */
  readonly evaluate?: EvaluateConfig;
}

/** `evaluate:`: the predictions files' column names (mlgate evaluate). */
export interface EvaluateConfig {
  readonly columns: Partial<PredictionColumnNames>;
  /** The predictions file the root and compare-metrics actions evaluate when their input is empty. */
  readonly predictions?: string;
  /** What the predictions are of (default classification). */
  readonly task?: EvaluationTask;
  /** Columns of the predictions file whose every value gets its own metrics (`slice.<col>=<value>.<metric>`). */
  readonly slices?: readonly string[];
}

/** `drift:` as the engine's datasetDrift takes it, with where it was written. */
export interface DriftConfig extends DriftPolicy {
  readonly location: SourceLocation;
}

export const RETRAIN_TRIGGERS = ['drift', 'regression'] as const;
export type RetrainTrigger = (typeof RETRAIN_TRIGGERS)[number];

export interface RetrainConfig {
  /** A workflow file name under .github/workflows (the dispatch API's workflow_id). */
  readonly workflow: string;
  readonly on: readonly RetrainTrigger[];
  readonly location: SourceLocation;
}

export type DatasetFormat = 'csv' | 'tsv' | 'jsonl' | 'parquet' | 'arrow';

export interface DatasetConfig {
  readonly name?: string;
  /** Paths or globs, relative to the repository. */
  readonly paths: readonly string[];
  readonly schema?: string;
  readonly format?: DatasetFormat;
  readonly location: SourceLocation;
}

export interface MetricsConfig {
  /** Paths or globs; empty when the file names none (the action or CLI then must). */
  readonly files: readonly string[];
  readonly namespace?: NamespaceMode;
  readonly policy: MetricPolicy;
}

export type BaselineSourceSpec =
  | { readonly kind: 'cache' }
  | { readonly kind: 'release' }
  | { readonly kind: 'git'; readonly ref: string }
  | { readonly kind: 'file'; readonly path: string };

export interface BaselineConfig {
  readonly source?: BaselineSourceSpec;
  readonly name?: string;
  readonly require?: boolean;
  /** How many baselines' values a saved baseline remembers (`baseline.history`). */
  readonly history?: number;
}

export interface ReportConfig {
  readonly commentId?: string;
  readonly commentMode?: CommentMode;
  readonly fold?: readonly FoldableVerdict[];
  readonly maxErrors?: number;
}

export interface PublishConfig {
  readonly model: string;
  readonly files: readonly string[];
  readonly bump?: VersionBump;
  readonly requiredApprovals?: number;
}

/**
 * `cache` | `release` | `git:<ref>` | `file:<path>`, as the `baseline` input, the `--baseline` flag and
 * `baseline.source` write it; `where` names the one that held it (`input 'baseline'`).
 */
export function parseBaselineSpec(
  text: string,
  where: string,
  location?: SourceLocation,
): BaselineSourceSpec {
  if (text === 'cache' || text === 'release') return { kind: text };
  const colon = text.indexOf(':');
  const [kind, rest] = [text.slice(0, Math.max(colon, 0)), text.slice(colon + 1).trim()];
  if (colon > 0 && rest !== '' && (kind === 'git' || kind === 'file')) {
    return kind === 'git' ? { kind, ref: rest } : { kind, path: rest };
  }
  throw new UserError(`${where} is '${text}'; expected cache, release, git:<ref> or file:<path>`, location);
}

/** The spec as users write it: `git:main`. */
export function baselineSpecText(spec: BaselineSourceSpec): string {
  switch (spec.kind) {
    case 'git':
      return `git:${spec.ref}`;
    case 'file':
      return `file:${spec.path}`;
    default:
      return spec.kind;
  }
}
