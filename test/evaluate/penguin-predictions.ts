// The penguins' sex predictions (167 test examples, test/fixtures/evaluate/binary-sex.csv) that the actions'
// evaluation tests feed through the runner, and the two things they need around them: a model that gets a
// given number of the examples wrong that the fixture gets right, and the evaluation report a run wrote.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReport } from '@mlgate/engine';
import type { EvaluationReport } from '@mlgate/engine';
import type { ActionRun } from '@mlgate/runner-harness';

export const PENGUIN_PREDICTIONS = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'evaluate',
  'binary-sex.csv',
);

/** How many examples the fixture holds: a change of one example is 1/167 of accuracy. */
export const PENGUIN_EXAMPLES = 167;

/** The fixture's lines: header `id,label,prediction,…`, then one example a line. */
export async function penguinPredictionLines(): Promise<string[]> {
  return (await readFile(PENGUIN_PREDICTIONS, 'utf8')).split('\n');
}

/** The predictions with the first `count` correctly predicted rows turned to the other class. */
export function flipped(lines: readonly string[], count: number): string {
  let left = count;
  const out = lines.map((line, index) => {
    if (index === 0 || left === 0 || line === '') return line;
    const cells = line.split(',');
    if (cells[1] !== cells[2]) return line;
    left -= 1;
    cells[2] = cells[2] === 'MALE' ? 'FEMALE' : 'MALE';
    return cells.join(',');
  });
  if (left !== 0) throw new Error(`only ${count - left} of the examples are predicted correctly`);
  return out.join('\n');
}

/** The `mlgate/evaluation@1` report among the run's `reports` output. */
export async function evaluationOf(run: ActionRun): Promise<EvaluationReport> {
  const file = (run.outputs['reports'] ?? '').split('\n').find((f) => /evaluation-[^/]*\.json$/.test(f));
  if (file === undefined) throw new Error(`no evaluation report in: ${run.outputs['reports']}`);
  const report = parseReport(await readFile(file, 'utf8'), file);
  if (report.kind !== 'mlgate/evaluation@1') throw new Error(`${file} is ${report.kind}`);
  return report;
}
