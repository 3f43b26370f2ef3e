import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { fileURLToPath } from 'node:url';
import { loadSchema } from '../schema/schema-file.js';
import { validateAndProfileData, validateData } from '../validate-data.js';
import type { ValidateOptions } from '../validate-data.js';

// A Parquet or Arrow file validated in pieces on worker threads gives the report one thread gives: repeats
// across row groups found, row numbers the file's, the row-count and null-fraction checks over the whole.
const fixtures = fileURLToPath(new URL('../../../../../test/fixtures/data/columnar/', import.meta.url));

/** Threads started while a test runs (Node announces each on this channel). */
let threadsStarted = 0;
const countThread = () => threadsStarted++;
beforeAll(() => {
  subscribe('worker_threads', countThread);
});
afterAll(() => {
  unsubscribe('worker_threads', countThread);
});

const SERIAL: Partial<ValidateOptions> = { workers: 1 };
/** Any size is worth threads, so the small fixtures take the parallel path. */
const threads = (count: number): Partial<ValidateOptions> => ({
  workers: count,
  pieceThreads: { minBytes: 0, maxThreads: count },
});

async function validate(schemaName: string, name: string, options: Partial<ValidateOptions>) {
  const schema = await loadSchema(`${fixtures}${schemaName}`, schemaName);
  const before = threadsStarted;
  const report = await validateData([{ path: `${fixtures}${name}`, displayPath: `data/${name}` }], schema, {
    format: 'auto',
    maxErrors: 100,
    examplesPerColumn: 20,
    now: () => new Date('2026-01-01T00:00:00Z'),
    ...options,
  });
  return { report, threads: threadsStarted - before };
}

describe.each([
  ['events.schema.json', 'events.parquet', 2],
  ['events.schema.json', 'events.parquet', 3],
  ['events.schema.json', 'events.arrow', 2],
  ['events.schema.json', 'events.arrow', 3],
  ['measurements.schema.json', 'measurements.parquet', 2],
  ['measurements.schema.json', 'measurements.arrow', 2],
])('%s over %s in pieces on %i worker threads', (schemaName, name, count) => {
  it('gives the report one thread gives', async () => {
    const serial = await validate(schemaName, name, SERIAL);
    expect(serial.threads).toBe(0);
    // events: repeats across row groups, too many rows, too many null scores; measurements: a wrong type.
    expect(Object.keys(serial.report.errorsByCode).sort()).toEqual(
      name.startsWith('events')
        ? ['constraint-error', 'null-fraction-error', 'row-count-error', 'unique-error']
        : ['constraint-error', 'schema-mismatch', 'unique-error'],
    );
    const parallel = await validate(schemaName, name, threads(count));
    expect(parallel.threads).toBe(count);
    expect(parallel.report).toEqual(serial.report);
  });
});

describe('a columnar file stays on one thread', () => {
  it('when it is an Arrow stream, which has no record batches to split by', async () => {
    const serial = await validate('measurements.schema.json', 'measurements.arrows', SERIAL);
    const tried = await validate('measurements.schema.json', 'measurements.arrows', threads(2));
    expect(tried.threads).toBe(0);
    expect(tried.report).toEqual(serial.report);
  });

  it('by default: pieceThreads.minBytes asks for threads', async () => {
    const tried = await validate('events.schema.json', 'events.parquet', { workers: 2 });
    expect(tried.threads).toBe(0);
  });

  it('when the run profiles it: a profile reads the batches in order', async () => {
    const schema = await loadSchema(`${fixtures}events.schema.json`, 'events.schema.json');
    const run = (options: Partial<ValidateOptions>) =>
      validateAndProfileData(
        [{ path: `${fixtures}events.parquet`, displayPath: 'data/events.parquet' }],
        schema,
        {
          format: 'auto',
          maxErrors: 100,
          examplesPerColumn: 20,
          now: () => new Date('2026-01-01T00:00:00Z'),
          ...options,
        },
        { mode: 'sketch', dataset: 'events' },
      );
    const serial = await run(SERIAL);
    const before = threadsStarted;
    const tried = await run(threads(2));
    expect(threadsStarted - before).toBe(0);
    expect(tried).toEqual(serial);
  });
});
