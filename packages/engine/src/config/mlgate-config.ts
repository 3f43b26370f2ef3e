import type { MetricVerdict } from '../compare/comparison-report.js';
import type { NamespaceMode } from '../metrics/metrics-loader.js';
import type { MetricPolicy } from '../policy/metric-policy.js';
import type { SourceLocation } from '../user-error.js';

/** `mlgate.yml` after validation, defaults applied. */
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
  readonly namespace: NamespaceMode;
  readonly policy: MetricPolicy;
}

export type BaselineSourceSpec =
  | { readonly kind: 'cache' }
  | { readonly kind: 'release' }
  | { readonly kind: 'git'; readonly ref: string }
  | { readonly kind: 'file'; readonly path: string };

export interface BaselineConfig {
  /** Default `cache`. */
  readonly source: BaselineSourceSpec;
  /** Default `default`. */
  readonly name: string;
  /** Default false: no baseline gives the neutral `no-baseline`. */
  readonly require: boolean;
}

export interface ReportConfig {
  /** Default `mlgate`. */
  readonly commentId: string;
  /** Default `['pass']`. */
  readonly fold: readonly MetricVerdict[];
}

export type Versioning = 'semver' | 'calver' | 'sha';

export interface PublishConfig {
  readonly model: string;
  readonly files: readonly string[];
  /** Default `semver`. */
  readonly versioning: Versioning;
  /** Default 0. */
  readonly requiredApprovals: number;
}

export function parseBaselineSource(text: string): BaselineSourceSpec {
  if (text === 'cache' || text === 'release') return { kind: text };
  if (text.startsWith('git:')) return { kind: 'git', ref: text.slice(4) };
  if (text.startsWith('file:')) return { kind: 'file', path: text.slice(5) };
  throw new Error(`not a baseline source: ${text}`);
}
