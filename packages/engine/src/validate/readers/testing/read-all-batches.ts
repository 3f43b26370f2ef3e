import type { ColumnBatch, ColumnData, ColumnarSource } from '../data-reader.js';

/**
 * Every batch of a columnar source, each copied before the next is read: readers reuse their buffers (a batch
 * is valid until the next is asked for), and tests look at all of them afterwards. Test support only.
 */
export async function readAllBatches(source: ColumnarSource): Promise<ColumnBatch[]> {
  const batches: ColumnBatch[] = [];
  try {
    for await (const batch of source.batches()) batches.push(copyBatch(batch));
  } finally {
    await source.close?.();
  }
  return batches;
}

function copyBatch(batch: ColumnBatch): ColumnBatch {
  const copy = <T extends { slice(): T }>(array: T): T => array.slice();
  return {
    rowCount: batch.rowCount,
    columns: batch.columns.map((column) => {
      const data = column.data;
      const copied: ColumnData =
        data.type === 'dictionary'
          ? {
              ...data,
              indices: copy(data.indices),
              dictionary: { offsets: copy(data.dictionary.offsets), data: copy(data.dictionary.data) },
            }
          : data.type === 'utf8'
            ? { ...data, offsets: copy(data.offsets), data: copy(data.data) }
            : data.type === 'values'
              ? { ...data, values: [...data.values] }
              : ({ ...data, values: copy(data.values as Float64Array) } as ColumnData);
      return column.validity
        ? { ...column, data: copied, validity: copy(column.validity) }
        : { ...column, data: copied };
    }),
  };
}
