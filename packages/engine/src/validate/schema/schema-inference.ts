import { open } from 'node:fs/promises';
import { UserError } from '../../user-error.js';
import type { FieldKind } from './check-plan.js';
import type { DataFormat } from '../readers/data-format.js';
import { COLUMNAR_OPENERS } from '../readers/columnar-readers.js';
import { readJsonArray, readJsonLines } from '../readers/json-records.js';
import { kernelOnThisThread } from '../checks/cell-kernel/cell-kernel.js';
import { sampleColumnar } from './columnar-schema-inference.js';
import type { SampledColumn } from './columnar-schema-inference.js';
import { KindGuess } from './value-kind-guess.js';
import { MAX_RECORD_BYTES } from '../readers/data-reader.js';

/**
 * `mlgate schema infer`: a Table Schema guessed from the first rows of a file, to start a project from, that
 * the same file then passes. CSV, TSV, JSONL and JSON columns get the narrowest kind every sampled value fits
 * (value-kind-guess.ts); Parquet and Arrow columns the kind of their declared type
 * (columnar-schema-inference.ts). A column is `required` when no sampled row was null.
 */
export const DEFAULT_INFER_SAMPLE_ROWS = 10_000;
const SAMPLE_BYTES = 16 * 1024 * 1024;

export interface InferredTableSchema {
  readonly fields: readonly { name: string; type: FieldKind; constraints?: { required: true } }[];
  readonly missingValues: readonly string[];
}

/** Guesses by column name, in the order the names first turn up. */
class Guesses {
  readonly byName = new Map<string, KindGuess>();
  of(name: string): KindGuess {
    let guess = this.byName.get(name);
    if (!guess) this.byName.set(name, (guess = new KindGuess()));
    return guess;
  }
  columns(): SampledColumn[] {
    return [...this.byName].map(([name, guess]) => ({
      name,
      kind: guess.kind(),
      noNulls: guess.seen > 0 && !guess.sawNull,
    }));
  }
}

async function sampleDelimited(
  path: string,
  displayPath: string,
  delimiter: number,
  sampleRows: number,
): Promise<SampledColumn[]> {
  const handle = await open(path, 'r');
  const buffer = Buffer.alloc(SAMPLE_BYTES + 1);
  const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0).finally(() => handle.close());
  if (bytesRead === 0)
    throw new UserError('the file is empty: there is no header to infer a schema from', {
      file: displayPath,
    });
  const complete = bytesRead < SAMPLE_BYTES;
  let limit = bytesRead;
  if (complete && buffer[bytesRead - 1] !== 10) buffer[limit++] = 10;
  const kernel = kernelOnThisThread();
  const bom = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
  const header = kernel.readRecord(buffer, bom ? 3 : 0, limit, delimiter);
  if (!header || (header.cells.length === 1 && header.cells[0] === ''))
    throw new UserError('the first line is empty: there is no header to infer a schema from', {
      file: displayPath,
    });
  const guesses = new Guesses();
  for (const name of header.cells) guesses.of(name);
  let pos = header.end;
  for (let row = 0; row < sampleRows && pos < limit; row++) {
    const record = kernel.readRecord(buffer, pos, limit, delimiter);
    if (!record) break;
    pos = record.end;
    if (record.cells.length === 1 && record.cells[0] === '') continue;
    header.cells.forEach((name, i) => guesses.of(name).addText(record.cells[i] ?? null));
  }
  return guesses.columns();
}

async function sampleRecords(
  path: string,
  displayPath: string,
  format: 'jsonl' | 'json',
  sampleRows: number,
): Promise<SampledColumn[]> {
  const guesses = new Guesses();
  let rows = 0;
  const records =
    format === 'jsonl' ? readJsonLines(path, MAX_RECORD_BYTES) : readJsonArray(path, MAX_RECORD_BYTES);
  for await (const item of records) {
    if (item.kind !== 'record') continue;
    for (const [name, value] of Object.entries(item.value)) guesses.of(name).addJson(value);
    // A property a record lacks is a null there, as in the record checks.
    for (const [name, guess] of guesses.byName) if (!(name in item.value)) guess.addJson(undefined);
    if (++rows >= sampleRows) break;
  }
  const columns = guesses.columns();
  if (columns.length === 0)
    throw new UserError('no record with properties to infer a schema from', { file: displayPath });
  return columns;
}

async function sampleColumnarFile(
  path: string,
  displayPath: string,
  format: 'parquet' | 'arrow',
  sampleRows: number,
): Promise<SampledColumn[]> {
  const opener = COLUMNAR_OPENERS[format];
  if (!opener)
    throw new UserError(`reading ${format} files is not available in this build`, { file: displayPath });
  const source = await opener(path, displayPath);
  try {
    if (source.columns.length === 0)
      throw new UserError('the file declares no columns to infer a schema from', { file: displayPath });
    return await sampleColumnar(source, sampleRows);
  } finally {
    await source.close?.();
  }
}

export async function inferTableSchema(
  path: string,
  format: DataFormat,
  sampleRows = DEFAULT_INFER_SAMPLE_ROWS,
  displayPath = path,
): Promise<InferredTableSchema> {
  const columns =
    format === 'csv' || format === 'tsv'
      ? await sampleDelimited(path, displayPath, format === 'tsv' ? 9 : 44, sampleRows)
      : format === 'jsonl' || format === 'json'
        ? await sampleRecords(path, displayPath, format, sampleRows)
        : await sampleColumnarFile(path, displayPath, format, sampleRows);
  return {
    fields: columns.map(({ name, kind, noNulls }) => ({
      name,
      type: kind,
      ...(noNulls ? { constraints: { required: true as const } } : {}),
    })),
    missingValues: [''],
  };
}
