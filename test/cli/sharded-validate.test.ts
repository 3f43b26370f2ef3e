import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '@mlgate/cli';

// A validation split across jobs (`validate --shard k/n --partial`, then `merge`) gives the report the whole
// run gives, byte for byte apart from createdAt, on real fixture files of every format, valid and not.
const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'mlgate-cli-shards-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function mlgate(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { cwd: root, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}
const fixture = (name: string) => `test/fixtures/data/${name}`;

const PEOPLE = [
  '--schema',
  fixture('people.schema.json'),
  fixture('people.valid.csv'),
  fixture('people.invalid.csv'),
  fixture('people.tsv'),
  fixture('people.invalid.jsonl'),
  fixture('people.valid.jsonl'),
  fixture('unclosed-quote.csv'),
];
const COLUMNAR = [
  '--schema',
  fixture('columnar/measurements.schema.json'),
  fixture('columnar/measurements.parquet'),
  fixture('columnar/measurements.arrow'),
  fixture('columnar/measurements.arrows'),
];

const EVENTS_SCHEMA = ['--schema', fixture('columnar/events.schema.json')];

/** What the profile test reads of a profile document. */
interface ProfileJson {
  rows: number;
  files: unknown[];
  columns: {
    name: string;
    count: number;
    nulls: number;
    numeric?: { min: number; max: number; mean: number; std: number; sketch: { count: number } };
  }[];
}

/** The report without its timing. */
const timeless = (json: string) => ({
  ...(JSON.parse(json) as Record<string, unknown>),
  createdAt: undefined,
});

async function shardsOf(name: string, count: number, args: readonly string[]): Promise<string[]> {
  const partials: string[] = [];
  for (let k = 1; k <= count; k++) {
    const partial = join(scratch, `${name}-${count}-${k}.json`);
    const result = await mlgate('validate', ...args, '--shard', `${k}/${count}`, '--partial', partial);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toContain(`shard ${k}/${count}, dataset `);
    partials.push(partial);
  }
  return partials;
}

describe('a validation split across shards', () => {
  for (const [name, args] of [
    ['people', PEOPLE],
    ['columnar', COLUMNAR],
  ] as const) {
    it(`merges into the whole run's report, whatever the shard count (${name})`, async () => {
      const whole = await mlgate('validate', ...args, '--json', '--max-errors', '7');
      expect(whole.stderr).toBe('');
      // Up to 5 shards the people files (6) go whole; 7 split each CSV, TSV and JSON Lines file by bytes.
      for (const count of [1, 2, 3, 5, 7]) {
        const partials = await shardsOf(name, count, [...args, '--max-errors', '7']);
        // Given in any order: the shards say which they are.
        const merged = await mlgate('merge', ...partials.reverse(), '--json');
        expect([merged.code, merged.stderr]).toEqual([whole.code, '']);
        expect(timeless(merged.stdout)).toEqual(timeless(whole.stdout));
      }
    });
  }

  // events.* (test/fixtures/data/columnar/generate-sharded.ts) repeat ids and (user, day) pairs across row
  // groups, record batches and byte ranges, and break the row-count and null-fraction checks only over the
  // whole file. DuckDB wrote every one of them.
  for (const files of [
    ['events.parquet'],
    ['events.arrow'],
    ['events.csv'],
    ['events.tsv'],
    ['events.jsonl'],
    ['events.parquet', 'events.arrow'],
    ['events.csv', 'events.jsonl'],
  ]) {
    it(`splits ${files.join(' and ')} between more shards than files, exactly (repeats across pieces found)`, async () => {
      const args = [
        ...EVENTS_SCHEMA,
        ...files.map((file) => fixture(`columnar/${file}`)),
        '--max-errors',
        '5',
      ];
      const whole = await mlgate('validate', ...args, '--json');
      expect(whole.code).toBe(1);
      const report = JSON.parse(whole.stdout) as { errorsByCode: Record<string, number> };
      expect(report.errorsByCode).toMatchObject({
        'unique-error': 4 * files.length,
        'row-count-error': files.length,
      });
      for (const count of [files.length + 1, 3, 5, 7]) {
        const partials = await shardsOf(`events-${files.length}`, count, args);
        const merged = await mlgate('merge', ...partials, '--json');
        expect([merged.code, merged.stderr]).toEqual([1, '']);
        expect(timeless(merged.stdout)).toEqual(timeless(whole.stdout));
      }
    });
  }

  it('splits a CSV file exactly across quoted line breaks, and refuses pieces that do not meet', async () => {
    const schema = join(scratch, 'notes.schema.json');
    writeFileSync(
      schema,
      JSON.stringify({
        fields: [
          { name: 'id', type: 'integer', constraints: { unique: true } },
          { name: 'note', type: 'string' },
        ],
      }),
    );
    const rows = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => `${from + i},"plain, ""quoted"" note ${from + i}"\n`).join(
        '',
      );
    const lines = (count: number) => Array.from({ length: count }, (_, i) => `line ${i}`).join('\n');
    // A quoted note of 40 lines near the top, a repeated id at the end: whole records across every split.
    const early = join(scratch, 'notes-early.csv');
    writeFileSync(early, `id,note\n1,"${lines(40)}"\n${rows(2, 400)}7,late repeat\n`);
    const args = ['--schema', schema, early, '--json'];
    const whole = await mlgate('validate', ...args);
    expect(whole.code).toBe(1);
    expect(JSON.parse(whole.stdout)).toMatchObject({ errorsByCode: { 'unique-error': 1 } });
    expect(JSON.parse(whole.stdout).errors[0]).toMatchObject({ row: 440 });
    for (const count of [2, 3, 4]) {
      const partials = await shardsOf(`notes-${count}`, count, args.slice(0, -1));
      const merged = await mlgate('merge', ...partials, '--json');
      expect([merged.code, merged.stderr]).toEqual([1, '']);
      expect(timeless(merged.stdout)).toEqual(timeless(whole.stdout));
    }
    // A quoted note of 400 lines across the middle: the second shard starts after it, as the first ends.
    const across = join(scratch, 'notes-across.csv');
    writeFileSync(across, `id,note\n${rows(1, 50)}50,"${lines(400)}"\n${rows(51, 100)}`);
    const acrossArgs = ['--schema', schema, across];
    const wholeAcross = await mlgate('validate', ...acrossArgs, '--json');
    const partials = await shardsOf('notes-across', 2, acrossArgs);
    const merged = await mlgate('merge', ...partials, '--json');
    expect([merged.code, merged.stderr]).toEqual([0, '']);
    expect(timeless(merged.stdout)).toEqual(timeless(wholeAcross.stdout));
    // Pieces that do not meet (cut from different files, or edited) are refused.
    const second = JSON.parse(readFileSync(partials[1]!, 'utf8')) as {
      datasets: { pieces: { range: { start: number } }[] }[];
    };
    second.datasets[0]!.pieces[0]!.range.start -= 1;
    writeFileSync(partials[1]!, JSON.stringify(second));
    const refused = await mlgate('merge', ...partials);
    expect([refused.code, refused.stdout]).toEqual([2, '']);
    expect(refused.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(
      /notes-across\.csv: the records of piece 1 end at byte \d+ but piece 2's start at byte \d+: the pieces were not cut from one file/,
    );
  });

  it('profiles a split run in the same pass: counts exact, moments to rounding, sketches merged', async () => {
    const file = fixture('columnar/events.csv');
    const whole = await mlgate('profile', ...EVENTS_SCHEMA, file, '--dataset', 'data', '--json');
    expect(whole.code).toBe(0);
    const expected = JSON.parse(whole.stdout) as ProfileJson;
    for (const count of [1, 3]) {
      const partials = await shardsOf(`profiled-${count}`, count, [...EVENTS_SCHEMA, file, '--profile']);
      const out = join(scratch, `profile-${count}.json`);
      const merged = await mlgate('merge', ...partials, '--profile', out);
      expect([merged.code, merged.stderr]).toEqual([1, '']);
      const profile = JSON.parse(readFileSync(out, 'utf8')) as ProfileJson;
      expect(profile).toMatchObject({ kind: 'mlgate/profile@1', dataset: 'data', rows: expected.rows });
      expect(profile.files).toEqual(expected.files);
      profile.columns.forEach((column, c) => {
        const want = expected.columns[c]!;
        expect([column.name, column.count, column.nulls]).toEqual([want.name, want.count, want.nulls]);
        if (want.numeric === undefined) return;
        const { min, max, mean, std } = column.numeric!;
        expect([min, max]).toEqual([want.numeric.min, want.numeric.max]);
        expect(mean).toBeCloseTo(want.numeric.mean, 10);
        expect(std).toBeCloseTo(want.numeric.std, 10);
        // The sketch's weight is approximate already in one run (batches are sampled into it).
        expect(Math.abs(column.numeric!.sketch.count / want.numeric.sketch.count - 1)).toBeLessThan(0.01);
      });
    }
    // --profile-dir makes its folder, as --report-dir does, and writes the same profile there.
    const partials = await shardsOf('profiled-dir', 2, [...EVENTS_SCHEMA, file, '--profile']);
    const dir = join(scratch, 'profiles', 'not-yet-there');
    const intoDir = await mlgate('merge', ...partials, '--profile-dir', dir);
    expect([intoDir.code, intoDir.stderr]).toEqual([1, '']);
    const written = JSON.parse(readFileSync(join(dir, 'profile-data.json'), 'utf8')) as ProfileJson;
    expect(written.columns.map((c) => [c.name, c.count, c.nulls])).toEqual(
      expected.columns.map((c) => [c.name, c.count, c.nulls]),
    );
    // Every shard or none: a merge cannot profile data some shard did not.
    const unprofiled = await shardsOf('unprofiled', 2, [...EVENTS_SCHEMA, file]);
    const profiled = await shardsOf('half-profiled', 2, [...EVENTS_SCHEMA, file, '--profile']);
    const mixed = await mlgate('merge', unprofiled[0]!, profiled[1]!, '--profile', join(scratch, 'p.json'));
    expect([mixed.code, mixed.stdout]).toEqual([2, '']);
    expect(mixed.stderr).toMatch(
      /shard 1 kept no profile, others did: run every shard with --profile or none/,
    );
    const none = await mlgate('merge', ...unprofiled, '--profile', join(scratch, 'p.json'));
    expect([none.code, none.stdout]).toEqual([2, '']);
    expect(none.stderr).toMatch(/the partials hold no profile/);
  });

  it("refuses a piece's keys file that is missing or not the one written", async () => {
    const args = [...EVENTS_SCHEMA, fixture('columnar/events.parquet')];
    const partials = await shardsOf('keys', 2, args);
    const keys = `${partials[1]!}.keys`;
    const original = readFileSync(keys);
    writeFileSync(keys, Buffer.concat([original.subarray(0, 100), Buffer.from([1, 2, 3])]));
    const tampered = await mlgate('merge', ...partials);
    expect([tampered.code, tampered.stdout]).toEqual([2, '']);
    expect(tampered.stderr).toMatch(/its keys file keys-2-2\.json\.keys is not the one it was written with/);
    rmSync(keys);
    const missing = await mlgate('merge', ...partials);
    expect([missing.code, missing.stdout]).toEqual([2, '']);
    expect(missing.stderr).toMatch(/no such partial keys file/);
  });

  /** The parts of a partial the cases below edit. */
  interface Editable {
    datasets: {
      finish: { keys: { columns: number[] }[]; plan: { dataset: { maxRows?: number } } };
      pieces: { state: { counts: number[] } }[];
    }[];
  }

  it('refuses pieces that do not fit the plan they came with, and plans that differ between shards', async () => {
    const args = [...EVENTS_SCHEMA, fixture('columnar/events.parquet')];
    const edited = async (name: string, edit: (partial: Editable, k: number) => void) => {
      const partials = await shardsOf(name, 2, args);
      partials.forEach((file, k) => {
        const partial = JSON.parse(readFileSync(file, 'utf8')) as Editable;
        edit(partial, k);
        writeFileSync(file, JSON.stringify(partial));
      });
      return mlgate('merge', ...partials);
    };
    const cases: [string, (partial: Editable, k: number) => void, RegExp][] = [
      [
        'key',
        (p) => (p.datasets[0]!.finish.keys[0]!.columns = [99]),
        /the key \(id\) does not fit its schema's 5 columns/,
      ],
      ['counts', (p) => p.datasets[0]!.pieces[0]!.state.counts.pop(), /the piece of file 1 does not fit/],
      [
        'plan',
        (p, k) => k === 1 && (p.datasets[0]!.finish.plan.dataset.maxRows = 5),
        /disagree on the schema/,
      ],
    ];
    for (const [name, edit, message] of cases) {
      const result = await edited(`fit-${name}`, edit);
      expect([result.code, result.stdout]).toEqual([2, '']);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
    }
  });

  it('judges the merged report as validate judges the whole run: text, exit code', async () => {
    const partials = await shardsOf('text', 2, PEOPLE);
    const whole = await mlgate('validate', ...PEOPLE);
    const merged = await mlgate('merge', ...partials);
    expect(merged).toEqual(whole);
  });

  it('refuses partials that do not make one run, in one line, exit 2', async () => {
    const three = await shardsOf('refuse', 3, PEOPLE);
    const two = await shardsOf('other', 2, PEOPLE);
    const otherData = join(scratch, 'other-data.json');
    expect(
      (await mlgate('validate', ...PEOPLE.slice(0, -1), '--shard', '2/3', '--partial', otherData)).code,
    ).toBe(0);
    const notJson = join(scratch, 'not-json.json');
    writeFileSync(notJson, '{"kind": ');
    const otherVersion = join(scratch, 'other-version.json');
    writeFileSync(
      otherVersion,
      JSON.stringify({ ...JSON.parse(readFileSync(three[1]!, 'utf8')), mlgateVersion: '0.0.1' }),
    );
    const cases: [string[], RegExp][] = [
      [[three[0]!, three[2]!], /shard 2\/3 missing: merge every shard's partial/],
      [[three[0]!, three[1]!, three[1]!, three[2]!], /shard 2\/3 again/],
      [[three[0]!, two[1]!, three[2]!], /the partials come from different runs/],
      [
        [three[0]!, otherData, three[2]!],
        /the shards disagree on the data files; were they run on one commit\?/,
      ],
      [[three[0]!, notJson, three[2]!], /not-json\.json.*not JSON/],
      [[three[0]!, otherVersion, three[2]!], /written by mlgate 0\.0\.1/],
      [[fixture('people.json')], /not an mlgate\/validation-partial@1 partial/],
      [[], /give the partials to merge/],
    ];
    for (const [files, message] of cases) {
      const result = await mlgate('merge', ...files);
      expect([result.code, result.stdout]).toEqual([2, '']);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
    }
  });

  it('takes --shard and --partial together, k/n within bounds, and no reports beside a partial', async () => {
    const partial = join(scratch, 'usage.json');
    const cases: [string[], RegExp][] = [
      [['--shard', '1/2'], /--shard <k>\/<n> and --partial <file> go together/],
      [['--partial', partial], /--shard <k>\/<n> and --partial <file> go together/],
      [['--shard', '3/2', '--partial', partial], /--shard must be k\/n with 1 ≤ k ≤ n ≤ 256/],
      [['--shard', '0/2', '--partial', partial], /--shard must be k\/n/],
      [['--shard', 'one', '--partial', partial], /--shard must be k\/n/],
      [
        ['--shard', '1/2', '--partial', partial, '--report', join(scratch, 'r.json')],
        /a shard writes a partial/,
      ],
      [['--shard', '1/2', '--partial', fixture('people.valid.csv')], /people\.valid\.csv/],
    ];
    for (const [flags, message] of cases) {
      const result = await mlgate('validate', ...PEOPLE, ...flags);
      expect([result.code, result.stdout]).toEqual([2, '']);
      expect(result.stderr).toMatch(message);
    }
  });
});
