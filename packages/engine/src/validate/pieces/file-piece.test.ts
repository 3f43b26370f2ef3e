import { describe, expect, it } from '@jest/globals';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadSchema } from '../schema/schema-file.js';
import type { ValidateOptions } from '../validate-data.js';
import { validateFilePiece } from './file-piece.js';
import type { PieceResult } from './file-piece.js';

// The pieces of a file split by bytes: every record in exactly one piece, the pieces meeting end to start, and
// the same findings whether a piece is checked on this thread or on the CSV workers in small chunks.
const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../../../test/fixtures/data/${name}`, import.meta.url));
const SCHEMA = fixture('columnar/events.schema.json');
const options: ValidateOptions = { format: 'auto', maxErrors: 100, examplesPerColumn: 20, workers: 1 };
const onWorkers: ValidateOptions = {
  ...options,
  workers: 2,
  csv: { parallelThresholdBytes: 0, chunkBytes: 4096 },
};

async function pieces(name: string, count: number, settings: ValidateOptions): Promise<PieceResult[]> {
  const schema = await loadSchema(SCHEMA, 'events.schema.json');
  const file = { path: fixture(name), displayPath: name };
  const results: PieceResult[] = [];
  for (let index = 0; index < count; index++)
    results.push(await validateFilePiece(file, schema, settings, { index, count }));
  return results;
}

const rangeOf = (result: PieceResult) => ('range' in result ? result.range : undefined);

describe('a file split by byte ranges', () => {
  for (const name of ['columnar/events.csv', 'columnar/events.jsonl', 'people.valid.csv']) {
    it(`cuts ${name} into pieces that meet and hold every record once`, async () => {
      const size = statSync(fixture(name)).size;
      const lineBreaks = readFileSync(fixture(name)).filter((byte) => byte === 10).length;
      for (const count of [1, 2, 5, 9]) {
        const results = await pieces(name, count, options);
        const ranges = results.map(rangeOf);
        expect(ranges.every((range) => range !== undefined)).toBe(true);
        for (let k = 1; k < count; k++) expect(ranges[k]!.start).toBe(ranges[k - 1]!.end);
        expect(ranges[count - 1]!.end).toBe(size);
        // Piece 0 counts from the first byte: the line breaks add up to the file's.
        expect(ranges.reduce((sum, range) => sum + range!.lines, 0)).toBe(lineBreaks);
        const rows = results.reduce((sum, result) => sum + result.piece.rows, 0);
        const whole = await pieces(name, 1, options);
        expect(rows).toBe(whole[0]!.piece.rows);
      }
    });
  }

  it('finds the same in a CSV piece on the workers, chunk by chunk, as on this thread', async () => {
    const here = await pieces('columnar/events.csv', 3, options);
    const there = await pieces('columnar/events.csv', 3, onWorkers);
    expect(there).toEqual(here);
  });
});
