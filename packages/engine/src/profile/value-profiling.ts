import type { ColumnData } from '../validate/readers/data-reader.js';
import type { BatchProfiler } from './batch-profile.js';

/**
 * Feeds values that arrive already typed (columnar batches, JSON records) to a batch's profiler; the CSV
 * kernel feeds its parsed cells itself (cell-checks.ts). A value of a type the column does not profile is
 * passed over by the profiler, so a mismatched column (reported by the checks) adds nothing.
 */
export function profileColumnData(
  profiler: BatchProfiler,
  c: number,
  data: ColumnData,
  rows: number,
  validity: Uint8Array | undefined,
): void {
  const present = (i: number): boolean => validity === undefined || validity[i] === 1;
  switch (data.type) {
    case 'utf8':
      for (let i = 0; i < rows; i++)
        if (present(i)) profiler.bytes(c, data.data, data.offsets[i]!, data.offsets[i + 1]!);
      return;
    case 'dictionary': {
      // Count the indices, then each entry once: the dictionary is decoded per entry, never per row.
      const { offsets, data: bytes } = data.dictionary;
      const counts = new Float64Array(offsets.length - 1);
      for (let i = 0; i < rows; i++) if (present(i)) counts[data.indices[i]!]! += 1;
      const decoder = new TextDecoder();
      for (let entry = 0; entry < counts.length; entry++) {
        if (counts[entry]! > 0)
          profiler.text(
            c,
            decoder.decode(bytes.subarray(offsets[entry]!, offsets[entry + 1]!)),
            counts[entry],
          );
      }
      return;
    }
    case 'bool':
      for (let i = 0; i < rows; i++)
        if (present(i)) profiler.text(c, data.values[i] === 1 ? 'true' : 'false');
      return;
    case 'values':
      for (let i = 0; i < rows; i++) if (present(i)) profileJsonValue(profiler, c, data.values[i]);
      return;
    case 'int64':
    case 'uint64':
      for (let i = 0; i < rows; i++) if (present(i)) profiler.number(c, Number(data.values[i]!));
      return;
    default:
      for (let i = 0; i < rows; i++) if (present(i)) profiler.number(c, data.values[i]!);
  }
}

/** One JSON value of a record (null and absent values are counted as nulls by the checks). */
export function profileJsonValue(profiler: BatchProfiler, c: number, value: unknown): void {
  if (typeof value === 'number') profiler.number(c, value);
  else if (typeof value === 'string') profiler.text(c, value);
  else if (typeof value === 'boolean') profiler.text(c, value ? 'true' : 'false');
  else if (typeof value === 'bigint') profiler.number(c, Number(value));
}
