import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { REPORT_OUTPUTS } from '@mlgate/engine';
import { ACTIONS, REPORTING_ACTIONS, SURFACE_OUTPUTS } from '@mlgate/github';
import { parse } from 'yaml';

// Code reads inputs and writes outputs through the named constants of actions/action-io.ts; these tests
// hold the constants and each action.yml to each other, both ways.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Manifest {
  readonly inputs?: Record<string, { default?: string }>;
  readonly outputs?: Record<string, unknown>;
}

describe.each(ACTIONS.map((action) => [action.dir, action] as const))('the %s action', (dir, action) => {
  const manifest = parse(readFileSync(path.join(repoRoot, dir, 'action.yml'), 'utf8')) as Manifest;

  it('declares exactly the inputs its code reads', () => {
    expect(Object.keys(manifest.inputs ?? {}).sort()).toEqual(Object.values(action.inputs).sort());
  });

  it('declares exactly the outputs its code sets, each one the publisher knows when it publishes reports', () => {
    expect(Object.keys(manifest.outputs ?? {}).sort()).toEqual(
      [...action.outputs, ...(action.ownOutputs ?? [])].sort(),
    );
    if (!REPORTING_ACTIONS.includes(action)) return;
    const known = [...Object.keys(REPORT_OUTPUTS), ...SURFACE_OUTPUTS];
    for (const output of action.outputs) expect(known).toContain(output);
  });

  it('offers the same fail-on values as every other door, defaulting to fail', () => {
    const failOn = manifest.inputs?.['fail-on'];
    if (failOn !== undefined) expect(failOn.default).toBe('fail');
  });
});
