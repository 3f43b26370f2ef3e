import { afterAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileSchema } from '../schema/schema-file.js';
import { validateData } from '../validate-data.js';
import type { ValidateOptions } from '../validate-data.js';
import { RangeWorkerPool } from './range-workers/range-worker-pool.js';
import type { CsvOptions } from './csv-validator.js';
import { DEFAULT_CSV_OPTIONS, validateCsvFile } from './csv-validator.js';

/**
 * The CSV reader (cell-kernel/csv-records.ts and csv-range.ts, split across workers by range-worker-pool.ts)
 * against a reference parser small enough to be obviously right. Random tables of random strings are written
 * as CSV, read by the reference and by mlgate, and every cell must come out the same, on the same line.
 *
 * mlgate's reader yields no rows to the outside, only a validation report, so the schema makes every cell
 * show up in it: `missingValues: []` (an empty cell is a value too), string columns whose `enum` no
 * generated cell can equal, numeric columns whose bounds no number can meet (minimum 0 and maximum -1),
 * and unlimited examples. Each cell then yields exactly one error carrying its line and its text.
 */

const dir = mkdtempSync(join(tmpdir(), 'mlgate-csv-property-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;

// ---------------------------------------------------------------------------------------------------------
// The reference parser: RFC 4180 plus what mlgate documents on top of it (CR, LF or CRLF ends a record, a
// leading UTF-8 BOM is skipped, a blank line is a blank row). Lines are counted as git and GitHub count them,
// by LF alone: a cell's line is 1 + the LFs before its first character.

interface RefCell {
  readonly value: string;
  readonly line: number;
}
interface RefRecord {
  readonly line: number;
  /** null for a blank line. */
  readonly cells: readonly RefCell[] | null;
}

function referenceParse(input: string, delimiter: string): RefRecord[] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const records: RefRecord[] = [];
  let i = 0;
  let line = 1;
  /** Consumes one record terminator (CRLF, LF or CR) at i. */
  const endOfRecord = (): void => {
    if (text[i] === '\r') i++;
    if (text[i] === '\n') {
      i++;
      line++;
    }
  };
  while (i < text.length) {
    const recordLine = line;
    if (text[i] === '\r' || text[i] === '\n') {
      endOfRecord();
      records.push({ line: recordLine, cells: null });
      continue;
    }
    const cells: RefCell[] = [];
    for (;;) {
      const cellLine = line;
      let value = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) throw new Error('reference: unclosed quote');
          const c = text[i]!;
          if (c === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c === '\n') line++;
          value += c;
          i++;
        }
      } else {
        while (i < text.length && text[i] !== delimiter && text[i] !== '\r' && text[i] !== '\n') {
          if (text[i] === '"') throw new Error('reference: quote in an unquoted field');
          value += text[i++];
        }
      }
      cells.push({ value, line: cellLine });
      if (i >= text.length) break;
      if (text[i] === delimiter) {
        i++;
        continue;
      }
      if (text[i] !== '\r' && text[i] !== '\n') throw new Error('reference: text after a closing quote');
      endOfRecord();
      break;
    }
    records.push({ line: recordLine, cells });
  }
  return records;
}

// ---------------------------------------------------------------------------------------------------------
// Tables and how they are written.

/** A row, or a blank line. */
type Row = readonly string[] | null;
type Terminator = '\n' | '\r\n' | '\r';

interface Written {
  readonly header: readonly string[];
  readonly rows: readonly Row[];
  readonly delimiter: string;
  readonly numeric: readonly boolean[];
  readonly bytes: Buffer;
}

/** Characters that matter to CSV, weighted up against the rest of Unicode (astral, BOM, NUL, bidi...). */
const CSV_CHARS = [
  '"',
  '""',
  ',',
  ';',
  '\t',
  '|',
  ' ',
  '\r',
  '\n',
  '\r\n',
  '\uFEFF',
  '\0',
  'é',
  '€',
  '😀',
  '\u202E',
];
/** Lone surrogates become U+FFFD, as writing the file as UTF-8 would make them. */
const wellFormed = (text: string): string => Buffer.from(text, 'utf8').toString('utf8');
/** Any one code point. */
const anyChar = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).map(wellFormed);
const cellText = (maxLength: number): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({
      unit: fc.oneof(fc.constantFrom(...CSV_CHARS), fc.constantFrom('1', '-', '.', 'e', '0'), anyChar),
      maxLength,
    }),
    fc.string({ unit: 'binary', maxLength }).map(wellFormed),
    // Numbers, so numeric columns take their fused scan path as well as the fallback.
    fc.double({ noNaN: true }).map(String),
    fc.integer().map(String),
  );

const quoted = (cell: string): string => `"${cell.replaceAll('"', '""')}"`;

/** Writes one table; `choices` decides terminators, gratuitous quotes, a BOM and the final newline. */
function write(
  header: readonly string[],
  rows: readonly Row[],
  delimiter: string,
  numeric: readonly boolean[],
  choices: {
    terminators: readonly Terminator[];
    quoteAll: readonly boolean[];
    bom: boolean;
    finalNewline: boolean;
  },
): Written {
  let k = 0;
  const pick = <T>(list: readonly T[]): T => list[k++ % list.length]!;
  const record = (cells: readonly string[]): string =>
    cells
      .map((cell) => {
        // A lone empty cell must be quoted, or the line would read as a blank row.
        const mustQuote =
          cell.includes(delimiter) || /["\r\n]/.test(cell) || (cell === '' && cells.length === 1);
        return mustQuote || pick(choices.quoteAll) ? quoted(cell) : cell;
      })
      .join(delimiter);
  let text = record(header);
  let previous: Terminator | null = null;
  const terminate = (): void => {
    let terminator = pick(choices.terminators);
    // CR then LF with nothing between is one CRLF, not two line ends.
    if (previous === '\r' && terminator === '\n' && text.endsWith('\r')) terminator = '\r';
    text += terminator;
    previous = terminator;
  };
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    terminate();
    if (row === null) {
      // A blank line is only a line if something follows it.
      if (r === rows.length - 1) terminate();
    } else text += record(row);
  }
  if (choices.finalNewline && rows.at(-1) !== null) terminate();
  const body = Buffer.from(text, 'utf8');
  const bytes = choices.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
  return { header, rows, delimiter, numeric, bytes };
}

/** Any ASCII character but a quote, CR or LF (what `--delimiter` accepts), commas and tabs most often. */
const delimiterArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(',', '\t', ';', '|') },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 0, max: 127 })
      .map((code) => String.fromCharCode(code))
      .filter((c) => !/["\r\n]/.test(c)),
  },
);

const tableArb = (maxRows: number, maxLength: number): fc.Arbitrary<Written> =>
  fc
    .record({
      delimiter: delimiterArb,
      // Header names are cells too, but unique, non-empty and not starting with U+FEFF (that is a BOM).
      header: fc.uniqueArray(
        cellText(12).filter((name) => name !== '' && !name.startsWith('\uFEFF')),
        { minLength: 1, maxLength: 6 },
      ),
      numericSeed: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
      rows: fc.array(
        fc.oneof(
          { weight: 12, arbitrary: fc.array(cellText(maxLength), { minLength: 1, maxLength: 8 }) },
          { weight: 1, arbitrary: fc.constant(null) },
        ),
        { maxLength: maxRows },
      ),
      terminators: fc.array(fc.constantFrom<Terminator>('\n', '\r\n', '\r'), { minLength: 1, maxLength: 4 }),
      quoteAll: fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
      bom: fc.boolean(),
      finalNewline: fc.boolean(),
    })
    .map(({ delimiter, header, numericSeed, rows, ...choices }) => {
      // Rows mostly as wide as the header, so most cells land in a column; ragged ones stay possible.
      const width = header.length;
      const shaped = rows.map((row, r) =>
        row === null ? null : r % 3 === 2 ? row : Array.from({ length: width }, (_, j) => row[j] ?? ''),
      );
      const numeric = header.map((_, j) => numericSeed[j]!);
      return write(header, shaped, delimiter, numeric, choices);
    })
    // NaN and the infinities pass any bounds, so a numeric column could not show them.
    .filter(
      (t) =>
        !t.rows.some((row) => row?.some((cell, j) => t.numeric[j] && /^-?(NaN|INF|Infinity)$/.test(cell))),
    );

// ---------------------------------------------------------------------------------------------------------
// What each reader says the file holds.

interface Seen {
  readonly rows: number;
  readonly cells: readonly string[];
}

/** The generated cells: one is never the enum value of a string column. */
const NEVER = 'x'.repeat(200);

const schemaFor = (t: Written) => ({
  path: 'schema.json',
  sha256: '0'.repeat(64),
  ...compileSchema(
    {
      missingValues: [],
      fields: t.header.map((name, j) =>
        t.numeric[j]
          ? { name, type: 'number', constraints: { minimum: 0, maximum: -1 } }
          : { name, type: 'string', constraints: { enum: [NEVER] } },
      ),
    },
    'schema.json',
  ),
});

/** One line per expected error, normalised: the cell errors' code depends on the column's type. */
const entry = (row: number, field: string | null, code: string, value: string | null): string =>
  JSON.stringify([row, field, code === 'type-error' || code === 'constraint-error' ? 'cell' : code, value]);

/** How the report shows a value (ValidationError.value): at most 80 characters. */
const shown = (value: string): string => (value.length > 80 ? `${value.slice(0, 80)}…` : value);

function expected(t: Written): Seen {
  const records = referenceParse(t.bytes.toString('utf8'), t.delimiter);
  const [head, ...data] = records;
  const names = head!.cells!.map((c) => c.value);
  const cells: string[] = [];
  for (const record of data) {
    if (record.cells === null) {
      cells.push(entry(record.line, null, 'blank-row', null));
      continue;
    }
    record.cells.slice(0, names.length).forEach((cell, j) => {
      cells.push(entry(cell.line, names[j]!, 'cell', shown(cell.value)));
    });
    if (record.cells.length < names.length)
      cells.push(entry(record.line, names[record.cells.length]!, 'missing-cell', null));
    if (record.cells.length > names.length) cells.push(entry(record.line, null, 'extra-cell', null));
  }
  return { rows: data.length, cells: cells.sort() };
}

/** The worker path, through one pool for every run (starting workers is what costs). */
async function readInParallel(
  t: Written,
  pool: RangeWorkerPool,
  csv: Pick<CsvOptions, 'chunkBytes' | 'blockBytes'>,
): Promise<Seen> {
  const path = join(dir, `table-${++counter}.csv`);
  writeFileSync(path, t.bytes);
  const outcome = await validateCsvFile({
    path,
    displayPath: 'table.csv',
    plan: schemaFor(t).plan,
    pool,
    options: {
      ...DEFAULT_CSV_OPTIONS,
      ...csv,
      parallelThresholdBytes: 0,
      delimiter: t.delimiter,
      maxExamplesPerColumn: Number.MAX_SAFE_INTEGER,
    },
  });
  rmSync(path);
  expect(outcome.stoppedAt).toBeNull();
  expect(outcome.examples.length).toBe(outcome.errorCount);
  return {
    rows: outcome.rows,
    cells: outcome.examples.map((e) => entry(e.row!, e.field, e.code, e.value)).sort(),
  };
}

async function readByMlgate(t: Written, options: Partial<ValidateOptions>): Promise<Seen> {
  const path = join(dir, `table-${++counter}.csv`);
  writeFileSync(path, t.bytes);
  const report = await validateData([{ path, displayPath: 'table.csv' }], schemaFor(t), {
    format: 'csv',
    delimiter: t.delimiter,
    maxErrors: Number.MAX_SAFE_INTEGER,
    examplesPerColumn: Number.MAX_SAFE_INTEGER,
    ...options,
  });
  rmSync(path);
  expect(report.files[0]!.stoppedAt).toBeUndefined();
  expect(report.errors.length).toBe(report.errorCount);
  return {
    rows: report.rows,
    cells: report.errors.map((e) => entry(e.row!, e.field, e.code, e.value)).sort(),
  };
}

/** Round trip of the generator through the reference: if this fails, the test is wrong, not mlgate. */
function referenceReadsBack(t: Written): void {
  const records = referenceParse(t.bytes.toString('utf8'), t.delimiter);
  expect(records.map((r) => r.cells?.map((c) => c.value) ?? null)).toEqual([t.header, ...t.rows]);
}

/** A table as written by hand (for the counterexamples kept as regression cases). */
const literal = (text: string, delimiter = ',', numeric: readonly boolean[] = []): Written => {
  const [head] = referenceParse(text, delimiter);
  const header = head!.cells!.map((c) => c.value);
  return {
    header,
    rows: [],
    delimiter,
    numeric: header.map((_, j) => numeric[j] ?? false),
    bytes: Buffer.from(text, 'utf8'),
  };
};

describe('the CSV reader agrees with a reference RFC 4180 parser', () => {
  it.each([
    // Found by the property: a blank line ended by a bare CR was read as a row of one empty cell.
    ['a blank line ended by a bare CR', 'a,b\r\r1,2\r'],
    ['a blank line ended by a bare CR between LF lines', 'a\n\r"x"\n'],
    // Found by the property: TextDecoder drops a leading U+FEFF by default, so a cell or header name that
    // starts with one (anywhere but the file's first bytes, where it is the BOM) lost it.
    ['a cell starting with U+FEFF', 'a,b\n\uFEFFx,"\uFEFF"\n'],
    ['a header name starting with U+FEFF', 'a,\uFEFFb\n1,2\n'],
  ])('on %s', async (_, text) => {
    const t = literal(text);
    expect(await readByMlgate(t, { workers: 1 })).toEqual(expected(t));
  });

  it.each([
    // Found by the property: the spellings of NaN and the infinities were looked up on a plain object, so
    // "toString", "valueOf" or "constructor" found Object.prototype's functions and passed as numbers.
    [
      '"toString", "valueOf", "constructor" and "__proto__" in a number column',
      'n\ntoString\nvalueOf\nconstructor\n__proto__\n',
    ],
  ])('on %s', async (_, text) => {
    const t = literal(text, ',', [true]);
    expect(await readByMlgate(t, { workers: 1 })).toEqual(expected(t));
  });

  // Found by the property (it hung): a block that starts with a quoted field holding a newline and ends
  // before the closing quote made findSafeEnd call lastIndexOf(NL, -1), which searches from the END of the
  // buffer, so it found the same newline forever.
  it('on a quoted multi-line field that opens a block and outlasts it', async () => {
    const t = literal('a|b\n"\n|.1é"|x\n', '|');
    expect(await readByMlgate(t, { workers: 1, csv: { blockBytes: 7 } })).toEqual(expected(t));
  });

  it('on a 300 kB multi-line quoted first cell, with the default block size', async () => {
    const t = literal(`a,b\n"${'x\n'.repeat(150_000)}",1\n`);
    expect(await readByMlgate(t, { workers: 1 })).toEqual(expected(t));
  });

  it('on one thread, whatever the block and chunk sizes', async () => {
    await fc.assert(
      fc.asyncProperty(
        tableArb(12, 40),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 300 }),
        async (t, blockBytes, chunkBytes) => {
          referenceReadsBack(t);
          const seen = await readByMlgate(t, { workers: 1, csv: { blockBytes, chunkBytes } });
          expect(seen).toEqual(expected(t));
        },
      ),
      { numRuns: 1500 },
    );
  });

  describe('in worker threads, on chunks cut anywhere', () => {
    const pool = new RangeWorkerPool(2);
    afterAll(() => pool.close());

    it('reads the same cells on the same lines', async () => {
      await fc.assert(
        fc.asyncProperty(
          tableArb(40, 40),
          fc.integer({ min: 1, max: 64 }),
          fc.integer({ min: 1, max: 200 }),
          async (t, blockBytes, chunkBytes) => {
            expect(await readInParallel(t, pool, { blockBytes, chunkBytes })).toEqual(expected(t));
          },
        ),
        { numRuns: 500 },
      );
    });
  });
});
