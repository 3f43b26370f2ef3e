import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ActionRun } from '@mlgate/runner-harness';
import {
  COMPARE_FIXTURES,
  METRICS_FIXTURES,
  commit,
  pullRequest,
  runCompare,
  startWorld,
  type World,
} from './compare-metrics-world.js';

let world: World;

beforeAll(async () => {
  world = await startWorld({ services: false });
});

afterAll(async () => {
  await world?.close();
});

async function run(files: Record<string, string>, inputs: Record<string, string>): Promise<ActionRun> {
  return runCompare(world, {
    event: pullRequest(40, commit('bad-input-head'), commit('main')),
    workspace: await world.workspace('baseline.json', files),
    inputs,
    noCache: true,
  });
}

function expectOneError(result: ActionRun, expected: { file: string; line: number; message: RegExp }): void {
  expect(result.exitCode).toBe(2);
  const errors = result.annotations.filter((annotation) => annotation.level === 'error');
  expect(errors).toEqual([
    expect.objectContaining({
      file: expected.file,
      line: expected.line,
      message: expect.stringMatching(expected.message),
    }),
  ]);
  const output = [...result.log, result.stderr].join('\n');
  expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(output).not.toContain('internal error');
  expect(result.outputs).toEqual({});
}

describe('compare-metrics refuses bad input with one annotation at the file and line, exit 2', () => {
  it('an unparsable metrics file', async () => {
    const result = await run(
      { 'eval/unparsable.json': await readFile(path.join(METRICS_FIXTURES, 'unparsable.json'), 'utf8') },
      { metrics: 'eval/unparsable.json', baseline: 'file:metrics.json' },
    );
    expectOneError(result, { file: 'eval/unparsable.json', line: 3, message: /JSON|unexpected|expected/i });
  });

  it('a misspelt policy key', async () => {
    const result = await run(
      { 'policy.yml': await readFile(path.join(COMPARE_FIXTURES, 'policy-misspelt.yml'), 'utf8') },
      { metrics: 'metrics.json', config: 'policy.yml', baseline: 'file:metrics.json' },
    );
    expectOneError(result, { file: 'policy.yml', line: 5, message: /tolerence/ });
  });

  it('a baseline input that names no store', async () => {
    const result = await run({}, { baseline: 'artifact:main' });
    expect(result.exitCode).toBe(2);
    expect(result.annotations).toEqual([
      expect.objectContaining({
        level: 'error',
        message: "input 'baseline' is 'artifact:main'; expected cache, release, git:<ref> or file:<path>",
      }),
    ]);
  });

  it('a glob that matches nothing names the input', async () => {
    const result = await run({}, { metrics: 'eval/*.json' });
    expect(result.exitCode).toBe(2);
    expect(result.annotations.map((annotation) => annotation.message)).toEqual([
      "input 'metrics': 'eval/*.json' matches no file",
    ]);
  });
});
