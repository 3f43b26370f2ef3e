import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runCli } from '@mlgate/cli';
import { exportBug, nextSeason } from '../../scripts/demo/scenarios.js';

// The demo's changes to the penguins' data (scripts/demo/scenarios.ts) are what the story says they are,
// judged by the project's own schema: the broken export breaks exactly the rows it names, the next
// season's export is valid data of another shape.
const project = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'penguins');
let scratch: string;
let committed: string;

async function validate(csv: string): Promise<{ code: number; report: ValidationJson }> {
  const dir = await mkdtemp(path.join(scratch, 'ws-'));
  await cp(project, dir, { recursive: true, filter: (source) => !/[/\\](out|model)$/.test(source) });
  await writeFile(path.join(dir, 'data/penguins.csv'), csv);
  let stdout = '';
  const code = await runCli(['validate', '--json'], {
    cwd: dir,
    stdout: (t) => (stdout += t),
    stderr: () => {},
  });
  return { code, report: JSON.parse(stdout) as ValidationJson };
}

interface ValidationJson {
  readonly errorCount: number;
  readonly errorsByCode: Readonly<Record<string, number>>;
  readonly errors: readonly { readonly field?: string; readonly code: string }[];
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'mlgate-demo-scenarios-'));
  committed = await readFile(path.join(project, 'data/penguins.csv'), 'utf8');
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("the demo's data scenarios", () => {
  it("the broken export: Dream's 124 masses in kilograms and four flipper lengths 'NA', every one caught", async () => {
    const { code, report } = await validate(exportBug(committed));
    expect(code).toBe(1);
    expect(report.errorCount).toBe(124 + 4);
    // Dream's masses are 2.7 to 4.8 kg: 'not an integer', and the few whole kilograms under the minimum.
    expect(report.errorsByCode).toEqual({ 'type-error': 124, 'constraint-error': 4 });
    expect(new Set(report.errors.map((error) => error.field))).toEqual(
      new Set(['body_mass_g', 'flipper_length_mm']),
    );
  });

  it("the next season's export: only Biscoe's 168 birds, and valid", async () => {
    const csv = nextSeason(committed);
    expect(csv.trimEnd().split('\n')).toHaveLength(1 + 168);
    expect((await validate(csv)).code).toBe(0);
  });
});
