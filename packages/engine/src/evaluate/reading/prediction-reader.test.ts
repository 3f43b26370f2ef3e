import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../../user-error.js';
import { compareCodePoints, orderClasses } from './class-order.js';
import { readPredictions } from './prediction-reader.js';
import type { PredictionReadOptions } from './prediction-reader.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-predictions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
function file(extension: string, text: string): string {
  const path = join(dir, `p${counter++}.${extension}`);
  writeFileSync(path, text);
  return path;
}

const classification: PredictionReadOptions = { task: 'classification' };

/** The UserError a read throws, as its message and location. */
async function failure(path: string, options: PredictionReadOptions = classification) {
  try {
    await readPredictions(path, 'predictions', options);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { message: error.message, line: error.location?.line };
  }
  throw new Error('the read did not fail');
}

describe('class order, as numpy.unique sorts labels', () => {
  it('sorts number labels numerically and merges spellings of one number', () => {
    const order = orderClasses(['10', '9', '2', '2.0']);
    expect(order.classes).toEqual(['2', '9', '10']);
    expect([...order.indexOf]).toEqual([2, 1, 0, 0]);
  });

  it('sorts text labels by code point, also beyond the basic plane', () => {
    expect(orderClasses(['b', 'B', 'a', '10', '9']).classes).toEqual(['10', '9', 'B', 'a', 'b']);
    // UTF-16 puts U+1F600 (a surrogate pair) before U+FF5E; code points put it after, as numpy does.
    expect(['\u{1F600}', '\uFF5E'].sort(compareCodePoints)).toEqual(['\uFF5E', '\u{1F600}']);
  });
});

describe('reading predictions', () => {
  it('reads configured column names, probability columns in class order, and slices', async () => {
    const path = file(
      'csv',
      'key,truth,guess,p_10,p_9,p_2,region\nr1,9,9,0.1,0.8,0.1,north\nr2,10,2,0.3,0.1,0.6,\n"r,3",2,2,0,0,1,south\n',
    );
    const read = await readPredictions(path, 'p.csv', {
      task: 'classification',
      columns: { id: 'key', label: 'truth', prediction: 'guess', probabilityPrefix: 'p_' },
      slices: ['region'],
    });
    const columns = read.columns;
    if (columns.task !== 'classification') throw new Error('not classification');
    expect(columns.ids.texts()).toEqual(['r1', 'r2', 'r,3']);
    expect(columns.classes).toEqual(['2', '9', '10']);
    expect([...columns.label]).toEqual([1, 2, 0]);
    expect([...columns.prediction!]).toEqual([1, 0, 0]);
    expect([...columns.scores!]).toEqual([0.1, 0.8, 0.1, 0.6, 0.1, 0.3, 1, 0, 0]);
    expect(read.slices).toEqual([
      { name: 'region', values: ['north', 'south'], codes: Int32Array.from([0, -1, 1]) },
    ]);
  });

  it('reads regression targets from TSV and from a JSON array', async () => {
    const tsv = file('tsv', 'id\tlabel\tprediction\n1\t2.5\t3\n2\t-1e3\t0\n');
    const json = file(
      'json',
      '[{"id": 1, "label": 2.5, "prediction": 3}, {"id": 2, "label": -1e3, "prediction": 0}]',
    );
    for (const path of [tsv, json]) {
      const { columns } = await readPredictions(path, 'p', { task: 'regression' });
      expect(columns.ids.texts()).toEqual(['1', '2']);
      expect({ ...columns, ids: undefined }).toEqual({
        task: 'regression',
        ids: undefined,
        label: Float64Array.from([2.5, -1000]),
        prediction: Float64Array.from([3, 0]),
      });
    }
  });

  it('takes JSON numbers and text alike in JSON Lines, and skips blank lines', async () => {
    const path = file('jsonl', '{"id":1,"label":1,"score":0.7}\n\n{"id":"2","label":0,"score":0.2}\n');
    const read = await readPredictions(path, 'p.jsonl', classification);
    const columns = read.columns;
    if (columns.task !== 'classification') throw new Error('not classification');
    expect(columns.ids.texts()).toEqual(['1', '2']);
    expect(columns.classes).toEqual(['0', '1']);
    expect(columns.prediction).toBeUndefined();
    expect([...columns.scores!].map((v) => Math.round(v * 10) / 10)).toEqual([0.3, 0.7, 0.8, 0.2]);
  });
});

describe('bad predictions are a UserError naming the file and the row', () => {
  it('a missing column', async () => {
    expect(await failure(file('csv', 'id,prediction\na,1\n'))).toEqual({
      message: 'no label column "label" (columns: id, prediction)',
      line: undefined,
    });
  });

  it('a score that is not a number, on its line', async () => {
    const path = file('csv', 'id,label,score\na,1,0.5\nb,0,"0,4"\n');
    expect(await failure(path)).toEqual({ message: 'column "score": "0,4" is not a number', line: 3 });
  });

  it('NaN and infinities', async () => {
    expect(await failure(file('csv', 'id,label,score\na,1,NaN\n'))).toMatchObject({
      message: expect.stringContaining('is NaN'),
      line: 2,
    });
    const regression = { task: 'regression' } as const;
    expect(await failure(file('csv', 'id,label,prediction\na,1,2\nb,1,-inf\n'), regression)).toMatchObject({
      message: expect.stringContaining('is -Infinity'),
      line: 3,
    });
  });

  it('a probability outside [0, 1]', async () => {
    expect(await failure(file('csv', 'id,label,proba_a,proba_b\nx,a,1.2,-0.2\n'))).toEqual({
      message: 'column "proba_a" is 1.2: a probability lies in [0, 1]',
      line: 2,
    });
  });

  it('probabilities that do not sum to 1 (beyond numpy.allclose)', async () => {
    const path = file('csv', 'id,label,proba_a,proba_b\nx,a,0.5,0.5000001\ny,b,0.5,0.4\n');
    expect(await failure(path)).toEqual({ message: 'the probabilities sum to 0.9, not 1', line: 3 });
  });

  it('a duplicate id', async () => {
    const path = file(
      'jsonl',
      '{"id":"a","label":1,"prediction":1}\n{"id":"b","label":1,"prediction":1}\n{"id":"a","label":0,"prediction":1}\n',
    );
    expect(await failure(path)).toEqual({
      message:
        'duplicate id "a" in column "id" (first at row 1): ids pair predictions, so each must be unique',
      line: 3,
    });
  });

  it('a label without a probability column', async () => {
    const path = file('csv', 'id,label,proba_a,proba_b\nx,a,0.5,0.5\ny,c,0.5,0.5\n');
    expect(await failure(path)).toEqual({
      message: 'the label "c" has no probability column (one per class: proba_a, proba_b)',
      line: 3,
    });
  });

  it('a missing label, and a row cut short', async () => {
    expect(await failure(file('csv', 'id,label,prediction\na,,1\n'))).toEqual({
      message: 'column "label" has no value',
      line: 2,
    });
    expect(await failure(file('csv', 'id,label,prediction\na,1\n'))).toEqual({
      message: 'column "prediction" has no value',
      line: 2,
    });
  });

  it('a broken CSV record, at its line', async () => {
    const path = file('csv', 'id,label,prediction\na,1,1\nb,"1,1\n');
    expect(await failure(path)).toMatchObject({ message: expect.stringContaining('quote'), line: 3 });
  });

  it('a single score column with more than two classes', async () => {
    const path = file('csv', 'id,label,score\na,x,0.5\nb,y,0.5\nc,z,0.5\n');
    expect((await failure(path)).message).toContain('hold 3 classes');
  });

  it('in Parquet, by record number: there are no lines', async () => {
    const parquet = fileURLToPath(
      new URL('../../../../../test/fixtures/evaluate/duplicate-id.parquet', import.meta.url),
    );
    expect(await failure(parquet)).toEqual({
      message:
        'record 4: duplicate id "row-2" in column "id" (first at row 2): ids pair predictions, so each must be unique',
      line: undefined,
    });
  });

  it('a slice column with more distinct values than a report can show, where they run over', async () => {
    const rows = Array.from({ length: 1001 }, (_, i) => `r${i},1,1,v${i}`).join('\n');
    const path = file('csv', `id,label,prediction,region\n${rows}\n`);
    expect(await failure(path, { ...classification, slices: ['region'] })).toEqual({
      message: 'column "region" has more than 1000 distinct values: slice by a column of categories',
      line: 1002,
    });
  });

  it('a file without rows', async () => {
    expect((await failure(file('csv', 'id,label,prediction\n'))).message).toBe(
      'the file has no predictions (no data rows)',
    );
  });
});
