import type { CheckPlan } from '../schema/check-plan.js';

export interface ColumnMapping {
  /** Data column position → plan column index, or -1 when the plan does not check it. */
  readonly colMap: readonly number[];
  /** Per plan column: does the file have it? */
  readonly present: readonly boolean[];
  readonly problems: readonly { readonly field: string | null; readonly message: string }[];
}

/**
 * Maps a file's column names onto the plan under Table Schema v2 `fieldsMatch`: `exact` maps by position and
 * wants the same names in the same order; `equal` the same names in any order; `subset` every schema field
 * (extra data columns allowed); `superset` no column outside the schema (schema fields may be absent);
 * `partial` at least one schema field. In every mode a required field that is absent is a problem.
 */
export function mapColumns(names: readonly string[], plan: CheckPlan): ColumnMapping {
  const problems: { field: string | null; message: string }[] = [];
  const fields = plan.columns.map((c) => c.name);
  const index = new Map(fields.map((name, i) => [name, i]));
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) problems.push({ field: name, message: `the header repeats the column "${name}"` });
    seen.add(name);
  }
  let colMap: number[];
  if (plan.fieldsMatch === 'exact') {
    colMap = names.map((_, i) => (i < fields.length ? i : -1));
    names.forEach((name, i) => {
      if (i >= fields.length)
        problems.push({ field: name, message: `column ${i + 1} "${name}" is not in the schema` });
      else if (name !== fields[i])
        problems.push({
          field: fields[i]!,
          message: `column ${i + 1} is "${name}", the schema expects "${fields[i]}" (fieldsMatch: exact)`,
        });
    });
    for (let i = names.length; i < fields.length; i++)
      problems.push({ field: fields[i]!, message: `column "${fields[i]}" is missing (fieldsMatch: exact)` });
  } else {
    colMap = names.map((name) => index.get(name) ?? -1);
    const present = new Set(names);
    const extra = names.filter((name) => !index.has(name));
    const missing = fields.filter((name) => !present.has(name));
    if (plan.fieldsMatch === 'equal' || plan.fieldsMatch === 'superset') {
      for (const name of extra)
        problems.push({
          field: name,
          message: `column "${name}" is not in the schema (fieldsMatch: ${plan.fieldsMatch})`,
        });
    }
    if (plan.fieldsMatch === 'equal' || plan.fieldsMatch === 'subset') {
      for (const name of missing)
        problems.push({
          field: name,
          message: `column "${name}" is missing (fieldsMatch: ${plan.fieldsMatch})`,
        });
    }
    if (plan.fieldsMatch === 'partial' && names.length > 0 && extra.length === names.length) {
      problems.push({
        field: null,
        message: 'no column of the file is in the schema (fieldsMatch: partial)',
      });
    }
  }
  const present = fields.map((_, i) => colMap.includes(i));
  const reported = new Set(problems.map((p) => p.field));
  plan.columns.forEach((column, i) => {
    if (column.required && !present[i] && !reported.has(column.name)) {
      problems.push({ field: column.name, message: `required column "${column.name}" is missing` });
    }
  });
  return { colMap, present, problems };
}
