import type { ReportVerdict } from '../gate/verdict.js';
import type { ReportSubject } from '../report/report-subject.js';
import type { ProfileColumnKind } from '../profile/column-profile.js';

/**
 * The `mlgate/drift@1` report: each column of the current data against the baseline's, with the statistic
 * chosen for it and the threshold it was held to. `mlgate drift --json` prints it; the publisher renders it.
 * Field names are a contract (`verdict`, `columns[]` with `name`, `type`, `method`, `statistic`, `pValue`,
 * `threshold`, `drifted`): add to them, never rename.
 */
export const DRIFT_REPORT_KIND = 'mlgate/drift@1';

export const DRIFT_METHODS = [
  'ks',
  'chi-squared',
  'z-test',
  'wasserstein',
  'jensen-shannon',
  'psi',
  'l-infinity',
] as const;
export type DriftMethod = (typeof DRIFT_METHODS)[number];
/** Tests give a p-value (drift when p < threshold); the others a distance (drift when it is ≥ threshold). */
export const TEST_METHODS: ReadonlySet<DriftMethod> = new Set(['ks', 'chi-squared', 'z-test']);

/** What the drift of a dataset counts as in the gate (`drift: severity:` in mlgate.yml). */
export type DriftSeverity = 'warn' | 'fail';

/** Where the statistics came from: both sides' raw values (exact), or at least one saved profile. */
export type DriftBasis = 'raw' | 'profile';

export interface DriftHistogram {
  readonly edges: readonly number[];
  readonly baseline: readonly number[];
  readonly current: readonly number[];
}

export interface ColumnDrift {
  readonly name: string;
  /** The schema type (`number`, `string`, …). */
  readonly type: string;
  readonly kind: ProfileColumnKind;
  readonly method: DriftMethod;
  /** The test statistic or the distance. */
  readonly statistic: number;
  /** For tests only (ks, chi-squared, z-test). */
  readonly pValue?: number;
  readonly threshold: number;
  readonly drifted: boolean;
  /** Why this method: `auto: numeric, 5,000 reference rows > 1,000, 812 distinct values` or `mlgate.yml`. */
  readonly methodReason: string;
  readonly baselineCount: number;
  readonly currentCount: number;
  /** Shares of each side on common bins (numeric) for the chart; categories use their values as labels. */
  readonly histogram?: DriftHistogram;
  readonly categories?: {
    readonly values: readonly string[];
    readonly baseline: readonly number[];
    readonly current: readonly number[];
  };
}

/** A column present on one side only, or empty on one side: reported, never silently skipped. */
export interface SkippedColumn {
  readonly name: string;
  readonly reason: string;
}

export type DriftReport = ReportVerdict & {
  readonly kind: typeof DRIFT_REPORT_KIND;
  readonly mlgateVersion: string;
  readonly subject: ReportSubject;
  readonly createdAt: string;
  readonly dataset: string;
  readonly basis: DriftBasis;
  readonly severity: DriftSeverity;
  readonly baseline: { readonly rows: number; readonly source: string; readonly sha?: string };
  readonly current: { readonly rows: number; readonly files: readonly string[] };
  /** Drifted columns first, the worst (lowest p-value, then largest distance over threshold) first. */
  readonly columns: readonly ColumnDrift[];
  readonly skipped: readonly SkippedColumn[];
  /** Names of the drifted columns, in `columns` order (the `drifted-columns` output). */
  readonly driftedColumns: readonly string[];
  /** Share of columns that drifted; the dataset drifted when this reaches `datasetShare` (Evidently: 0.5). */
  readonly share: number;
  readonly datasetShare: number;
  readonly datasetDrifted: boolean;
};
