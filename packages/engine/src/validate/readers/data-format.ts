import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { UserError } from '../../user-error.js';

export const DATA_FORMATS = ['csv', 'tsv', 'jsonl', 'json', 'parquet', 'arrow'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];
export type FormatChoice = DataFormat | 'auto';

const PARQUET_MAGIC = 'PAR1';
const ARROW_FILE_MAGIC = 'ARROW1';
/** Arrow IPC stream: a message starts with the continuation marker 0xFFFFFFFF. */
const ARROW_STREAM_MARKER = [0xff, 0xff, 0xff, 0xff];

const BY_EXTENSION: Readonly<Record<string, DataFormat>> = {
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
  '.parquet': 'parquet',
  '.pq': 'parquet',
  '.arrow': 'arrow',
  '.feather': 'arrow',
  '.arrows': 'arrow',
  '.ipc': 'arrow',
};

async function head(path: string, displayPath: string, bytes: number): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT' ? 'data file not found' : `cannot read the data file (${code ?? String(error)})`,
      { file: displayPath },
    );
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new UserError('is a directory, not a data file', { file: displayPath });
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function binaryFormat(prefix: Buffer): DataFormat | undefined {
  if (prefix.subarray(0, 4).toString('latin1') === PARQUET_MAGIC) return 'parquet';
  if (prefix.subarray(0, 6).toString('latin1') === ARROW_FILE_MAGIC) return 'arrow';
  if (ARROW_STREAM_MARKER.every((b, i) => prefix[i] === b)) return 'arrow';
  return undefined;
}

/**
 * The format of a data file: from the extension (or the explicit choice), confirmed by magic bytes. A file
 * whose bytes contradict its declared binary format, or a binary file declared as text, is a UserError.
 */
export async function detectFormat(
  path: string,
  displayPath: string,
  choice: FormatChoice,
): Promise<DataFormat> {
  const prefix = await head(path, displayPath, 8);
  const sniffed = binaryFormat(prefix);
  const declared = choice !== 'auto' ? choice : BY_EXTENSION[extname(path).toLowerCase()];
  const format = declared ?? sniffed;
  if (format === undefined) {
    throw new UserError(
      `cannot tell the format from the extension "${extname(path)}"; pass --format (${DATA_FORMATS.join(', ')})`,
      { file: displayPath },
    );
  }
  if ((format === 'parquet' || format === 'arrow') && sniffed !== format) {
    throw new UserError(
      `not a ${format === 'parquet' ? 'Parquet' : 'Arrow IPC'} file: wrong magic bytes (${JSON.stringify(prefix.subarray(0, 6).toString('latin1'))})`,
      { file: displayPath },
    );
  }
  if (format !== 'parquet' && format !== 'arrow' && sniffed !== undefined) {
    throw new UserError(
      `declared ${format} but the file is ${sniffed === 'parquet' ? 'Parquet' : 'Arrow IPC'} (magic bytes)`,
      { file: displayPath },
    );
  }
  return format;
}
