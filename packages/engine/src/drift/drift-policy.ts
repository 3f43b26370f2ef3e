/**
 * How a dataset's drift is judged: the `drift:` section of mlgate.yml, or a flag, as the engine takes it.
 * Every field is optional; datasetDrift applies the defaults (auto, Evidently's thresholds, warn, 0.5).
 */
import type { DriftMethodSetting } from './drift-method-choice.js';
import type { DriftSeverity } from './drift-report.js';

export const DEFAULT_DATASET_SHARE = 0.5;
export const DEFAULT_DRIFT_SEVERITY: DriftSeverity = 'warn';

export interface ColumnDriftPolicy {
  readonly method?: DriftMethodSetting;
  readonly threshold?: number;
  /** Leave the column out (listed under `skipped`, never silently). */
  readonly ignore?: boolean;
}

export interface DriftPolicy {
  readonly severity?: DriftSeverity;
  readonly method?: DriftMethodSetting;
  /** Every column's threshold unless its own entry says otherwise (else the method's default). */
  readonly threshold?: number;
  /** The share of drifted columns at which the dataset counts as drifted. */
  readonly datasetShare?: number;
  readonly columns?: Readonly<Record<string, ColumnDriftPolicy>>;
  /** Where `method` came from, shown in each column's `methodReason` (`mlgate.yml`, `--method`). */
  readonly source?: string;
}
