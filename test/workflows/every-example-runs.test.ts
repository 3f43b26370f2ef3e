import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { glob } from 'tinyglobby';
import { root } from './workflow-world.js';

// A new example workflow must come with a scenario here that runs it: the examples are only copy-ready
// while each one is run end to end.
describe('the example workflows', () => {
  it('are each run by a scenario in test/workflows', async () => {
    const examples = await glob('workflows-examples/*.yml', { cwd: root });
    const scenarios = await glob('test/workflows/*-workflows.test.ts', { cwd: root });
    const sources = (
      await Promise.all(scenarios.map((file) => readFile(path.join(root, file), 'utf8')))
    ).join('\n');
    const run = new Set([...sources.matchAll(/world\.run\('([\w.-]+\.yml)'/g)].map((match) => match[1]));
    expect(examples.map((file) => path.basename(file)).filter((file) => !run.has(file))).toEqual([]);
    expect(examples.length).toBe(10);
  });
});
