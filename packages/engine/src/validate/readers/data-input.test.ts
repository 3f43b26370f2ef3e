import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../user-error.js';
import { openDataInputs } from './data-input.js';

// Which files a run reads as they are, which it copies from a stream, and where a stream is cut off.
const scratch = mkdtempSync(join(tmpdir(), 'mlgate-data-input-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const small = { maxBytes: 1024 * 1024, maxLineBytes: 4096, writerWaitMs: 1000 };

/** A FIFO with a writer that sends `text` and closes. */
function fifoWriting(name: string, text: string): string {
  const file = join(scratch, name);
  spawnSync('mkfifo', [file]);
  spawn('sh', ['-c', `printf '%s' '${text}' > '${file}'`], { stdio: 'ignore' });
  return file;
}

async function refusal(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('openDataInputs', () => {
  it('passes a regular file through untouched', async () => {
    const file = join(scratch, 'plain.csv');
    writeFileSync(file, 'a\n1\n');
    const opened = await openDataInputs([{ path: file, displayPath: 'plain.csv' }], 'auto', small);
    expect(opened.inputs).toEqual([{ path: file, displayPath: 'plain.csv' }]);
    await opened.dispose();
    expect(existsSync(file)).toBe(true);
  });

  it('copies a stream to a private file, kept until dispose', async () => {
    const file = fifoWriting('stream.jsonl', '{"a":1}\n{"a":2}\n');
    const opened = await openDataInputs([{ path: file, displayPath: 'stream.jsonl' }], 'jsonl', small);
    const copy = opened.inputs[0]!;
    expect(copy.displayPath).toBe('stream.jsonl');
    expect(copy.path).not.toBe(file);
    expect(readFileSync(copy.path, 'utf8')).toBe('{"a":1}\n{"a":2}\n');
    await opened.dispose();
    expect(existsSync(copy.path)).toBe(false);
  });

  it('cuts an endless stream off at the size cap (/dev/urandom)', async () => {
    const error = await refusal(
      openDataInputs([{ path: '/dev/urandom', displayPath: '/dev/urandom' }], 'csv', {
        ...small,
        maxLineBytes: small.maxBytes * 2,
      }),
    );
    expect(error.message).toBe(
      'the stream is longer than 1 MiB, the most read from a pipe or a device; write it to a file and validate the file',
    );
    expect(error.location).toEqual({ file: '/dev/urandom' });
  });

  it('cuts a line format off at the longest line, naming the line', async () => {
    const file = fifoWriting('long-line.csv', `a\nx\n${'y'.repeat(5000)}\n`);
    const error = await refusal(openDataInputs([{ path: file, displayPath: 'long-line.csv' }], 'tsv', small));
    expect(error.message).toBe('line 3 is longer than 4096 bytes, the longest line read from a stream');
    expect(error.location).toEqual({ file: 'long-line.csv', line: 3 });
  });

  it('lets a JSON array be one long line, after a byte-order mark and blanks', async () => {
    const file = fifoWriting('array.json', `\ufeff  [${'{"a":1},'.repeat(1000)}{"a":1}]`);
    const opened = await openDataInputs([{ path: file, displayPath: 'array.json' }], 'json', small);
    expect(readFileSync(opened.inputs[0]!.path, 'utf8')).toMatch(/^\ufeff {2}\[/);
    await opened.dispose();
  });

  it('leaves no copy behind when a later file is refused', async () => {
    const first = fifoWriting('first.csv', 'a\n1\n');
    const before = spawnSync('ls', [tmpdir()], { encoding: 'utf8' }).stdout;
    await refusal(
      openDataInputs(
        [
          { path: first, displayPath: 'first.csv' },
          { path: scratch, displayPath: 'folder' },
        ],
        'csv',
        small,
      ),
    );
    const after = spawnSync('ls', [tmpdir()], { encoding: 'utf8' }).stdout;
    expect(after.split('\n').filter((n) => n.startsWith('mlgate-stream-'))).toEqual(
      before.split('\n').filter((n) => n.startsWith('mlgate-stream-')),
    );
  });
});
