import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { runCli } from '@mlgate/cli';
import { lintMlgateUsage, lintWithOfficialParser, loadManifests } from '../../scripts/workflow-lint.js';

// `mlgate init` on a small project of real public data (vega-datasets' Seattle weather, split in two files
// of one folder, and its cars as JSON Lines), with a metrics file: the config it writes passes
// `mlgate validate` and `mlgate compare` unchanged, and it never replaces a file without --force.
const root = fileURLToPath(new URL('../..', import.meta.url));
const vega = join(root, 'node_modules/vega-datasets/data');
const scratch = mkdtempSync(join(tmpdir(), 'mlgate-cli-init-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let counter = 0;

async function mlgate(
  cwd: string,
  ...argv: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function write(dir: string, file: string, text: string): void {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), text);
}

/** A fresh copy of the project: what a repository holds before `mlgate init`. */
function project(): string {
  const dir = join(scratch, `project-${++counter}`);
  const [header, ...rows] = readFileSync(join(vega, 'seattle-weather.csv'), 'utf8').trimEnd().split('\n');
  write(dir, 'data/weather-2012-2013.csv', `${[header, ...rows.slice(0, 731)].join('\n')}\n`);
  write(dir, 'data/weather-2014-2015.csv', `${[header, ...rows.slice(731)].join('\n')}\n`);
  const cars = JSON.parse(readFileSync(join(vega, 'cars.json'), 'utf8')) as unknown[];
  write(dir, 'raw/cars.jsonl', cars.map((car) => JSON.stringify(car)).join('\n') + '\n');
  write(dir, 'out/metrics.json', JSON.stringify({ accuracy: 0.91, val: { loss: 0.31 }, n_train: 1096 }));
  // Not the project's data: dependencies, build output, hidden folders.
  for (const ignored of ['node_modules/dep/rows.csv', 'dist/rows.csv', '.cache/rows.csv'])
    write(dir, ignored, 'a,b\n1,2\n');
  return dir;
}

/** Every file under `dir` with its bytes and modification time: to show that nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    files[file.slice(dir.length + 1)] = `${statSync(file).mtimeMs} ${readFileSync(file, 'utf8')}`;
  }
  return files;
}

interface WrittenConfig {
  datasets: { name: string; path: string[]; schema: string }[];
  metrics: { files: string[]; rules: Record<string, { direction: string }> };
}

describe('mlgate init in a project with data and metrics', () => {
  const dir = project();
  let first: { code: number; stdout: string; stderr: string };

  it('writes mlgate.yml, a schema per dataset and the two workflows, and says what to edit', async () => {
    first = await mlgate(dir, 'init');
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toContain('mlgate init: wrote 5 files');
    expect(first.stdout).toContain(
      'schemas/data.schema.json            dataset data: 2 csv files, 6 columns',
    );
    expect(first.stdout).toContain('what to edit next:');
    expect(first.stdout).toMatch(/metrics\.rules: check each direction/);

    const text = readFileSync(join(dir, 'mlgate.yml'), 'utf8');
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=https://raw.githubusercontent.com/mlgate/mlgate/v1/schemas/mlgate.schema.json',
    );
    const config = parse(text) as WrittenConfig;
    // The two weather files share their columns: one dataset, named for its folder; nothing ignored leaks in.
    expect(config.datasets).toEqual([
      {
        name: 'data',
        path: ['data/weather-2012-2013.csv', 'data/weather-2014-2015.csv'],
        schema: 'schemas/data.schema.json',
      },
      { name: 'cars', path: ['raw/cars.jsonl'], schema: 'schemas/cars.schema.json' },
    ]);
    expect(config.metrics.files).toEqual(['out/metrics.json']);
    expect(config.metrics.rules).toEqual({
      accuracy: { direction: 'higher', tolerance: 0 },
      'val.loss': { direction: 'lower', tolerance: 0 },
    });
    // Cars lack some miles per gallon and horsepower: those columns are not required.
    const cars = JSON.parse(readFileSync(join(dir, 'schemas/cars.schema.json'), 'utf8')) as {
      fields: { name: string; type: string; constraints?: { required: boolean } }[];
    };
    const horsepower = cars.fields.find((field) => field.name === 'Horsepower');
    expect(horsepower).toEqual({ name: 'Horsepower', type: 'integer' });
  });

  it('the config passes mlgate validate and mlgate compare unchanged', async () => {
    const validated = await mlgate(dir, 'validate', '--json');
    expect(validated.code).toBe(0);
    const reports = JSON.parse(validated.stdout) as { verdict: string; totals?: unknown }[];
    expect(reports.map((report) => report.verdict)).toEqual(['pass', 'pass']);

    const compared = await mlgate(dir, 'compare', '--baseline', 'out/metrics.json', '--json');
    expect(compared.code).toBe(0);
    const report = JSON.parse(compared.stdout) as { metrics: { name: string; verdict: string }[] };
    expect(report.metrics.map((metric) => metric.name).sort()).toEqual(['accuracy', 'n_train', 'val.loss']);
  });

  it('the workflows pass the official parser and use the root action as its manifest allows, each with the least permissions', async () => {
    const manifests = await loadManifests(root, ['action.yml']);
    const expected = {
      'pull-request.yml': {
        on: { pull_request: null },
        permissions: { contents: 'read', 'pull-requests': 'write', checks: 'write' },
      },
      'main.yml': {
        on: { push: { branches: ['main'] } },
        permissions: { contents: 'read', checks: 'write' },
        concurrency: { 'cancel-in-progress': false },
      },
    };
    for (const [name, shape] of Object.entries(expected)) {
      const content = readFileSync(join(dir, '.github/workflows', name), 'utf8');
      expect(await lintWithOfficialParser(name, content)).toEqual([]);
      expect(lintMlgateUsage(name, content, manifests)).toEqual([]);
      expect(content).toContain('      - uses: mlgate/mlgate@v1\n');
      expect(parse(content)).toMatchObject(shape);
      expect((parse(content) as { permissions: object }).permissions).toEqual(shape.permissions);
    }
  });

  it('a second init without --force exits 2 naming every file there, and changes nothing', async () => {
    const before = snapshot(dir);
    const again = await mlgate(dir, 'init');
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(
      'mlgate init: mlgate.yml, schemas/data.schema.json, schemas/cars.schema.json, .github/workflows/pull-request.yml, .github/workflows/main.yml already exist: nothing was written (--force replaces them)\n',
    );
    expect(snapshot(dir)).toEqual(before);

    // All or nothing: with one file missing, the others still stop the run and the missing one stays missing.
    rmSync(join(dir, 'schemas/cars.schema.json'));
    expect((await mlgate(dir, 'init')).code).toBe(2);
    expect(readdirSync(join(dir, 'schemas'))).toEqual(['data.schema.json']);
  });

  it('--force replaces them and says so', async () => {
    writeFileSync(join(dir, 'mlgate.yml'), 'version: 1\n');
    const forced = await mlgate(dir, 'init', '--force');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('mlgate.yml                          the config (replaced)');
    expect(readFileSync(join(dir, 'mlgate.yml'), 'utf8')).toContain('datasets:');
    expect(readdirSync(join(dir, 'schemas')).sort()).toEqual(['cars.schema.json', 'data.schema.json']);
  });
});

describe('mlgate init: dry runs, globs and nothing to start from', () => {
  it('--dry-run prints every file it would write, and writes nothing', async () => {
    const dir = project();
    const before = snapshot(dir);
    const dry = await mlgate(dir, 'init', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('mlgate init: would write 5 files (--dry-run: nothing was written)');
    expect(dry.stdout).toContain('--- mlgate.yml\n# yaml-language-server: $schema=');
    expect(dry.stdout).toContain('--- .github/workflows/pull-request.yml\n');
    expect(dry.stdout).toContain('--- .github/workflows/main.yml\n');
    expect(snapshot(dir)).toEqual(before);

    const json = await mlgate(dir, 'init', '--dry-run', '--json');
    const listed = JSON.parse(json.stdout) as { dryRun: boolean; files: { path: string; text: string }[] };
    expect(listed.dryRun).toBe(true);
    expect(listed.files.map((file) => file.path)).toEqual([
      'mlgate.yml',
      'schemas/data.schema.json',
      'schemas/cars.schema.json',
      '.github/workflows/pull-request.yml',
      '.github/workflows/main.yml',
    ]);
    expect(snapshot(dir)).toEqual(before);
  });

  it('--data and --metrics take only the files named; files of one folder that differ are datasets of their own', async () => {
    const dir = project();
    write(dir, 'raw/other.jsonl', '{"id":1,"label":"a"}\n');
    write(dir, 'eval/metrics.yaml', 'f1: 0.8\nlatency_ms: 12\n');
    const result = await mlgate(dir, 'init', '--data', 'raw/*.jsonl', '--metrics', 'eval/metrics.yaml');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const config = parse(readFileSync(join(dir, 'mlgate.yml'), 'utf8')) as WrittenConfig;
    expect(config.datasets.map((dataset) => [dataset.name, dataset.path])).toEqual([
      ['cars', ['raw/cars.jsonl']],
      ['other', ['raw/other.jsonl']],
    ]);
    expect(config.metrics.rules).toEqual({
      f1: { direction: 'higher', tolerance: 0 },
      latency_ms: { direction: 'lower', tolerance: 0 },
    });
    expect((await mlgate(dir, 'validate')).code).toBe(0);
    expect((await mlgate(dir, 'compare', '--baseline', 'eval/metrics.yaml')).code).toBe(0);
  });

  it('files of one folder merge into one schema: integer and number give number, required only where every file has a value', async () => {
    const dir = join(scratch, `parts-${++counter}`);
    write(dir, 'parts/part-1.csv', 'id,x,note\n1,2,a\n2,3,b\n');
    write(dir, 'parts/part-2.csv', 'id,x,note\n3,2.5,\n4,7,c\n');
    expect((await mlgate(dir, 'init')).code).toBe(0);
    const schema = JSON.parse(readFileSync(join(dir, 'schemas/parts.schema.json'), 'utf8')) as unknown;
    expect(schema).toMatchObject({
      fields: [
        { name: 'id', type: 'integer', constraints: { required: true } },
        { name: 'x', type: 'number', constraints: { required: true } },
        { name: 'note', type: 'string' },
      ],
    });
    expect((await mlgate(dir, 'validate')).code).toBe(0);
  });

  it('the search is bounded: a folder deeper than the limit is not searched, and it says so', async () => {
    const dir = join(scratch, `deep-${++counter}`);
    write(dir, 'top.csv', 'a\n1\n');
    write(dir, `${'d/'.repeat(10)}deep.csv`, 'a\n1\n');
    const result = await mlgate(dir, 'init', '--dry-run', '--json');
    expect(result.stderr).toBe('mlgate init: folders deeper than 8 levels were not searched\n');
    const listed = JSON.parse(result.stdout) as { files: { path: string }[] };
    expect(listed.files.map((file) => file.path)).toEqual([
      'mlgate.yml',
      'schemas/top.schema.json',
      '.github/workflows/pull-request.yml',
      '.github/workflows/main.yml',
    ]);
  });

  it('a file it cannot infer from is skipped with a line; a --data file that is not data exits 2', async () => {
    const dir = project();
    write(dir, 'data/empty/rows.csv', '');
    const result = await mlgate(dir, 'init', '--dry-run');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^mlgate init: skipped data\/empty\/rows\.csv: .*empty/);
    execFileSync('mkfifo', [join(dir, 'data/pipe.csv')]);
    const fifo = await mlgate(dir, 'init', '--dry-run', '--data', 'data/pipe.csv', 'raw/cars.jsonl');
    expect(fifo).toMatchObject({
      code: 0,
      stderr: 'mlgate init: skipped data/pipe.csv: not a regular file\n',
    });
    const notData = await mlgate(dir, 'init', '--data', 'out/metrics.json');
    expect(notData.code).toBe(2);
    expect(notData.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('a folder with no data and no metrics (outside ignored folders) exits 2 with one line, writing nothing', async () => {
    const dir = join(scratch, `empty-${++counter}`);
    write(dir, 'node_modules/dep/rows.csv', 'a\n1\n');
    write(dir, 'README.md', '# nothing here\n');
    const result = await mlgate(dir, 'init');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^mlgate init: found no data files .*--data and --metrics\n$/);
    expect(readdirSync(dir).sort()).toEqual(['README.md', 'node_modules']);
  });

  it('mlgate --help lists init, and init --help its options', async () => {
    expect((await mlgate(scratch, '--help')).stdout).toMatch(/^ {2}init +start mlgate in a repository/m);
    const help = await mlgate(scratch, 'init', '--help');
    expect(help.stdout).toContain(
      'usage: mlgate init [--data <globs…>] [--metrics <globs…>] [--force] [--dry-run] [--json]',
    );
  });
});

describe('mlgate init: per-example predictions', () => {
  // The committed predictions of penguins' sex (test/fixtures/evaluate/binary-sex.csv): id, label,
  // prediction, scores and the island, as a training run writes them next to its metrics.
  const predictions = readFileSync(join(root, 'test/fixtures/evaluate/binary-sex.csv'), 'utf8');

  it('are evaluated against main (evaluate.predictions, rules with significance), not validated as data', async () => {
    const dir = project();
    write(dir, 'out/predictions.csv', predictions);
    const result = await mlgate(dir, 'init', '--json');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const listed = JSON.parse(result.stdout) as { files: { path: string }[]; next: string[] };
    expect(listed.files.map((file) => file.path)).not.toContain('schemas/predictions.schema.json');
    expect(listed.next.at(-1)).toContain('npx mlgate evaluate --predictions out/predictions.csv');
    const config = parse(readFileSync(join(dir, 'mlgate.yml'), 'utf8')) as WrittenConfig & {
      evaluate: unknown;
      metrics: { rules: Record<string, unknown> };
    };
    expect(config.evaluate).toEqual({ predictions: 'out/predictions.csv' });
    expect(config.datasets.map((dataset) => dataset.name)).toEqual(['data', 'cars']);
    expect(config.metrics.rules['accuracy']).toEqual({
      direction: 'higher',
      tolerance: 0,
      significance: { alpha: 0.05 },
    });
    expect(config.metrics.rules['log_loss']).toMatchObject({ direction: 'lower' });
    // The config works as written: the same predictions against themselves hold, and compare does not warn
    // that the predictions' rules match no metric of the metrics file.
    const evaluated = await mlgate(
      dir,
      'evaluate',
      '--predictions',
      'out/predictions.csv',
      '--baseline-predictions',
      'out/predictions.csv',
    );
    expect(evaluated).toMatchObject({ code: 0, stderr: '' });
    const compared = await mlgate(dir, 'compare', '--baseline', 'out/metrics.json', '--json');
    expect(compared.code).toBe(0);
    expect((JSON.parse(compared.stdout) as { warnings: unknown[] }).warnings).toEqual([]);
  });

  it('without an id column they stay data, with a line saying what to add', async () => {
    const dir = project();
    const withoutId = predictions
      .trimEnd()
      .split('\n')
      .map((line) => line.split(',').slice(1).join(','))
      .join('\n');
    write(dir, 'out/predictions.csv', `${withoutId}\n`);
    const result = await mlgate(dir, 'init', '--dry-run', '--json');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      'mlgate init: out/predictions.csv looks like per-example predictions but has no "id" column: add one to judge each change\'s significance against main\'s (evaluate.predictions)\n',
    );
    const listed = JSON.parse(result.stdout) as { files: { path: string }[] };
    expect(listed.files.map((file) => file.path)).toContain('schemas/predictions.schema.json');
  });
});

describe('mlgate init: all or nothing', () => {
  it('a file where a folder must go is exit 2 naming it, and nothing is written', async () => {
    const dir = project();
    write(dir, '.github', 'not a folder\n');
    const before = snapshot(dir);
    const result = await mlgate(dir, 'init');
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'mlgate init: .github exists and is not a folder; move it away first\n',
    });
    expect(snapshot(dir)).toEqual(before);
    // A dry run says the same: it would fail.
    expect((await mlgate(dir, 'init', '--dry-run')).code).toBe(2);
  });

  it('a symbolic link on the way is refused: a write must not leave the repository', async () => {
    const dir = project();
    const outside = join(scratch, `outside-${++counter}`);
    mkdirSync(outside);
    mkdirSync(join(dir, '.github'));
    symlinkSync(outside, join(dir, '.github/workflows'));
    const result = await mlgate(dir, 'init');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'mlgate init: .github/workflows is a symbolic link; mlgate init writes only into real folders of the repository\n',
    );
    expect(readdirSync(outside)).toEqual([]);
    expect(existsSync(join(dir, 'mlgate.yml'))).toBe(false);
  });

  it('a write that fails half-way takes back what it wrote, folders included', async () => {
    const dir = project();
    // The last workflow cannot be written (a folder stands where its partial file goes): by then the config,
    // the schemas and the first workflow are written beside their targets.
    mkdirSync(join(dir, `.github/workflows/main.yml.${process.pid}.partial`), { recursive: true });
    const before = snapshot(dir);
    const result = await mlgate(dir, 'init');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'mlgate init: could not write .github/workflows/main.yml: EISDIR; nothing was written\n',
    );
    expect(snapshot(dir)).toEqual(before);
    expect(existsSync(join(dir, 'schemas'))).toBe(false);
    expect(readdirSync(join(dir, '.github/workflows'))).toEqual([`main.yml.${process.pid}.partial`]);
  });
});
