import { describe, expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { UserError } from '../user-error.js';
import type { MetricMap } from './metric-collector.js';
import { loadMetricsFiles, parseMetricsText } from './metrics-loader.js';

const fixtures = fileURLToPath(new URL('../../../../test/fixtures/metrics/', import.meta.url));
const load = (files: string[], namespace?: 'auto' | 'stem' | 'none') =>
  loadMetricsFiles(files, { cwd: fixtures, ...(namespace ? { namespace } : {}) });
const values = (metrics: MetricMap) =>
  Object.fromEntries([...metrics].map(([name, metric]) => [name, metric.value]));

async function userError(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('metrics files', () => {
  it('flattens nested JSON to dotted names, arrays by index, keeping text and booleans as information', async () => {
    const metrics = await load(['nested.json']);
    expect(values(metrics)).toEqual({
      accuracy: { type: 'number', value: 0.91 },
      loss: { type: 'number', value: 0.23 },
      model: { type: 'text', value: 'resnet50' },
      converged: { type: 'boolean', value: true },
      'per_class.cat.precision': { type: 'number', value: 0.9 },
      'per_class.cat.recall': { type: 'number', value: 0.85 },
      'per_class.dog.precision': { type: 'number', value: 0.88 },
      'per_class.dog.recall': { type: 'number', value: 0.8 },
      'history.0': { type: 'number', value: 0.5 },
      'history.1': { type: 'number', value: 0.7 },
      'history.2.epoch': { type: 'number', value: 3 },
    });
    expect(metrics.get('per_class.dog.recall')).toMatchObject({ file: 'nested.json', line: 8 });
  });

  it("reads Python json.dumps' bare NaN and Infinity tokens and the same spellings as strings", async () => {
    expect(values(await load(['python-nan.json']))).toEqual({
      loss: { type: 'nan' },
      grad_norm: { type: 'infinity', sign: 1 },
      margin: { type: 'infinity', sign: -1 },
      accuracy: { type: 'nan' },
      perplexity: { type: 'infinity', sign: 1 },
      skipped: { type: 'null' },
      'nested.values.0': { type: 'number', value: 1.5 },
      'nested.values.1': { type: 'nan' },
      'nested.values.2': { type: 'infinity', sign: -1 },
    });
  });

  it('reads YAML with .nan, .inf, null and quoted numbers', async () => {
    expect(values(await load(['metrics.yaml']))).toEqual({
      accuracy: { type: 'number', value: 0.91 },
      loss: { type: 'nan' },
      throughput: { type: 'infinity', sign: 1 },
      'per_class.cat.recall': { type: 'number', value: 0.85 },
      'per_class.dog.recall': { type: 'number', value: 0.8 },
      notes: { type: 'text', value: 'trained on the full set' },
      checkpoint: { type: 'null' },
    });
  });

  it('reads long CSV with a header, typing each cell by its text', async () => {
    expect(values(await load(['long.csv']))).toEqual({
      accuracy: { type: 'number', value: 0.91 },
      f1: { type: 'number', value: 0.88 },
      loss: { type: 'nan' },
      dataset: { type: 'text', value: 'imagenet' },
      converged: { type: 'boolean', value: true },
      latency_ms: { type: 'null' },
    });
  });

  it('reads wide CSV (one header row, one value row) with quoted cells, and long TSV', async () => {
    expect(values(await load(['wide.csv']))).toEqual({
      accuracy: { type: 'number', value: 0.91 },
      f1: { type: 'number', value: 0.88 },
      loss: { type: 'infinity', sign: -1 },
      model: { type: 'text', value: 'resnet, v2' },
    });
    expect(values(await load(['long.tsv']))).toEqual({
      accuracy: { type: 'number', value: 0.91 },
      loss: { type: 'number', value: 0.2 },
    });
  });

  it('reads headerless name,value rows as long, even when there are only two', () => {
    expect(values(parseMetricsText('accuracy,0.9\nloss,0.1\n', 'm.csv'))).toEqual({
      accuracy: { type: 'number', value: 0.9 },
      loss: { type: 'number', value: 0.1 },
    });
  });

  it('keeps full precision', () => {
    const metrics = parseMetricsText(
      '{"a": 0.30000000000000004, "b": 1e-300, "c": 123456789012345}',
      'p.json',
    );
    expect(values(metrics)).toEqual({
      a: { type: 'number', value: 0.30000000000000004 },
      b: { type: 'number', value: 1e-300 },
      c: { type: 'number', value: 123456789012345 },
    });
  });

  it('refuses "0.9x", naming the file, the key and the line', async () => {
    const error = await userError(load(['bad-value.json']));
    expect(error.message).toBe('metric \'f1\': value "0.9x" is not a number (a number with a suffix)');
    expect(error.location).toEqual({ file: 'bad-value.json', line: 3, column: 9 });
  });

  it('refuses empty files', async () => {
    expect((await userError(load(['empty.json']))).message).toBe('the file is empty');
    expect((await userError(load(['empty.csv']))).location).toEqual({ file: 'empty.csv', line: 1 });
  });

  it('reports an unparsable file as one line with file:line:column', async () => {
    const error = await userError(load(['unparsable.json']));
    expect(error.message).toBe('not valid JSON: expected a quoted key');
    expect(error.location).toEqual({ file: 'unparsable.json', line: 3, column: 15 });
  });

  it('reads decimal text too large for a double as infinity, never as a number', () => {
    expect(values(parseMetricsText('{"a": 1e400, "b": "-1e400"}', 'big.json'))).toEqual({
      a: { type: 'infinity', sign: 1 },
      b: { type: 'infinity', sign: -1 },
    });
    expect(values(parseMetricsText('a,1e400\n', 'big.csv'))).toEqual({ a: { type: 'infinity', sign: 1 } });
  });

  it('refuses nesting deeper than 100 levels where it is crossed, in JSON and YAML', () => {
    const json = `{"a":\n${'{"x":'.repeat(5000)}1${'}'.repeat(5000)}}`;
    expect(() => parseMetricsText(json, 'deep.json')).toThrow('nested deeper than 100 levels');
    const error = (() => {
      try {
        parseMetricsText(json, 'deep.json');
      } catch (caught) {
        return caught as UserError;
      }
      return undefined;
    })();
    expect(error?.location).toEqual({ file: 'deep.json', line: 2, column: 496 });
    expect(() => parseMetricsText(`a: ${'['.repeat(150)}${']'.repeat(150)}\n`, 'deep.yaml')).toThrow(
      'nested deeper than 100 levels',
    );
  });

  it('refuses a name reached twice within one file', () => {
    expect(() => parseMetricsText('{"a.b": 1,\n"a": {"b": 2}}', 'twice.json')).toThrow(
      "metric 'a.b' appears twice in this file (first on line 1)",
    );
  });

  it('reports a missing file and an unknown extension', async () => {
    expect((await userError(load(['nope.json']))).message).toBe('no such metrics file');
    expect(() => parseMetricsText('a: 1', 'metrics.txt')).toThrow("cannot tell the format of a '.txt' file");
  });
});

describe('several metrics files', () => {
  it('keeps names as they are when no name is in two files (auto)', async () => {
    const metrics = await load(['dup-a.json', 'train.yaml']);
    expect([...metrics.keys()]).toEqual(['accuracy', 'loss', 'train_loss', 'epochs']);
    expect(metrics.get('epochs')).toMatchObject({ file: 'train.yaml', line: 2 });
  });

  it('prefixes every metric of every file with its stem once any name collides (auto)', async () => {
    const metrics = await load(['dup-a.json', 'dup-b.json', 'train.yaml']);
    expect([...metrics.keys()]).toEqual([
      'dup-a.accuracy',
      'dup-a.loss',
      'dup-b.f1',
      'dup-b.accuracy',
      'train.train_loss',
      'train.epochs',
    ]);
  });

  it('refuses the same metric in two files when namespacing is off, naming both files', async () => {
    const error = await userError(load(['dup-a.json', 'dup-b.json'], 'none'));
    expect(error.message).toBe(
      "metric 'accuracy' is in both dup-a.json (line 1) and dup-b.json (line 3); set metrics.namespace to 'stem' or 'auto' to prefix each metric with its file's name",
    );
    expect(error.location).toEqual({ file: 'dup-b.json', line: 3 });
  });

  it('always prefixes under stem, and refuses two files with one stem', async () => {
    expect([...(await load(['dup-b.json'], 'stem')).keys()]).toEqual(['dup-b.f1', 'dup-b.accuracy']);
    const error = await userError(load(['long.csv', 'long.tsv'], 'stem'));
    expect(error.message).toContain("long.csv and long.tsv have the same name 'long'");
  });
});
