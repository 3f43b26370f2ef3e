// A checkout of the penguins project for one step of the week: examples/penguins copied into a scratch
// folder, the step's data export written over the committed one, and the model trained there, live.
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFlags, train } from '../../examples/penguins/train.js';
import type { Scenario } from './scenarios.js';

export const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/penguins');
const DATA = 'data/penguins.csv';

export interface TrainedWorkspace {
  readonly dir: string;
  /** out/metrics.json's `cv` section: the out-of-fold metrics. */
  readonly cv: Readonly<Record<string, number>>;
  readonly trainMs: number;
}

export async function trainedWorkspace(scenario: Scenario, dir: string): Promise<TrainedWorkspace> {
  await cp(PROJECT, dir, {
    recursive: true,
    // A developer's local training output is not part of the checkout.
    filter: (source) => !/[/\\](out|model|__pycache__)$/.test(source),
  });
  if (scenario.data !== undefined) {
    const file = path.join(dir, DATA);
    await writeFile(file, scenario.data(await readFile(file, 'utf8')));
  }
  const started = Date.now();
  const result = train(parseFlags(scenario.flags, dir));
  return { dir, cv: result.metrics['cv'] as Record<string, number>, trainMs: Date.now() - started };
}
