/**
 * The scipy reference values for the drift statistics (test/fixtures/drift/scipy-reference.json, made by
 * make-reference.py next to it) and the samples they were computed on, selected here from the same
 * vega-datasets files with the same filters, so the TypeScript side computes on exactly scipy's values.
 * Test support only: nothing outside tests imports it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../../../', import.meta.url));

interface Condition {
  readonly column: string;
  readonly op: 'equals' | 'prefix' | 'lt' | 'gte';
  readonly value: string | number;
}

export interface SampleDescription {
  readonly file: string;
  readonly column: string;
  readonly where: readonly Condition[];
  readonly head?: number;
}

export interface NumericCase {
  readonly name: string;
  readonly kind: 'numeric';
  readonly reference: SampleDescription;
  readonly current: SampleDescription;
  readonly sizes: readonly [number, number];
  readonly ksPath: string;
  readonly ks: { readonly statistic: number; readonly pValue: number };
  readonly wasserstein: number;
  readonly normedWasserstein: number;
  readonly histogram: { readonly reference: number[]; readonly current: number[] };
  readonly jensenShannon: number;
  readonly psi: number;
}

export interface CategoricalCase {
  readonly name: string;
  readonly kind: 'categorical';
  readonly reference: SampleDescription;
  readonly current: SampleDescription;
  readonly counts: { readonly reference: Record<string, number>; readonly current: Record<string, number> };
  readonly chiSquared: {
    readonly statistic: number;
    readonly pValue: number;
    readonly degreesOfFreedom: number;
  };
  readonly lInfinity: number;
}

export interface DistributionPoint {
  readonly n: number;
  readonly x: number;
  readonly sf: number;
}

/** A whole column judged as Evidently judges it: the auto method, and every statistic that applies. */
export interface DriftCase {
  readonly name: string;
  readonly kind: 'numeric' | 'categorical';
  readonly reference: SampleDescription;
  readonly current: SampleDescription;
  readonly sizes: readonly [number, number];
  readonly distinct: number;
  readonly auto: string;
  readonly jensenShannon: number;
  readonly psi: number;
  readonly sturges?: { readonly edges: number[]; readonly reference: number[]; readonly current: number[] };
  readonly ks?: { readonly statistic: number; readonly pValue: number };
  readonly normedWasserstein?: number;
  readonly chiSquared?: { readonly statistic: number; readonly pValue: number };
  readonly zTest?: { readonly statistic: number; readonly pValue: number };
}

export interface ScipyReference {
  readonly scipy: string;
  readonly cases: readonly (NumericCase | CategoricalCase)[];
  readonly driftCases: readonly DriftCase[];
  readonly kstwoSurvival: readonly DistributionPoint[];
  readonly smirnovSurvival: readonly DistributionPoint[];
  readonly chiSquaredSurvival: readonly { statistic: number; degreesOfFreedom: number; sf: number }[];
}

export const scipyReference = JSON.parse(
  readFileSync(`${root}test/fixtures/drift/scipy-reference.json`, 'utf8'),
) as ScipyReference;

export const numericCases = scipyReference.cases.filter((c): c is NumericCase => c.kind === 'numeric');
export const categoricalCases = scipyReference.cases.filter(
  (c): c is CategoricalCase => c.kind === 'categorical',
);

type Row = Record<string, unknown>;
const tables = new Map<string, Row[]>();

function rows(file: string): Row[] {
  let table = tables.get(file);
  if (!table) {
    const text = readFileSync(`${root}node_modules/vega-datasets/data/${file}`, 'utf8');
    if (file.endsWith('.csv')) {
      // The vega CSVs used here have no quoted fields.
      const [header, ...lines] = text.trim().split('\n');
      const names = header!.split(',');
      table = lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [names[i]!, cell])));
    } else {
      table = JSON.parse(text) as Row[];
    }
    tables.set(file, table);
  }
  return table;
}

function passes(row: Row, { column, op, value }: Condition): boolean {
  const cell = row[column];
  switch (op) {
    case 'equals':
      return cell === value;
    case 'prefix':
      return typeof cell === 'string' && cell.startsWith(String(value));
    case 'lt':
      return cell !== null && cell !== undefined && Number(cell) < Number(value);
    case 'gte':
      return cell !== null && cell !== undefined && Number(cell) >= Number(value);
  }
}

function select(sample: SampleDescription): unknown[] {
  let selected = rows(sample.file).filter((row) => sample.where.every((condition) => passes(row, condition)));
  if (sample.head !== undefined) selected = selected.slice(0, sample.head);
  return selected.map((row) => row[sample.column]);
}

/** The sample's numbers, missing values (null, empty, NaN) dropped as the caller of a drift statistic must. */
export function numbers(sample: SampleDescription): number[] {
  return select(sample)
    .filter((cell) => cell !== null && cell !== undefined && cell !== '')
    .map(Number)
    .filter((value) => !Number.isNaN(value));
}

/** The sample's category counts, missing values (null, empty, '.') dropped. */
export function categoryCounts(sample: SampleDescription): Map<string, number> {
  const counts = new Map<string, number>();
  for (const cell of select(sample)) {
    if (cell === null || cell === undefined || cell === '' || cell === '.') continue;
    counts.set(String(cell), (counts.get(String(cell)) ?? 0) + 1);
  }
  return counts;
}

/** |actual - expected| <= tolerance · |expected| (and exact equality for 0). */
export function relativeError(actual: number, expected: number): number {
  if (actual === expected) return 0;
  return Math.abs(actual - expected) / Math.abs(expected);
}
