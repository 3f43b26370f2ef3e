/**
 * The drift of a dataset: every column the two sides share, judged by the method the policy or Evidently's
 * auto rule picks, into one `mlgate/drift@1` report. A column with raw values on both sides is computed
 * exactly (raw-column-drift.ts); otherwise from the profiles (profile-column-drift.ts).
 */
import type { ColumnProfile, ProfileDocument } from '../profile/column-profile.js';
import type { ReportSubject } from '../report/report-subject.js';
import { MLGATE_VERSION } from '../report/report-subject.js';
import { UserError } from '../user-error.js';
import type { ColumnDriftSettings } from './drift-method-choice.js';
import { DEFAULT_DATASET_SHARE, DEFAULT_DRIFT_SEVERITY, type DriftPolicy } from './drift-policy.js';
import {
  DRIFT_REPORT_KIND,
  TEST_METHODS,
  type ColumnDrift,
  type DriftReport,
  type SkippedColumn,
} from './drift-report.js';
import { profileColumnDrift } from './profile-column-drift.js';
import { rawColumnDrift, type RawColumn } from './raw-column-drift.js';

/**
 * One side of the comparison: its profile (always), and the exact values of some columns when the data itself
 * was read (then those columns are compared exactly).
 */
export interface ProfileSide {
  readonly profile: Pick<ProfileDocument, 'rows' | 'columns'> &
    Partial<Pick<ProfileDocument, 'dataset' | 'files'>>;
  readonly raw?: ReadonlyMap<string, RawColumn>;
}

export interface DatasetDriftOptions {
  readonly policy?: DriftPolicy;
  readonly subject: ReportSubject;
  /** ISO 8601; passed in so the engine stays pure. */
  readonly createdAt: string;
  /** Where the baseline came from, as the user reads it (`cache`, `profile.json`, `git:main`). */
  readonly baselineSource: string;
  readonly baselineSha?: string;
  /** The current data's files (default: the current profile's files). */
  readonly currentFiles?: readonly string[];
  readonly dataset?: string;
  readonly mlgateVersion?: string;
}

export function datasetDrift(
  baseline: ProfileSide | undefined,
  current: ProfileSide,
  options: DatasetDriftOptions,
): DriftReport {
  const policy = options.policy ?? {};
  const severity = policy.severity ?? DEFAULT_DRIFT_SEVERITY;
  const datasetShare = policy.datasetShare ?? DEFAULT_DATASET_SHARE;
  if (!(datasetShare > 0 && datasetShare <= 1)) {
    throw new UserError(`drift dataset-share is ${datasetShare}: expected a share in (0, 1]`);
  }
  const header = {
    kind: DRIFT_REPORT_KIND,
    mlgateVersion: options.mlgateVersion ?? MLGATE_VERSION,
    subject: options.subject,
    createdAt: options.createdAt,
    dataset: options.dataset ?? current.profile.dataset ?? '',
    severity,
    baseline: {
      rows: baseline?.profile.rows ?? 0,
      source: options.baselineSource,
      ...(options.baselineSha === undefined ? {} : { sha: options.baselineSha }),
    },
    current: {
      rows: current.profile.rows,
      files: options.currentFiles ?? (current.profile.files ?? []).map((file) => file.path),
    },
    datasetShare,
  } as const;
  if (baseline === undefined) {
    return {
      ...header,
      verdict: 'neutral',
      neutralReason: 'no-baseline',
      verdictReason: 'no baseline profile to compare the data with',
      basis: current.raw === undefined ? 'profile' : 'raw',
      columns: [],
      skipped: [],
      driftedColumns: [],
      share: 0,
      datasetDrifted: false,
    };
  }
  const { columns, skipped, allRaw } = compareColumns(baseline, current, policy);
  const sorted = [...columns].sort(worstFirst);
  const driftedColumns = sorted.filter((column) => column.drifted).map((column) => column.name);
  const share = sorted.length === 0 ? 0 : driftedColumns.length / sorted.length;
  const counted = `${driftedColumns.length} of ${sorted.length} column${sorted.length === 1 ? '' : 's'} drifted`;
  const verdict =
    driftedColumns.length > 0
      ? {
          verdict: severity,
          verdictReason: `${counted}: ${driftedColumns.slice(0, 5).join(', ')}${driftedColumns.length > 5 ? ', …' : ''}`,
        }
      : { verdict: 'pass' as const, verdictReason: sorted.length === 0 ? 'no column to compare' : counted };
  return {
    ...header,
    ...verdict,
    basis: allRaw && sorted.length > 0 ? 'raw' : 'profile',
    columns: sorted,
    skipped,
    driftedColumns,
    share,
    datasetDrifted: sorted.length > 0 && share >= datasetShare,
  };
}

function compareColumns(
  baseline: ProfileSide,
  current: ProfileSide,
  policy: DriftPolicy,
): { columns: ColumnDrift[]; skipped: SkippedColumn[]; allRaw: boolean } {
  const baselineColumns = new Map(baseline.profile.columns.map((column) => [column.name, column]));
  const currentColumns = new Map(current.profile.columns.map((column) => [column.name, column]));
  const columns: ColumnDrift[] = [];
  const skipped: SkippedColumn[] = [];
  let allRaw = true;
  for (const name of new Set([...baselineColumns.keys(), ...currentColumns.keys()])) {
    const b = baselineColumns.get(name);
    const c = currentColumns.get(name);
    const own = policy.columns?.[name];
    const reason =
      own?.ignore === true
        ? `ignored by drift.columns.${name}.ignore`
        : b === undefined
          ? 'not in the baseline'
          : c === undefined
            ? 'not in the current data'
            : b.kind !== c.kind
              ? `${b.kind} in the baseline, ${c.kind} in the current data`
              : valuesOf(b) === 0
                ? 'no values in the baseline'
                : valuesOf(c) === 0
                  ? 'no values in the current data'
                  : undefined;
    if (reason !== undefined || b === undefined || c === undefined) {
      skipped.push({ name, reason: reason ?? 'not on both sides' });
      continue;
    }
    const settings: ColumnDriftSettings = {
      method: own?.method ?? policy.method ?? 'auto',
      ...((own?.threshold ?? policy.threshold) === undefined
        ? {}
        : { threshold: (own?.threshold ?? policy.threshold)! }),
      source: own?.method !== undefined ? `drift.columns.${name}.method` : (policy.source ?? 'drift.method'),
    };
    const rawB = baseline.raw?.get(name);
    const rawC = current.raw?.get(name);
    if (rawB !== undefined && rawC !== undefined) {
      columns.push(rawColumnDrift(b, rawB, rawC, settings));
    } else {
      allRaw = false;
      columns.push(profileColumnDrift(b, c, settings));
    }
  }
  skipped.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  return { columns, skipped, allRaw };
}

function valuesOf(column: ColumnProfile): number {
  return column.kind === 'numeric' ? (column.numeric?.count ?? 0) : column.count;
}

/**
 * Drifted first; then the worst first: how far each column is past (or short of) its threshold, read the same
 * way for tests (p-value over threshold: smaller is worse) and distances (threshold over distance).
 */
function worstFirst(a: ColumnDrift, b: ColumnDrift): number {
  if (a.drifted !== b.drifted) return a.drifted ? -1 : 1;
  return closeness(a) - closeness(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

function closeness(column: ColumnDrift): number {
  if (TEST_METHODS.has(column.method)) {
    const p = column.pValue ?? 1;
    return column.threshold > 0 ? p / column.threshold : p;
  }
  if (column.statistic <= 0) return Number.MAX_VALUE;
  return column.threshold > 0 ? column.threshold / column.statistic : 1 / column.statistic;
}
