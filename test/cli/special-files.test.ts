import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '@mlgate/cli';

// Only regular files are read, or a stream the user asked for with --format: a pipe, a FIFO, a device or a
// socket never hangs the run, never crashes it, and is refused (exit 2) in one line naming the path.
const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'mlgate-special-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const schema = join(scratch, 's.json');
writeFileSync(schema, '{"fields":[{"name":"a","type":"string"}]}');
const data = join(scratch, 'd.csv');
writeFileSync(data, 'a\nx\n');

interface Outcome {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
}

async function mlgate(...argv: string[]): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const started = performance.now();
  const code = await runCli(argv, {
    cwd: scratch,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr, seconds: (performance.now() - started) / 1000 };
}

/** Runs `$MLGATE …` in bash, so stdin pipes and process substitution are the shell's own. */
function mlgateInShell(script: string): Outcome {
  const started = performance.now();
  const run = spawnSync('bash', ['-c', script], {
    cwd: scratch,
    encoding: 'utf8',
    timeout: 20_000,
    env: {
      ...process.env,
      MLGATE: `${join(root, 'node_modules/.bin/tsx')} ${join(root, 'packages/cli/src/main.ts')}`,
    },
  });
  return {
    code: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    seconds: (performance.now() - started) / 1000,
  };
}

function expectRefusal(outcome: Outcome, message: string, seconds = 5): void {
  expect(outcome.code).toBe(2);
  expect(outcome.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(outcome.stderr).toContain(message);
  expect(outcome.stderr).not.toMatch(/\n\s+at /);
  expect(outcome.seconds).toBeLessThan(seconds);
}

const VALID = 'valid: 1 file, 1 row, no errors\n';

describe('a pipe as a data file', () => {
  it('is read as a stream with --format', () => {
    const outcome = mlgateInShell('cat d.csv | $MLGATE validate --schema s.json /dev/stdin --format csv');
    expect(outcome).toMatchObject({ code: 0, stdout: VALID, stderr: '' });
  });

  it('is refused without --format, naming the path', () => {
    const outcome = mlgateInShell('cat d.csv | $MLGATE validate --schema s.json /dev/stdin');
    expectRefusal(
      outcome,
      'mlgate validate: /dev/stdin: not a regular file (a pipe); give --format to read it as a stream',
      20,
    );
  });

  it('works from process substitution with --format, and is refused without', () => {
    const streamed = mlgateInShell('$MLGATE validate --schema s.json <(cat d.csv) --format csv');
    expect(streamed).toMatchObject({ code: 0, stdout: VALID, stderr: '' });
    const refused = mlgateInShell('$MLGATE validate --schema s.json <(cat d.csv)');
    expectRefusal(refused, ': not a regular file (a pipe); give --format to read it as a stream', 20);
    expect(refused.stderr).toMatch(/mlgate validate: \/dev\/fd\/\d+: not a regular file/);
  });

  it('can stream a binary format too: the stream is spooled to a private file first', async () => {
    const parquet = join(root, 'test/fixtures/data/columnar/measurements.parquet');
    const parquetSchema = join(root, 'test/fixtures/data/columnar/measurements.schema.json');
    const streamed = mlgateInShell(
      `cat ${parquet} | $MLGATE validate --schema ${parquetSchema} /dev/stdin --format parquet`,
    );
    const fromFile = await mlgate('validate', '--schema', parquetSchema, parquet);
    expect(streamed.stderr).toBe('');
    expect(streamed.code).toBe(fromFile.code);
    expect(streamed.stdout.split(parquet).join('/dev/stdin')).toBe(
      fromFile.stdout.split(parquet).join('/dev/stdin'),
    );
  });
});

describe('a FIFO as a data file', () => {
  const fifo = (name: string): string => {
    const file = join(scratch, name);
    spawnSync('mkfifo', [file]);
    return file;
  };

  it('with no writer ends in bounded time, saying so', async () => {
    fifo('lonely.csv');
    const outcome = await mlgate('validate', '--schema', 's.json', 'lonely.csv', '--format', 'csv');
    expectRefusal(outcome, 'lonely.csv: nothing was written to the pipe', 10);
  });

  it('is refused at once without --format', async () => {
    fifo('unasked.csv');
    const outcome = await mlgate('validate', '--schema', 's.json', 'unasked.csv');
    expectRefusal(
      outcome,
      'unasked.csv: not a regular file (a pipe); give --format to read it as a stream',
      2,
    );
  });

  it('is read when a writer connects, even after the read began', async () => {
    const file = fifo('written.csv');
    const validation = mlgate('validate', '--schema', 's.json', 'written.csv', '--format', 'csv');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const writer = spawn('sh', ['-c', `sleep 0.2; printf 'a\\nx\\n' > '${file}'`], { stdio: 'ignore' });
    const written = new Promise((resolve) => writer.on('exit', resolve));
    const outcome = await validation;
    await written;
    expect(outcome).toMatchObject({ code: 0, stdout: VALID, stderr: '' });
  });

  it('is refused by schema infer without --format, and ends with it', async () => {
    fifo('infer.csv');
    const refused = await mlgate('schema', 'infer', 'infer.csv');
    expectRefusal(refused, 'infer.csv: not a regular file (a pipe); give --format to read it as a stream', 2);
    const zeros = await mlgate('schema', 'infer', '/dev/zero', '--format', 'csv');
    expectRefusal(zeros, '/dev/zero:1: line 1 is longer than 64 MiB', 15);
  });

  it('as mlgate.yml or as a report is refused, never opened for a blocking read', async () => {
    fifo('mlgate-fifo.yml');
    fifo('report-fifo.json');
    const config = await mlgate('validate', '--config', 'mlgate-fifo.yml');
    expectRefusal(config, 'mlgate-fifo.yml: the config file is not a regular file (a pipe)', 2);
    const report = await mlgate('report', 'report-fifo.json');
    expectRefusal(report, 'report-fifo.json: the report file is not a regular file (a pipe)', 2);
  });

  it('as a schema file is refused, never opened for a blocking read', async () => {
    fifo('schema-fifo.json');
    const outcome = await mlgate('validate', '--schema', 'schema-fifo.json', 'd.csv');
    expectRefusal(outcome, 'schema-fifo.json: the schema file is not a regular file (a pipe)', 2);
  });
});

describe('devices, folders and sockets', () => {
  it('/dev/zero is refused without --format', async () => {
    const outcome = await mlgate('validate', '--schema', 's.json', '/dev/zero');
    expectRefusal(
      outcome,
      '/dev/zero: not a regular file (a character device); give --format to read it as a stream',
      2,
    );
  });

  it('/dev/zero with --format csv stops at the longest line a stream may have', async () => {
    const outcome = await mlgate('validate', '--schema', 's.json', '/dev/zero', '--format', 'csv');
    expectRefusal(outcome, '/dev/zero:1: line 1 is longer than 64 MiB', 15);
  });

  it('/dev/zero with --format json is refused at the first byte', async () => {
    const outcome = await mlgate('validate', '--schema', 's.json', '/dev/zero', '--format', 'json');
    expectRefusal(outcome, '/dev/zero:1: a JSON data file must hold an array of records', 2);
  });

  it('a folder is refused, named even when it is the working directory', async () => {
    mkdirSync(join(scratch, 'folder'));
    expectRefusal(await mlgate('validate', '--schema', 's.json', 'folder'), 'folder: is a directory', 2);
    expectRefusal(
      await mlgate('validate', '--schema', 's.json', '.'),
      'mlgate validate: .: is a directory',
      2,
    );
  });

  it('a socket is refused, with or without --format', async () => {
    const socket = join(scratch, 'data.sock');
    const server = createServer().listen(socket);
    await new Promise((resolve) => server.on('listening', resolve));
    try {
      for (const extra of [[], ['--format', 'csv']]) {
        const outcome = await mlgate('validate', '--schema', 's.json', 'data.sock', ...extra);
        expectRefusal(outcome, 'data.sock: not a regular file (a socket)', 2);
      }
    } finally {
      server.close();
    }
  });

  it('a 10 GB metrics file is refused before it is read', async () => {
    const metrics = join(scratch, 'huge-metrics.json');
    writeFileSync(metrics, '');
    truncateSync(metrics, 10 * 1024 ** 3); // sparse: no disk used
    const outcome = await mlgate('compare', '--current', 'huge-metrics.json', '--baseline', 'd.csv');
    expectRefusal(outcome, 'huge-metrics.json: the metrics file has 10737418240 bytes; at most', 2);
  });
});
