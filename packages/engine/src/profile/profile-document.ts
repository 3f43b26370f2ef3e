import { MLGATE_VERSION } from '../report/report-subject.js';
import type { ReportSubject } from '../report/report-subject.js';
import type { ColumnProfile, ProfileDocument } from './column-profile.js';
import { PROFILE_KIND } from './column-profile.js';
import type { RawColumn } from '../drift/raw-column-drift.js';
import type { DatasetProfiler } from './column-profiler.js';

/** A dataset's profile, and in exact mode every column's raw values (for the raw drift path; never saved). */
export interface DatasetProfile {
  readonly document: ProfileDocument;
  readonly raw?: ReadonlyMap<string, RawColumn>;
}

export interface ProfileFacts {
  readonly dataset: string;
  readonly subject: ReportSubject;
  readonly createdAt: string;
  readonly files: ProfileDocument['files'];
  /** Nulls per plan column over every file (the checks count them). */
  readonly nulls: readonly number[];
}

export function datasetProfile(profiler: DatasetProfiler, facts: ProfileFacts): DatasetProfile {
  const columns: ColumnProfile[] = [];
  const raw = new Map<string, RawColumn>();
  profiler.columns.forEach((column, c) => {
    const finished = column.finish(facts.nulls[c] ?? 0);
    columns.push(finished.profile);
    if (finished.raw !== undefined) raw.set(column.name, finished.raw);
  });
  const document: ProfileDocument = {
    kind: PROFILE_KIND,
    mlgateVersion: MLGATE_VERSION,
    subject: facts.subject,
    createdAt: facts.createdAt,
    dataset: facts.dataset,
    rows: facts.files.reduce((sum, file) => sum + file.rows, 0),
    files: facts.files,
    columns,
  };
  return profiler.mode === 'exact' ? { document, raw } : { document };
}
