/**
 * One difference between two versions of a schema, and what it breaks. The kinds and impacts are a contract
 * (`mlgate schema diff --json`, kind `mlgate/schema-diff@1`): add to them, never rename.
 *
 * - `data`: rows that passed the old schema may fail the new one (they fail at the next validation).
 * - `consumers`: code written against the old guarantees may now see values, nulls or columns it never saw,
 *   or miss a column it read.
 * - `none`: neither (an optional column the old schema could not have held, a primary key reordered).
 *
 * A change that breaks both is reported with the impact its kind is named for (a removed field breaks
 * consumers; its detail says when old data carrying the column now fails as well): the verdict is the same.
 */
export const CHANGE_KINDS = [
  'field-added',
  'field-removed',
  /** Only when the new schema fixes the column order (fieldsMatch: exact). */
  'field-order-changed',
  'type-changed',
  'required-added',
  'required-removed',
  'constraint-tightened',
  'constraint-loosened',
  'enum-value-added',
  'enum-value-removed',
  'pattern-changed',
  'primary-key-changed',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const CHANGE_IMPACTS = ['data', 'consumers', 'none'] as const;
export type ChangeImpact = (typeof CHANGE_IMPACTS)[number];

export interface SchemaChange {
  readonly kind: ChangeKind;
  readonly impact: ChangeImpact;
  /** The column the change is about; null for the schema as a whole (field matching, keys, row counts). */
  readonly field: string | null;
  /** One short line for people: what was, what is. */
  readonly detail: string;
}

/**
 * `identical`: nothing that is checked changed (titles, descriptions and spelling may have);
 * `compatible`: every change has impact `none`; `breaking`: some change breaks data or consumers.
 */
export const SCHEMA_DIFF_VERDICTS = ['identical', 'compatible', 'breaking'] as const;
export type SchemaDiffVerdict = (typeof SCHEMA_DIFF_VERDICTS)[number];

export function schemaDiffVerdict(changes: readonly SchemaChange[]): SchemaDiffVerdict {
  if (changes.length === 0) return 'identical';
  return changes.every((change) => change.impact === 'none') ? 'compatible' : 'breaking';
}
