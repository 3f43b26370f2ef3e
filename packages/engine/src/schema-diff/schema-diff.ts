import { MLGATE_VERSION } from '../report/report-subject.js';
import type { ReportSubject } from '../report/report-subject.js';
import { UserError } from '../user-error.js';
import type { CheckPlan, DatasetChecks, FieldsMatch } from '../validate/schema/check-plan.js';
import type { LoadedSchema } from '../validate/schema/schema-file.js';
import { columnChanges, list } from './column-diff.js';
import type { ChangeImpact, ChangeKind, SchemaChange, SchemaDiffVerdict } from './schema-change.js';
import { schemaDiffVerdict } from './schema-change.js';

export const SCHEMA_DIFF_REPORT_KIND = 'mlgate/schema-diff@1';

export interface SchemaDiffSide {
  readonly path: string;
  readonly language: CheckPlan['language'];
  readonly sha256: string;
}

/** What `mlgate schema diff --json` prints: both versions, the verdict and every change, in schema order. */
export interface SchemaDiffReport {
  readonly kind: typeof SCHEMA_DIFF_REPORT_KIND;
  readonly mlgateVersion: string;
  /**
   * What the diff is about, as every report kind names it: the action comparing a pull request's schema
   * with the base branch's passes the pull request's; `mlgate schema diff` on two local files, none (`{}`).
   */
  readonly subject: ReportSubject;
  readonly verdict: SchemaDiffVerdict;
  readonly old: SchemaDiffSide;
  readonly new: SchemaDiffSide;
  readonly changes: readonly SchemaChange[];
}

/**
 * Two versions of one schema compared on what mlgate checks (their compiled plans), so a change of spelling
 * (YAML for JSON, `primaryKey: "id"` for `["id"]`, a reworded description) is no change. Both must be in
 * the same language, and a JSON Schema must keep its rules per property: a schema with combinators,
 * conditionals or references is checked row by row by ajv, and whether one such schema accepts all another
 * did is not decided here, so it is refused rather than reported identical.
 */
export function diffSchemas(
  before: LoadedSchema,
  after: LoadedSchema,
  subject: ReportSubject = {},
): SchemaDiffReport {
  if (before.language !== after.language)
    throw new UserError(
      `${before.path} is a ${before.language} and ${after.path} a ${after.language}: schema diff compares two versions in one language`,
    );
  for (const schema of [before, after]) {
    if (schema.plan.mode === 'rows')
      throw new UserError(
        'schema diff compares JSON Schemas whose rules are per-property keywords (one scalar type each, enum, const, pattern, bounds, format, required, additionalProperties); this one is checked row by row (a property without one scalar type, or combinators, conditionals or references)',
        { file: schema.path },
      );
  }
  const changes = planChanges(before.plan, after.plan);
  return {
    kind: SCHEMA_DIFF_REPORT_KIND,
    mlgateVersion: MLGATE_VERSION,
    subject,
    verdict: schemaDiffVerdict(changes),
    old: side(before),
    new: side(after),
    changes,
  };
}

function side({ path, language, sha256 }: LoadedSchema): SchemaDiffSide {
  return { path, language, sha256 };
}

export function planChanges(before: CheckPlan, after: CheckPlan): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const add = (kind: ChangeKind, impact: ChangeImpact, field: string | null, detail: string): void => {
    changes.push({ kind, impact, field, detail });
  };
  const oldColumns = new Map(before.columns.map((column) => [column.name, column]));
  const newNames = new Set(after.columns.map((column) => column.name));
  for (const column of before.columns) {
    if (newNames.has(column.name)) continue;
    const alsoData = refusesExtra(after.fieldsMatch) ? '; old data that has the column now fails' : '';
    add('field-removed', 'consumers', column.name, `${column.kind} column removed${alsoData}`);
  }
  for (const column of after.columns) {
    const old = oldColumns.get(column.name);
    if (old === undefined) {
      add(
        'field-added',
        addedFieldImpact(before, after, column.required),
        column.name,
        addedDetail(before, after, column),
      );
    } else {
      changes.push(...columnChanges(old, column, after.language));
    }
  }
  orderChange(before, after, add);
  fieldsMatchChange(before.fieldsMatch, after.fieldsMatch, add);
  primaryKeyChange(before.primaryKey, after.primaryKey, add);
  datasetChanges(before.dataset, after.dataset, add);
  return changes;
}

type Add = (kind: ChangeKind, impact: ChangeImpact, field: string | null, detail: string) => void;

/** Data with a column the schema does not declare is refused (column-mapping.ts). */
function refusesExtra(match: FieldsMatch): boolean {
  return match === 'exact' || match === 'equal' || match === 'superset';
}
/** Data without a column the schema declares is refused. */
function needsAll(match: FieldsMatch): boolean {
  return match === 'exact' || match === 'equal' || match === 'subset';
}

/**
 * A new column breaks old data when it must be there, or when the old schema let data carry undeclared
 * columns: old data may then hold one by this name with values the new checks refuse. Otherwise old data
 * cannot have it, and consumers reading columns by name do not notice it: impact none.
 */
function addedFieldImpact(before: CheckPlan, after: CheckPlan, required: boolean): ChangeImpact {
  if (required || needsAll(after.fieldsMatch) || !refusesExtra(before.fieldsMatch)) return 'data';
  return 'none';
}

function addedDetail(before: CheckPlan, after: CheckPlan, column: CheckPlan['columns'][number]): string {
  const why = column.required
    ? 'required'
    : needsAll(after.fieldsMatch)
      ? `must be present (fieldsMatch ${after.fieldsMatch})`
      : !refusesExtra(before.fieldsMatch)
        ? 'optional, but old data may already hold a column by this name'
        : 'optional';
  return `${column.kind} column added, ${why}`;
}

/** Column order matters only where the new schema fixes it. */
function orderChange(before: CheckPlan, after: CheckPlan, add: Add): void {
  if (after.fieldsMatch !== 'exact') return;
  const kept = new Set(before.columns.map((column) => column.name));
  const still = new Set(after.columns.map((column) => column.name));
  const oldOrder = before.columns.map((column) => column.name).filter((name) => still.has(name));
  const newOrder = after.columns.map((column) => column.name).filter((name) => kept.has(name));
  if (oldOrder.join('\u0000') !== newOrder.join('\u0000'))
    add(
      'field-order-changed',
      'data',
      null,
      `column order ${list(oldOrder)} → ${list(newOrder)} (fieldsMatch exact)`,
    );
}

function fieldsMatchChange(was: FieldsMatch, is: FieldsMatch, add: Add): void {
  if (was === is) return;
  const tighter =
    (is === 'exact' && was !== 'exact') ||
    (refusesExtra(is) && !refusesExtra(was)) ||
    (needsAll(is) && !needsAll(was));
  if (tighter) add('constraint-tightened', 'data', null, `fieldsMatch ${was} → ${is}`);
  else add('constraint-loosened', 'consumers', null, `fieldsMatch ${was} → ${is}`);
}

/**
 * Rows unique on a key are unique on any larger key, so growing the key (or dropping it) keeps old data
 * valid but takes a guarantee from consumers; reordering it changes nothing; any other change may find
 * duplicates in old data.
 */
function primaryKeyChange(was: readonly string[], is: readonly string[], add: Add): void {
  if (was.join('\u0000') === is.join('\u0000')) return;
  const detail = `primaryKey [${list(was)}] → [${list(is)}]`;
  const key = new Set(is);
  const sameSet = was.length === is.length && was.every((name) => key.has(name));
  if (sameSet) return add('primary-key-changed', 'none', null, `${detail}: same columns, reordered`);
  const grown = is.length === 0 || (was.length > 0 && was.every((name) => key.has(name)));
  add('primary-key-changed', grown ? 'consumers' : 'data', null, detail);
}

/** The mlgate dataset block: row counts, null fractions, unique column groups. */
function datasetChanges(was: DatasetChecks, is: DatasetChecks, add: Add): void {
  bound('rows.min', was.minRows, is.minRows, (a, b) => b > a, add);
  bound('rows.max', was.maxRows, is.maxRows, (a, b) => b < a, add);
  const columns = new Set([...Object.keys(was.maxNullFraction), ...Object.keys(is.maxNullFraction)]);
  for (const name of columns)
    bound(
      `maxNullFraction of ${name}`,
      was.maxNullFraction[name],
      is.maxNullFraction[name],
      (a, b) => b < a,
      add,
      name === '*' ? null : name,
    );
  const key = (group: readonly string[]) => [...group].sort().join('\u0000');
  const oldGroups = new Set(was.uniqueTogether.map(key));
  const newGroups = new Set(is.uniqueTogether.map(key));
  for (const group of is.uniqueTogether)
    if (!oldGroups.has(key(group)))
      add('constraint-tightened', 'data', null, `columns [${list(group)}] must now be unique together`);
  for (const group of was.uniqueTogether)
    if (!newGroups.has(key(group)))
      add('constraint-loosened', 'consumers', null, `columns [${list(group)}] no longer unique together`);
}

function bound(
  name: string,
  was: number | undefined,
  is: number | undefined,
  tighter: (was: number, is: number) => boolean,
  add: Add,
  field: string | null = null,
): void {
  if (was === is) return;
  if (was === undefined) return add('constraint-tightened', 'data', field, `${name} ${is} added`);
  if (is === undefined) return add('constraint-loosened', 'consumers', field, `${name} ${was} removed`);
  if (tighter(was, is)) add('constraint-tightened', 'data', field, `${name} ${was} → ${is}`);
  else add('constraint-loosened', 'consumers', field, `${name} ${was} → ${is}`);
}
