import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleEntries } from '../scripts/action-bundler.js';
import { planDist, WORKER_ENTRIES } from '../scripts/dist-plan.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const temps: string[] = [];

async function fakeRepo(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'mlgate-build-'));
  temps.push(root);
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), content);
  }
  return root;
}

afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const yml = (using: string, main: string): string =>
  `name: x\ndescription: x\nruns:\n  using: ${using}\n  main: ${main}\n`;

describe('planDist', () => {
  it('maps every stage to its source and bundles a shared entry once', async () => {
    const root = await fakeRepo({
      'action.yml': yml('node24', 'dist/mlgate/main.js'),
      'actions/mlgate/main.ts': '',
      'actions/validate-data/action.yml':
        yml('node24', '../../dist/validate-data/main.js') + '  post: ../../dist/mlgate/main.js\n',
      'actions/validate-data/main.ts': '',
    });
    const plan = planDist(root);
    expect(plan.entries).toEqual({
      'mlgate/main': path.join(root, 'actions/mlgate/main.ts'),
      'validate-data/main': path.join(root, 'actions/validate-data/main.ts'),
    });
    expect(plan.skipped).toEqual([...Object.values(WORKER_ENTRIES), 'packages/cli/src/main.ts']);
  });

  it('puts the worker entries into the actions bundle and into every separate bundle', async () => {
    const root = await fakeRepo({
      'action.yml': yml('node24', 'dist/mlgate/main.js'),
      'actions/mlgate/main.ts': '',
      'packages/cli/src/main.ts': '',
      ...Object.fromEntries(Object.values(WORKER_ENTRIES).map((source) => [source, ''])),
    });
    const plan = planDist(root);
    const workers = Object.fromEntries(
      Object.entries(WORKER_ENTRIES).map(([output, source]) => [output, path.join(root, source)]),
    );
    expect(plan.entries).toEqual({ 'mlgate/main': path.join(root, 'actions/mlgate/main.ts'), ...workers });
    expect(plan.separate).toEqual([
      { dir: 'cli', entries: { mlgate: path.join(root, 'packages/cli/src/main.ts'), ...workers } },
    ]);
    expect(plan.skipped).toEqual([]);
  });

  it('refuses any runtime but node24, naming the file', async () => {
    const root = await fakeRepo({
      'actions/old/action.yml': yml('node20', '../../dist/old/main.js'),
      'actions/old/main.ts': '',
    });
    expect(() => planDist(root)).toThrow(
      `actions/old/action.yml: runs.using is "node20"; every mlgate action must use 'node24'`,
    );
  });

  it('refuses a stage outside dist/ and a missing source', async () => {
    const root = await fakeRepo({
      'actions/a/action.yml': yml('node24', 'main.js'),
      'actions/b/action.yml': yml('node24', '../../dist/b/main.js'),
    });
    expect(() => planDist(root)).toThrow(
      /actions\/a\/action.yml: runs.main: a stage script must live under dist\//,
    );
    expect(() => planDist(root)).toThrow(
      /actions\/b\/action.yml: runs.main needs actions\/b\/main.ts, which does not exist/,
    );
  });
});

describe('bundleEntries', () => {
  it('is deterministic and independent of the output directory, with shared chunks and the require shim', async () => {
    const fixture = path.join(repoRoot, 'test', 'fixtures', 'actions', 'roundtrip');
    const entries = { main: path.join(fixture, 'main.ts'), post: path.join(fixture, 'post.ts') };
    const first = await bundleEntries(repoRoot, path.join(tmpdir(), 'mlgate-outdir-one'), entries);
    const second = await bundleEntries(repoRoot, path.join(tmpdir(), 'mlgate-outdir-two', 'deeper'), entries);
    expect([...first.keys()]).toEqual([...second.keys()]);
    for (const [name, contents] of first)
      expect(Buffer.from(contents).equals(Buffer.from(second.get(name)!))).toBe(true);
    expect([...first.keys()].some((name) => /^chunks\/chunk-[A-Z0-9]+\.js$/.test(name))).toBe(true);
    const text = [...first.values()].map((c) => Buffer.from(c).toString('utf8')).join('\n');
    expect(text).not.toContain(repoRoot);
    expect(text).not.toContain('mlgate-outdir');
    expect(Buffer.from(first.get('main.js')!).toString('utf8')).toMatch(
      /^import \{ createRequire as __mlgateCreateRequire \}/,
    );
    expect(Buffer.from(first.get('package.json')!).toString('utf8')).toBe('{ "type": "module" }\n');
  });
});

describe('the committed CLI bundle', () => {
  it('shares no chunk with the actions, so a CLI run never loads what only an action needs', async () => {
    const cli = path.join(repoRoot, 'dist', 'cli');
    const files = [
      path.join(cli, 'mlgate.js'),
      ...(await readdir(path.join(cli, 'chunks'))).map((f) => path.join(cli, 'chunks', f)),
    ];
    for (const file of files.filter((f) => f.endsWith('.js'))) {
      const text = await readFile(file, 'utf8');
      const imports = [...text.matchAll(/(?:from|import\()\s*"(\.[^"]+)"/g)].map((m) =>
        path.resolve(path.dirname(file), m[1]!),
      );
      expect({
        file: path.relative(repoRoot, file),
        outside: imports.filter((i) => !i.startsWith(cli + path.sep)),
      }).toEqual({
        file: path.relative(repoRoot, file),
        outside: [],
      });
    }
  });

  it('loads no HTTP client at start: @actions/core and undici come only with a command that needs them', async () => {
    // What `mlgate --version` loads: the entry and every chunk it imports statically, transitively.
    const loaded = new Set<string>();
    const visit = async (file: string): Promise<void> => {
      if (loaded.has(file)) return;
      loaded.add(file);
      const text = await readFile(file, 'utf8');
      for (const match of text.matchAll(
        /^(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"|^import\s+"(\.[^"]+)"/gms,
      )) {
        await visit(path.resolve(path.dirname(file), match[1] ?? match[2]!));
      }
    };
    await visit(path.join(repoRoot, 'dist', 'cli', 'mlgate.js'));
    const sources = await Promise.all([...loaded].map((file) => readFile(file, 'utf8')));
    const heavy = sources.flatMap((text) => [
      ...text.matchAll(/^\/\/ node_modules\/(@actions\/core|undici)\//gm),
    ]);
    expect(heavy.map((match) => match[1])).toEqual([]);
  });
});
