import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { RecordBatchReader, Table, tableToIPC } from 'apache-arrow';
import type {
  AsyncRecordBatchFileReader,
  AsyncRecordBatchStreamReader,
  RecordBatch,
  Schema,
} from 'apache-arrow';
import { UserError } from '../../user-error.js';
import { readExactly } from './file-range.js';
import { arrowBatchColumn, declaredArrowColumns } from './arrow-type-mapping.js';
import type {
  ColumnBatch,
  ColumnarOpener,
  ColumnarSource,
  DeclaredColumn,
  UnitRange,
} from './data-reader.js';

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

/** Which IPC framing the file has, and its size. */
async function checkFraming(
  handle: FileHandle,
  displayPath: string,
): Promise<{ kind: 'file' | 'stream'; size: number }> {
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
    return { kind: 'file', size };
  }
  if (size >= 8 && head.readUInt32LE(0) === CONTINUATION) return { kind: 'stream', size };
  throw new UserError(
    `not an Arrow IPC file or stream: wrong magic bytes ${JSON.stringify(head.subarray(0, 6).toString('latin1'))}`,
    where,
  );
}

class ArrowSource implements ColumnarSource {
  readonly format = 'arrow';
  readonly columns: readonly DeclaredColumn[];
  /** The file format's batches, read as a stream (see fileAsStream). */
  private stream: AsyncRecordBatchStreamReader | undefined;

  constructor(
    private readonly handle: FileHandle,
    private readonly reader: Reader,
    private readonly displayPath: string,
    private readonly kind: 'file' | 'stream',
    private readonly size: number,
  ) {
    this.columns = declaredArrowColumns(reader.schema.fields);
  }

  /** The file format's footer counts its record batches; writers usually make all but the last equal. */
  estimateRows(first: ColumnBatch): number | undefined {
    return this.reader.isFile() ? this.reader.numRecordBatches * first.rowCount : undefined;
  }

  get units(): number | undefined {
    return this.reader.isFile() ? this.reader.numRecordBatches : undefined;
  }

  /** With a range, every batch is read (its rows count for the ones after) and those in it are yielded. */
  async *batches(range?: UnitRange): AsyncIterable<ColumnBatch> {
    let rowStart = 0;
    const fields = this.reader.schema.fields;
    // One validity buffer per column, reused: a batch's buffers live until the next batch is asked for.
    const validity = fields.map(() => new Uint8Array(0));
    const bufferFor =
      (c: number) =>
      (length: number): Uint8Array =>
        validity[c]!.length >= length ? validity[c]! : (validity[c] = new Uint8Array(length));
    const reader = this.kind === 'file' ? await this.fileAsStream() : this.reader;
    let index = 0;
    for (;;) {
      let next: IteratorResult<RecordBatch>;
      try {
        next = await reader.next();
      } catch (error) {
        throw new UserError(
          `cannot read record batch ${index + 1} of the Arrow IPC ${this.kind}: ${errorText(error)}`,
          { file: this.displayPath },
        );
      }
      if (next.done) {
        // The footer counts the batches: a stream reader stops quietly at a message it cannot frame.
        const expected = this.reader.isFile() ? this.reader.numRecordBatches : index;
        if (index < expected)
          throw new UserError(
            `cannot read record batch ${index + 1} of ${expected} of the Arrow IPC file: its message is not a record batch`,
            { file: this.displayPath },
          );
        break;
      }
      const batch = next.value;
      const unit = index++;
      const firstRow = rowStart;
      rowStart += batch.numRows;
      if (range !== undefined && (unit < range.from || unit >= range.to)) continue;
      const columns = fields.map((field, c) =>
        arrowBatchColumn(field.name, batch.data.children[c]!, bufferFor(c)),
      );
      yield range === undefined
        ? { rowCount: batch.numRows, columns }
        : { rowCount: batch.numRows, columns, firstRow };
    }
  }

  /**
   * The file format's messages, read block by block as the footer lists them and fed to a stream reader:
   * every record batch goes into one reused buffer, where apache-arrow's own file reader allocates a fresh
   * buffer per batch body (~9 MB each on the bench file, and V8 then ran a full GC every batch or two).
   * Two such buffers in turn, since the stream reader reads one message ahead; safe because a batch is checked
   * before the next is asked for, and the stream reader takes each message as a view of the chunk that holds
   * it exactly (no copy, nothing kept). The schema and dictionary messages get
   * their own buffers: decoded dictionaries outlive their message.
   */
  private async fileAsStream(): Promise<AsyncRecordBatchStreamReader> {
    const footer = this.reader.footer;
    if (!footer) return this.reader as unknown as AsyncRecordBatchStreamReader;
    const blocks = [
      ...[...footer.dictionaryBatches()].map((block) => ({ block, reuse: false })),
      ...[...footer.recordBatches()].map((block) => ({ block, reuse: true })),
    ].sort((a, b) => Number(a.block.offset) - Number(b.block.offset));
    const size = this.size;
    const first = blocks.length > 0 ? Number(blocks[0]!.block.offset) : size;
    const handle = this.handle;
    // Two buffers in turn: the stream reader pulls the message after a batch before it hands the batch out.
    const reused = [new Uint8Array(0), new Uint8Array(0)];
    let turn = 0;
    const readAt = async (position: number, length: number, reuse: boolean): Promise<Uint8Array> => {
      if (position < 0 || length < 0 || position + length > size)
        throw new Error(`a message at byte ${position} runs past the end of the file`);
      if (!reuse) return readExactly(handle, position, length);
      turn ^= 1;
      if (reused[turn]!.length < length) reused[turn] = new Uint8Array(length);
      return readExactly(handle, position, length, reused[turn]);
    };
    const schema = this.reader.schema;
    async function* messages(): AsyncGenerator<Uint8Array> {
      // After the 8-byte magic and padding: the schema message, up to the first block. Writers may leave it
      // out (the footer has the schema; apache-arrow's own writer does): then it is made from the footer's.
      yield first > 8 ? await readAt(8, first - 8, false) : schemaMessage(schema);
      for (const { block, reuse } of blocks)
        yield await readAt(Number(block.offset), block.metaDataLength + Number(block.bodyLength), reuse);
    }
    const stream = (await RecordBatchReader.from(messages())) as AsyncRecordBatchStreamReader;
    await stream.open({ autoDestroy: false });
    this.stream = stream;
    return stream;
  }

  async close(): Promise<void> {
    await this.stream?.cancel();
    await this.reader.cancel();
    // The reader may have closed the handle already; closing twice is harmless but may reject.
    await this.handle.close().catch(() => undefined);
  }
}

/** The IPC stream bytes of a schema message alone: an empty table's stream, without its end marker. */
function schemaMessage(schema: Schema): Uint8Array {
  const bytes = tableToIPC(new Table(schema), 'stream');
  const end = bytes.length - 8;
  const view = new DataView(bytes.buffer, bytes.byteOffset + end, 8);
  return view.getUint32(0, true) === CONTINUATION && view.getUint32(4, true) === 0
    ? bytes.subarray(0, end)
    : bytes;
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
    const { kind, size } = await checkFraming(handle, displayPath);
    let reader: Reader;
    try {
      reader = (await RecordBatchReader.from(handle)) as Reader;
      await reader.open({ autoDestroy: false });
    } catch (error) {
      throw new UserError(`not a readable Arrow IPC ${kind}: ${errorText(error)}`, { file: displayPath });
    }
    if (!reader.schema)
      throw new UserError(`not a readable Arrow IPC ${kind}: no schema message`, { file: displayPath });
    return new ArrowSource(handle, reader, displayPath, kind, size);
  } catch (error) {
    await handle.close();
    throw error;
  }
};
