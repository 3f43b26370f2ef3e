import type { CheckPlan, ColumnCheck } from '../validate/schema/check-plan.js';
import type { ChangeImpact, ChangeKind, SchemaChange } from './schema-change.js';

/**
 * The changes to one column that both schema versions declare, read from the compiled check plans: the
 * rules mlgate actually runs, so both schema languages, and every spelling of one rule, compare alike.
 * Temporal bounds are compared as the plan holds them (days, milliseconds or seconds since the epoch).
 */
export function columnChanges(
  before: ColumnCheck,
  after: ColumnCheck,
  language: CheckPlan['language'],
): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const add = (kind: ChangeKind, impact: ChangeImpact, detail: string): void => {
    changes.push({ kind, impact, field: after.name, detail });
  };
  typeChange(before, after, language, add);
  if (before.required !== after.required) {
    if (after.required) add('required-added', 'data', 'now required: old data may leave it empty');
    else add('required-removed', 'consumers', 'no longer required: consumers may now see it empty');
  }
  if (before.unique !== after.unique) {
    if (after.unique) add('constraint-tightened', 'data', 'unique: values must now be distinct');
    else add('constraint-loosened', 'consumers', 'unique no more: values may now repeat');
  }
  for (const bound of LOWER_BOUNDS) boundChange(bound, before[bound], after[bound], 'lower', add);
  for (const bound of UPPER_BOUNDS) boundChange(bound, before[bound], after[bound], 'upper', add);
  patternChange(before.pattern?.source, after.pattern?.source, add);
  enumChanges(before.enum, after.enum, add);
  valueSetChange('missingValues', before.missingValues, after.missingValues, add, {
    // A text that now means "no value": consumers see null where they saw it, and a required column refuses it.
    added: after.required ? 'data' : 'consumers',
    // A text that stops meaning "no value" must now fit the type; a string column just passes it on.
    removed: after.kind === 'string' ? 'consumers' : 'data',
  });
  if (before.kind === 'boolean' && after.kind === 'boolean') {
    valueSetChange('trueValues', before.trueValues, after.trueValues, add, LITERALS);
    valueSetChange('falseValues', before.falseValues, after.falseValues, add, LITERALS);
  }
  return changes;
}

type Add = (kind: ChangeKind, impact: ChangeImpact, detail: string) => void;

const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength'] as const;
const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength'] as const;
const LITERALS = { added: 'consumers', removed: 'data' } as const;

/** How a value of the column is read and what it may look like: its kind plus its format or number spelling. */
function typeText(column: ColumnCheck): string {
  const format = column.temporalPattern?.source ?? (column.anyTemporalFormat ? 'any' : undefined);
  const named = typeof column.format === 'string' ? column.format : column.format?.name;
  const spelling =
    column.kind === 'number' || column.kind === 'integer'
      ? [
          column.decimalChar === '.' ? '' : `decimalChar ${JSON.stringify(column.decimalChar)}`,
          column.groupChar === '' ? '' : `groupChar ${JSON.stringify(column.groupChar)}`,
          column.bareNumber ? '' : 'bareNumber false',
        ].filter(Boolean)
      : [];
  const qualifiers = [named ?? format, ...spelling].filter((part) => part !== undefined && part !== '');
  return qualifiers.length === 0 ? column.kind : `${column.kind} (${qualifiers.join(', ')})`;
}

/**
 * Widening keeps every old value valid, so only consumers notice: anything to `any`; a string losing its
 * format; integer to number (written the default way); and in Table Schema, where every cell is text,
 * anything to a plain string. Every other change, a date's format or a number's spelling included, may
 * refuse old values.
 */
function typeChange(
  before: ColumnCheck,
  after: ColumnCheck,
  language: CheckPlan['language'],
  add: Add,
): void {
  const was = typeText(before);
  const is = typeText(after);
  if (was === is) return;
  const plainNumbers = before.decimalChar === '.' && before.groupChar === '' && before.bareNumber;
  const widened =
    is === after.kind &&
    (after.kind === 'any' ||
      (after.kind === 'string' && (language === 'table-schema' || before.kind === 'string')) ||
      (before.kind === 'integer' && after.kind === 'number' && plainNumbers));
  add('type-changed', widened ? 'consumers' : 'data', `${was} → ${is}`);
}

function boundChange(
  name: string,
  was: number | undefined,
  is: number | undefined,
  side: 'lower' | 'upper',
  add: Add,
): void {
  if (was === is) return;
  if (was === undefined) return add('constraint-tightened', 'data', `${name} ${is} added`);
  if (is === undefined) return add('constraint-loosened', 'consumers', `${name} ${was} removed`);
  const tighter = side === 'lower' ? is > was : is < was;
  if (tighter) add('constraint-tightened', 'data', `${name} ${was} → ${is}`);
  else add('constraint-loosened', 'consumers', `${name} ${was} → ${is}`);
}

/** Whether one pattern accepts all another did is undecidable here in general, so any new pattern counts as refusing. */
function patternChange(was: string | undefined, is: string | undefined, add: Add): void {
  if (was === is) return;
  if (was === undefined) return add('pattern-changed', 'data', `pattern ${JSON.stringify(is)} added`);
  if (is === undefined) return add('pattern-changed', 'consumers', `pattern ${JSON.stringify(was)} removed`);
  add('pattern-changed', 'data', `pattern ${JSON.stringify(was)} → ${JSON.stringify(is)}`);
}

function enumChanges(
  was: readonly (string | number)[] | undefined,
  is: readonly (string | number)[] | undefined,
  add: Add,
): void {
  if (was === undefined && is === undefined) return;
  if (was === undefined) return add('constraint-tightened', 'data', `enum ${list(is!)} added`);
  if (is === undefined) return add('constraint-loosened', 'consumers', `enum ${list(was)} removed`);
  const [added, removed] = setDifferences(was, is);
  if (added.length > 0) add('enum-value-added', 'consumers', `enum gains ${list(added)}`);
  if (removed.length > 0) add('enum-value-removed', 'data', `enum loses ${list(removed)}`);
}

function valueSetChange(
  name: string,
  was: readonly string[],
  is: readonly string[],
  add: Add,
  impact: { readonly added: ChangeImpact; readonly removed: ChangeImpact },
): void {
  const [added, removed] = setDifferences(was, is);
  if (added.length > 0) add(kindFor(impact.added), impact.added, `${name} gains ${list(added)}`);
  if (removed.length > 0) add(kindFor(impact.removed), impact.removed, `${name} loses ${list(removed)}`);
}

/** What `is` has that `was` lacks, and the reverse; through sets, as a schema may list 100,000 values. */
function setDifferences<T>(was: readonly T[], is: readonly T[]): [T[], T[]] {
  const before = new Set(was);
  const after = new Set(is);
  return [is.filter((value) => !before.has(value)), was.filter((value) => !after.has(value))];
}

function kindFor(impact: ChangeImpact): ChangeKind {
  return impact === 'data' ? 'constraint-tightened' : 'constraint-loosened';
}

/** A short list for a one-line detail: long enums are cut, with the count of the rest. */
export function list(values: readonly unknown[]): string {
  const shown = values.slice(0, 5).map((value) => JSON.stringify(value));
  return values.length > 5 ? `${shown.join(', ')} and ${values.length - 5} more` : shown.join(', ');
}
