import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '@mlgate/cli';

// Documents built to break a parser (nesting thousands deep, YAML alias bombs, hundreds of thousands of keys,
// numbers that are not finite) meet the CLI's contract: the documented exit code, one line naming the file
// and line, no stack, in bounded time. Each document is written here, in a scratch folder, as a user would.
const scratch = mkdtempSync(join(tmpdir(), 'mlgate-cli-hostile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function write(name: string, text: string): string {
  writeFileSync(join(scratch, name), text);
  return name;
}

async function mlgate(
  ...argv: string[]
): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  let stdout = '';
  let stderr = '';
  const started = Date.now();
  const code = await runCli(argv, {
    cwd: scratch,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr, ms: Date.now() - started };
}

/** Exit 2 with one line on stderr that matches, no stack, no internal error, in a few seconds. */
function expectBadInput(result: Awaited<ReturnType<typeof mlgate>>, line: RegExp): void {
  expect(result.stderr).toMatch(line);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
  expect(result.code).toBe(2);
  expect(result.ms).toBeLessThan(5000);
}

const nested = (depth: number, inner: string): string => '['.repeat(depth) + inner + ']'.repeat(depth);
const deepObject = (depth: number, inner: string): string =>
  '{"x":'.repeat(depth) + inner + '}'.repeat(depth);
/** 271 bytes that expand to 9^8 (43 million) values once every alias is resolved. */
const ALIAS_BOMB = ['a: &a [x, x, x, x, x, x, x, x, x]']
  .concat(
    [...'bcdefgh'].map(
      (name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefgh'[index]!}`).join(', ')}]`,
    ),
  )
  .join('\n');

const TABLE_SCHEMA = write('s.json', '{"fields": [{"name": "a", "type": "string"}]}');
const BASELINE = write('base.json', '{"accuracy": 0.9}');

describe('data records nested thousands deep', () => {
  it('is a row error at its line in JSON Lines, and the rows around it are still checked', async () => {
    write('deep.jsonl', `{"a": "ok"}\n{"a": ${nested(5000, '')}}\n{"a": 5}\n`);
    const result = await mlgate('validate', '--schema', TABLE_SCHEMA, 'deep.jsonl');
    expect(result.stdout).toContain('deep.jsonl:2: format-error the record is nested deeper than 100 levels');
    expect(result.stdout).toMatch(/^deep\.jsonl:3:a: type-error/m);
    expect(result).toMatchObject({ code: 1, stderr: '' });
  });

  it('is a row error at its line in a JSON array', async () => {
    write('deep.json', `[{"a": "ok"},\n{"a": ${nested(5000, '')}}]\n`);
    const result = await mlgate('validate', '--schema', TABLE_SCHEMA, 'deep.json');
    expect(result.stdout).toContain('deep.json:2: format-error the record is nested deeper than 100 levels');
    expect(result).toMatchObject({ code: 1, stderr: '' });
  });
});

describe('metrics, configs and schemas nested thousands deep', () => {
  it('refuses a deep JSON metrics file at the line and column where the limit is crossed', async () => {
    write('deepm.json', `{"acc":\n${deepObject(5000, '1')}}`);
    const result = await mlgate('compare', '--current', 'deepm.json', '--baseline', BASELINE);
    expectBadInput(result, /^mlgate compare: deepm\.json:2:\d+: nested deeper than 100 levels/);
  });

  it('refuses deep YAML metrics, flow or block style', async () => {
    write('deep-flow.yaml', `acc: ${nested(5000, '1')}\n`);
    const flow = await mlgate('compare', '--current', 'deep-flow.yaml', '--baseline', BASELINE);
    expectBadInput(flow, /^mlgate compare: deep-flow\.yaml:1:\d+: nested deeper than 100 levels/);
    write(
      'deep-block.yml',
      Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k:\n`).join('') + '  x: 1\n',
    );
    const block = await mlgate('compare', '--current', 'deep-block.yml', '--baseline', BASELINE);
    expectBadInput(block, /^mlgate compare: deep-block\.yml:\d+:\d+: nested deeper than 100 levels/);
  });

  it('refuses a deep mlgate.yml', async () => {
    write('deep-config.yml', `metrics:\n  rules: ${nested(5000, '')}\n`);
    const result = await mlgate('compare', '--current', BASELINE, '--config', 'deep-config.yml');
    expectBadInput(result, /^mlgate compare: deep-config\.yml:2:\d+: nested deeper than 100 levels/);
  });

  it('refuses a deep schema file, JSON or YAML', async () => {
    write('d.csv', 'a\nx\n');
    write('deep-schema.json', `{"fields": [],\n "x": ${deepObject(5000, '1')}}`);
    const json = await mlgate('validate', '--schema', 'deep-schema.json', 'd.csv');
    expectBadInput(json, /^mlgate validate: deep-schema\.json:2:\d+: .*nested deeper than 100 levels/);
    write('deep-schema.yaml', `fields: []\nx: ${nested(5000, '1')}\n`);
    const yaml = await mlgate('validate', '--schema', 'deep-schema.yaml', 'd.csv');
    expectBadInput(yaml, /^mlgate validate: deep-schema\.yaml:2:\d+: .*nested deeper than 100 levels/);
  });
});

describe('a metrics file with 200,000 metrics', () => {
  it('compares quickly', async () => {
    const metrics = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, 0.5]));
    write('flat.json', JSON.stringify(metrics));
    const result = await mlgate('compare', '--current', 'flat.json', '--baseline', 'flat.json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('metrics: 200000 (200000 pass');
    expect(result.ms).toBeLessThan(20_000);
  });
});

describe('metric values that are not finite numbers', () => {
  const config = write('nf.yml', 'metrics:\n  rules:\n    accuracy: {direction: higher, tolerance: 0.01}\n');
  it.each(['Infinity', '1e400', '"Infinity"', '-Infinity', 'NaN'])(
    'fail the gate when current is %s',
    async (v) => {
      write('nf.json', `{"accuracy": ${v}}`);
      const result = await mlgate(
        'compare',
        '--current',
        'nf.json',
        '--baseline',
        BASELINE,
        '--config',
        config,
      );
      expect(result.stdout).toMatch(/^verdict: fail/);
      expect(result.code).toBe(1);
      const json = await mlgate(
        'compare',
        '--current',
        'nf.json',
        '--baseline',
        BASELINE,
        '--config',
        config,
        '--json',
      );
      const report = JSON.parse(json.stdout) as { metrics: { current: { type: string } }[] };
      expect(['nan', 'infinity']).toContain(report.metrics[0]!.current.type);
    },
  );
});

describe('YAML alias bombs', () => {
  it('are refused in a metrics file, naming the file', async () => {
    write('bomb.yaml', `${ALIAS_BOMB}\n`);
    const result = await mlgate('compare', '--current', 'bomb.yaml', '--baseline', BASELINE);
    expectBadInput(result, /^mlgate compare: bomb\.yaml:\d+:\d+: .*aliases/);
  });

  it('are refused in mlgate.yml and in a YAML schema', async () => {
    write('bomb-config.yml', `metrics:\n  rules: {}\n${ALIAS_BOMB}\n`);
    const config = await mlgate('compare', '--current', BASELINE, '--config', 'bomb-config.yml');
    expectBadInput(config, /^mlgate compare: bomb-config\.yml:\d+:\d+: .*aliases/);
    write('d.csv', 'a\nx\n');
    write('bomb-schema.yaml', `fields: []\n${ALIAS_BOMB}\n`);
    const schema = await mlgate('validate', '--schema', 'bomb-schema.yaml', 'd.csv');
    expectBadInput(schema, /^mlgate validate: bomb-schema\.yaml:\d+:\d+: .*aliases/);
  });
});

describe('a schema file that is not valid JSON', () => {
  it('names the line and column', async () => {
    write('d.csv', 'a\nx\n');
    write('bad.json', '{"fields": [\n  {"name": "a",}\n]}\n');
    const result = await mlgate('validate', '--schema', 'bad.json', 'd.csv');
    expectBadInput(
      result,
      /^mlgate validate: bad\.json:2:16: the schema is not valid JSON at line 2, column 16: /,
    );
    write('cut.json', '{"fields": [');
    const cut = await mlgate('validate', '--schema', 'cut.json', 'd.csv');
    expectBadInput(
      cut,
      /^mlgate validate: cut\.json:1:13: the schema is not valid JSON at line 1, column 13: /,
    );
  });
});
