import { open } from 'node:fs/promises';
import type { FieldKind } from './check-plan.js';
import type { DataFormat } from '../readers/data-format.js';
import { readJsonArray, readJsonLines } from '../readers/json-records.js';
import { kernelOnThisThread } from '../checks/cell-kernel/cell-kernel.js';
import { isoDateToDays, isoDatetimeToMillis, isoTimeToSeconds } from './temporal-values.js';

/**
 * `mlgate schema infer`: a Table Schema guessed from the first rows of a file, to start a project from.
 * Each column gets the narrowest kind every non-empty sample fits (integer ⊂ number; boolean; date,
 * datetime, time; string otherwise) and `required` when no sample was empty.
 */
export const DEFAULT_INFER_SAMPLE_ROWS = 10_000;
const SAMPLE_BYTES = 16 * 1024 * 1024;
const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const BOOLEANS = new Set(['true', 'false', 'True', 'False', 'TRUE', 'FALSE']);
const ORDER: readonly FieldKind[] = ['integer', 'number', 'boolean', 'date', 'datetime', 'time', 'string'];

function fits(kind: FieldKind, value: string): boolean {
  switch (kind) {
    case 'integer':
      return INTEGER.test(value);
    case 'number':
      return NUMBER.test(value);
    case 'boolean':
      return BOOLEANS.has(value);
    case 'date':
      return isoDateToDays(value) !== undefined;
    case 'datetime':
      return isoDatetimeToMillis(value) !== undefined;
    case 'time':
      return isoTimeToSeconds(value) !== undefined;
    default:
      return true;
  }
}

class ColumnGuess {
  private candidates = new Set(ORDER);
  empty = false;
  seen = 0;
  add(value: string | null): void {
    if (value === null || value === '') {
      this.empty = true;
      return;
    }
    this.seen++;
    for (const kind of this.candidates) if (!fits(kind, value)) this.candidates.delete(kind);
  }
  kind(): FieldKind {
    if (this.seen === 0) return 'string';
    return ORDER.find((k) => this.candidates.has(k)) ?? 'string';
  }
}

export interface InferredTableSchema {
  readonly fields: readonly { name: string; type: FieldKind; constraints?: { required: true } }[];
  readonly missingValues: readonly string[];
}

export async function inferTableSchema(
  path: string,
  format: DataFormat,
  sampleRows = DEFAULT_INFER_SAMPLE_ROWS,
): Promise<InferredTableSchema> {
  const names: string[] = [];
  const guesses = new Map<string, ColumnGuess>();
  const guess = (name: string): ColumnGuess => {
    let g = guesses.get(name);
    if (!g) {
      g = new ColumnGuess();
      guesses.set(name, g);
      names.push(name);
    }
    return g;
  };
  if (format === 'csv' || format === 'tsv') {
    const handle = await open(path, 'r');
    const buffer = Buffer.alloc(SAMPLE_BYTES + 1);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    await handle.close();
    const complete = bytesRead < SAMPLE_BYTES;
    let limit = bytesRead;
    if (complete && bytesRead > 0 && buffer[bytesRead - 1] !== 10) buffer[limit++] = 10;
    const delimiter = format === 'tsv' ? 9 : 44;
    const kernel = kernelOnThisThread();
    let pos = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
    const header = kernel.readRecord(buffer, pos, limit, delimiter);
    if (!header) return { fields: [], missingValues: [''] };
    header.cells.forEach((name) => guess(name));
    pos = header.end;
    for (let row = 0; row < sampleRows && pos < limit; row++) {
      const record = kernel.readRecord(buffer, pos, limit, delimiter);
      if (!record) break;
      pos = record.end;
      if (record.cells.length === 1 && record.cells[0] === '') continue;
      header.cells.forEach((name, i) => guess(name).add(record.cells[i] ?? null));
    }
  } else if (format === 'jsonl' || format === 'json') {
    let rows = 0;
    for await (const item of format === 'jsonl'
      ? readJsonLines(path, 64 * 1024 * 1024)
      : readJsonArray(path, 64 * 1024 * 1024)) {
      if (item.kind !== 'record') continue;
      for (const [name, value] of Object.entries(item.value)) {
        guess(name).add(
          value === null
            ? null
            : typeof value === 'string'
              ? value
              : typeof value === 'object'
                ? '\u0000'
                : String(value),
        );
      }
      for (const name of names) if (!(name in item.value)) guess(name).add(null);
      if (++rows >= sampleRows) break;
    }
  }
  return {
    fields: names.map((name) => {
      const g = guesses.get(name)!;
      return {
        name,
        type: g.kind(),
        ...(g.empty || g.seen === 0 ? {} : { constraints: { required: true as const } }),
      };
    }),
    missingValues: [''],
  };
}
