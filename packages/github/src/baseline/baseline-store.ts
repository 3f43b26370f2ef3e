import type { BaselineHistory, BaselineMetrics, BaselineSource, MetricMap } from '@mlgate/engine';

/** What the current run hands a store to keep as the next baseline. */
export interface BaselineSaveRequest {
  readonly metrics: MetricMap;
  /** Opaque extras kept with the metrics: validate-data's fingerprints. */
  readonly data?: unknown;
  /** The history of the baseline this run was compared with, which the new one extends (trends). */
  readonly history?: BaselineHistory;
  /** How many baselines the new one remembers (`baseline.history`). */
  readonly historyLength: number;
}

export type BaselineSaveResult =
  { readonly saved: true; readonly key: string } | { readonly saved: false; readonly reason: string };

/**
 * Where a baseline comes from. `restore` never throws for "there is none yet": it returns provenance `none`
 * with the reason, so the comparison can say `no-baseline`. A store that can keep baselines (only the cache)
 * has `save`, which refuses by itself anywhere but a push to the default branch.
 */
export interface BaselineStore {
  readonly source: Exclude<BaselineSource, 'none'>;
  restore(): Promise<BaselineMetrics>;
  save?(request: BaselineSaveRequest): Promise<BaselineSaveResult>;
}

export function noBaseline(reason: string): BaselineMetrics {
  return { provenance: { source: 'none', reason }, metrics: new Map() };
}
