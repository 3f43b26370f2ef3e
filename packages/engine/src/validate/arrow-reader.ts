import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { RecordBatchReader } from 'apache-arrow';
import type { AsyncRecordBatchFileReader, AsyncRecordBatchStreamReader, RecordBatch } from 'apache-arrow';
import { UserError } from '../user-error.js';
import { arrowBatchColumn, declaredArrowColumns } from './arrow-type-mapping.js';
import type { ColumnBatch, ColumnarOpener, ColumnarSource, DeclaredColumn } from './data-reader.js';

/**
 * Arrow IPC, file (ARROW1 … footer) and stream formats alike, record batch by record batch. apache-arrow's
 * reader over a file handle reads the file format through its footer with random access and the stream
 * format message by message, so only the current batch is in memory.
 */

const ARROW_FILE_MAGIC = 'ARROW1';
/** Every IPC message since format 0.15 starts with this continuation marker. */
const CONTINUATION = 0xffffffff;

type Reader = AsyncRecordBatchFileReader | AsyncRecordBatchStreamReader;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function checkFraming(handle: FileHandle, displayPath: string): Promise<'file' | 'stream'> {
  const where = { file: displayPath };
  const { size } = await handle.stat();
  const head = Buffer.alloc(8);
  await handle.read(head, 0, 8, 0);
  if (head.subarray(0, 6).toString('latin1') === ARROW_FILE_MAGIC) {
    const tail = Buffer.alloc(6);
    if (size >= 12) await handle.read(tail, 0, 6, size - 6);
    // The file format ends with the footer and the magic again; without it the footer (and the schema) is gone.
    if (tail.toString('latin1') !== ARROW_FILE_MAGIC)
      throw new UserError('truncated Arrow IPC file: it does not end with the "ARROW1" magic', where);
    return 'file';
  }
  if (size >= 8 && head.readUInt32LE(0) === CONTINUATION) return 'stream';
  throw new UserError(
    `not an Arrow IPC file or stream: wrong magic bytes ${JSON.stringify(head.subarray(0, 6).toString('latin1'))}`,
    where,
  );
}

class ArrowSource implements ColumnarSource {
  readonly format = 'arrow';
  readonly columns: readonly DeclaredColumn[];

  constructor(
    private readonly handle: FileHandle,
    private readonly reader: Reader,
    private readonly displayPath: string,
    private readonly kind: 'file' | 'stream',
  ) {
    this.columns = declaredArrowColumns(reader.schema.fields);
  }

  /** The file format's footer counts its record batches; writers usually make all but the last equal. */
  estimateRows(first: ColumnBatch): number | undefined {
    return this.reader.isFile() ? this.reader.numRecordBatches * first.rowCount : undefined;
  }

  async *batches(): AsyncIterable<ColumnBatch> {
    const fields = this.reader.schema.fields;
    // One validity buffer per column, reused: a batch's buffers live until the next batch is asked for.
    const validity = fields.map(() => new Uint8Array(0));
    const bufferFor =
      (c: number) =>
      (length: number): Uint8Array =>
        validity[c]!.length >= length ? validity[c]! : (validity[c] = new Uint8Array(length));
    let index = 0;
    for (;;) {
      let next: IteratorResult<RecordBatch>;
      try {
        next = await this.reader.next();
      } catch (error) {
        throw new UserError(
          `cannot read record batch ${index + 1} of the Arrow IPC ${this.kind}: ${errorText(error)}`,
          { file: this.displayPath },
        );
      }
      if (next.done) break;
      const batch = next.value;
      index++;
      yield {
        rowCount: batch.numRows,
        columns: fields.map((field, c) =>
          arrowBatchColumn(field.name, batch.data.children[c]!, bufferFor(c)),
        ),
      };
    }
  }

  async close(): Promise<void> {
    await this.reader.cancel();
    // The reader may have closed the handle already; closing twice is harmless but may reject.
    await this.handle.close().catch(() => undefined);
  }
}

/** Opens an Arrow IPC file or stream: reads the schema (and the file format's footer); batches are read lazily. */
export const openArrow: ColumnarOpener = async (path, displayPath) => {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new UserError(
      `cannot open the Arrow IPC file (${(error as NodeJS.ErrnoException).code ?? errorText(error)})`,
      { file: displayPath },
    );
  }
  try {
    const kind = await checkFraming(handle, displayPath);
    let reader: Reader;
    try {
      reader = (await RecordBatchReader.from(handle)) as Reader;
      await reader.open({ autoDestroy: false });
    } catch (error) {
      throw new UserError(`not a readable Arrow IPC ${kind}: ${errorText(error)}`, { file: displayPath });
    }
    if (!reader.schema)
      throw new UserError(`not a readable Arrow IPC ${kind}: no schema message`, { file: displayPath });
    return new ArrowSource(handle, reader, displayPath, kind);
  } catch (error) {
    await handle.close();
    throw error;
  }
};
