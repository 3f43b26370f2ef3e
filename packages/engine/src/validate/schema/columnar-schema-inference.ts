import type { FieldKind } from './check-plan.js';
import type { BatchColumn, ColumnarSource, ColumnType } from '../readers/data-reader.js';
import { KindGuess } from './value-kind-guess.js';

/**
 * Parquet and Arrow files state their column types, so `mlgate schema infer` takes each field's kind from
 * the declared type rather than guessing it, and only `required` from the sampled rows (no null among them).
 *
 * The kind of each declared type is the one the columnar checks accept for it when they compare a schema
 * with a file's declared types (checkDeclaredTypes in checks/columnar-checker.ts), so an inferred schema
 * passes that comparison; columnar-schema-inference.test.ts pins the two together. `values` columns
 * (decimals wider than a double, nested and other types) are checked as text, so their kind is guessed from
 * the sampled values, as for a CSV column.
 */
export const KIND_OF_DECLARED_TYPE: Readonly<Record<Exclude<ColumnType, 'values'>, FieldKind>> = {
  float64: 'number',
  float32: 'number',
  int64: 'integer',
  int32: 'integer',
  int16: 'integer',
  int8: 'integer',
  uint64: 'integer',
  uint32: 'integer',
  uint16: 'integer',
  uint8: 'integer',
  bool: 'boolean',
  utf8: 'string',
  'date-days': 'date',
  'timestamp-ms': 'datetime',
  'time-seconds': 'time',
};

export interface SampledColumn {
  readonly name: string;
  readonly kind: FieldKind;
  /** No sampled row was null (and at least one row was sampled). */
  readonly noNulls: boolean;
}

/** The text a `values` cell is checked as (checkValues in checks/column-check-loops.ts). */
function valueText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string'
    ? value
    : typeof value === 'bigint'
      ? value.toString()
      : JSON.stringify(value);
}

function hasNull(column: BatchColumn, rows: number): boolean {
  const { validity, data } = column;
  if (validity !== undefined && validity.subarray(0, rows).includes(0)) return true;
  if (data.type !== 'values') return false;
  for (let i = 0; i < rows; i++) if (data.values[i] === null || data.values[i] === undefined) return true;
  return false;
}

/** Reads batches until `sampleRows` rows have been seen; the caller closes the source. */
export async function sampleColumnar(source: ColumnarSource, sampleRows: number): Promise<SampledColumn[]> {
  const nulls = new Set<string>();
  const guesses = new Map(
    source.columns.filter((c) => c.type === 'values').map((c) => [c.name, new KindGuess()] as const),
  );
  let sampled = 0;
  for await (const batch of source.batches()) {
    const rows = Math.min(batch.rowCount, sampleRows - sampled);
    for (const column of batch.columns) {
      if (hasNull(column, rows)) nulls.add(column.name);
      const guess = guesses.get(column.name);
      if (guess !== undefined && column.data.type === 'values') {
        const values = column.data.values;
        for (let i = 0; i < rows; i++) {
          const valid = column.validity === undefined || column.validity[i] === 1;
          guess.addText(valid ? valueText(values[i]) : null);
        }
      }
    }
    sampled += rows;
    if (sampled >= sampleRows) break;
  }
  return source.columns.map(({ name, type }) => ({
    name,
    kind: type === 'values' ? guesses.get(name)!.kind() : KIND_OF_DECLARED_TYPE[type],
    noNulls: sampled > 0 && !nulls.has(name),
  }));
}
