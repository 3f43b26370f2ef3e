import { createWriteStream, existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The benchmark dataset: 20 columns (1 string id with a pattern, 8 floats with some nulls, 6 ints, 4 categorical,
 * 1 ISO date) and a few hundred planted violations, one cell each, so every validator must count the same number.
 * Deterministic (a seeded PRNG), so the same size always gives the same file and the same expected count.
 */
export const BENCH_DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), 'data');

export const CATEGORIES: readonly (readonly string[])[] = [
  ['red', 'green', 'blue', 'yellow'],
  ['train', 'test', 'validation'],
  ['cat', 'dog', 'bird', 'fish', 'horse', 'cow'],
  ['low', 'medium', 'high'],
];
export const FLOAT_RANGE = { minimum: -1000, maximum: 1000 } as const;
export const INT_RANGE = { minimum: 0, maximum: 1_000_000 } as const;
export const DATE_RANGE = { minimum: '2000-01-01', maximum: '2030-12-31' } as const;
export const ID_PATTERN = '^ID-[0-9]{9}$';

export const COLUMNS: readonly string[] = [
  'id',
  ...Array.from({ length: 8 }, (_, i) => `f${i + 1}`),
  ...Array.from({ length: 6 }, (_, i) => `i${i + 1}`),
  ...Array.from({ length: 4 }, (_, i) => `c${i + 1}`),
  'day',
];

/** The Table Schema mlgate validates the benchmark file against (the references check the same constraints). */
export function benchTableSchema(): Record<string, unknown> {
  return {
    fields: [
      { name: 'id', type: 'string', constraints: { required: true, unique: true, pattern: ID_PATTERN } },
      ...Array.from({ length: 8 }, (_, i) => ({
        name: `f${i + 1}`,
        type: 'number',
        constraints: { ...FLOAT_RANGE },
      })),
      ...Array.from({ length: 6 }, (_, i) => ({
        name: `i${i + 1}`,
        type: 'integer',
        constraints: { required: true, ...INT_RANGE },
      })),
      ...CATEGORIES.map((values, i) => ({
        name: `c${i + 1}`,
        type: 'string',
        constraints: { enum: values },
      })),
      { name: 'day', type: 'date', constraints: { ...DATE_RANGE } },
    ],
  };
}

/** Writes a schema (the bench's by default) into bench/data for the commands to read; returns its path. */
export function writeBenchSchema(name = 'bench.schema.json', schema = benchTableSchema()): string {
  mkdirSync(BENCH_DATA_DIR, { recursive: true });
  const path = join(BENCH_DATA_DIR, name);
  writeFileSync(path, JSON.stringify(schema, null, 2));
  return path;
}

/** mulberry32: small, fast, good enough to make a reproducible dataset. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every planted violation breaks exactly one cell in exactly one way. */
const VIOLATIONS: readonly ((row: string[], r: number) => void)[] = [
  (row: string[]) => (row[1 + 8] = 'abc'), // type error in i1
  (row: string[]) => (row[1 + 8 + 1] = ''), // required i2 missing
  (row: string[]) => (row[1 + 2] = '5000.5'), // f3 above maximum
  (row: string[]) => (row[1 + 8 + 6] = 'purple'), // c1 not in enum
  (row: string[]) => (row[19] = '2021-02-30'), // not a date
  (row: string[]) => (row[19] = '1999-12-31'), // date below minimum
  (row: string[], r: number) => (row[0] = `XX-${r}`), // id pattern (still unique)
  (row: string[]) => (row[1 + 8 + 3] = '-7'), // i4 below minimum
  (row: string[]) => (row[1 + 4] = '1.5x'), // f5 not a number
];
const DUPLICATE_EVERY = 10; // every 9th planted violation is a duplicate id instead

export interface GeneratedData {
  readonly path: string;
  readonly rows: number;
  readonly bytes: number;
  readonly plantedViolations: number;
}

export async function generateBenchCsv(rows: number, directory = BENCH_DATA_DIR): Promise<GeneratedData> {
  const violationEvery = Math.max(1, Math.floor(rows / 300));
  const planted = countPlanted(rows);
  const path = join(directory, `bench-${rows}.csv`);
  if (existsSync(path))
    return { path, rows, bytes: statSync(path).size, plantedViolations: countPlanted(rows) };
  mkdirSync(directory, { recursive: true });
  const random = prng(42);
  const out = createWriteStream(`${path}.partial`);
  out.write(`${COLUMNS.join(',')}\n`);
  let lines: string[] = [];
  let plantedSoFar = 0;
  for (let r = 0; r < rows; r++) {
    const row: string[] = new Array<string>(20);
    row[0] = `ID-${String(r).padStart(9, '0')}`;
    for (let f = 0; f < 8; f++) {
      row[1 + f] = random() < 0.05 ? '' : ((random() * 2 - 1) * 999).toFixed(3 + (f % 3));
    }
    for (let i = 0; i < 6; i++) row[9 + i] = String(Math.floor(random() * 1_000_000));
    for (let c = 0; c < 4; c++) {
      const values = CATEGORIES[c]!;
      row[15 + c] = values[Math.floor(random() * values.length)]!;
    }
    const day = new Date(Date.UTC(2000, 0, 1) + Math.floor(random() * 11_000) * 86_400_000);
    row[19] = day.toISOString().slice(0, 10);
    if (r > 0 && r % violationEvery === 0 && plantedSoFar < planted) {
      if (plantedSoFar % DUPLICATE_EVERY === DUPLICATE_EVERY - 1)
        row[0] = `ID-${String(r - 1).padStart(9, '0')}`;
      else VIOLATIONS[plantedSoFar % VIOLATIONS.length]!(row, r);
      plantedSoFar++;
    }
    lines.push(row.join(','));
    if (lines.length === 10_000) {
      if (!out.write(`${lines.join('\n')}\n`))
        await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      lines = [];
    }
  }
  if (lines.length > 0) out.write(`${lines.join('\n')}\n`);
  out.end();
  await finished(out);
  renameSync(`${path}.partial`, path);
  return { path, rows, bytes: statSync(path).size, plantedViolations: plantedSoFar };
}

function countPlanted(rows: number): number {
  const violationEvery = Math.max(1, Math.floor(rows / 300));
  let n = 0;
  for (let r = 1; r < rows; r++) if (r % violationEvery === 0 && n < Math.floor(rows / violationEvery)) n++;
  return n;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = Number(process.argv[2] ?? 2_000_000);
  const generated = await generateBenchCsv(rows);
  console.log(
    `${generated.path}: ${generated.rows} rows, ${generated.bytes} bytes, ${generated.plantedViolations} planted`,
  );
}
