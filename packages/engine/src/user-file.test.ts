import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from '@jest/globals';
import { UserError } from './user-error.js';
import { MAX_USER_TEXT_BYTES, readUserText } from './user-file.js';

const dir = mkdtempSync(path.join(tmpdir(), 'mlgate-user-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function refusal(file: string, maxBytes?: number): Promise<UserError> {
  const error = await readUserText(file, {
    what: 'schema file',
    cwd: dir,
    ...(maxBytes !== undefined ? { maxBytes } : {}),
  }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('reading a file a user named', () => {
  it('reads it', async () => {
    writeFileSync(path.join(dir, 'ok.json'), '{}');
    await expect(readUserText('ok.json', { what: 'schema file', cwd: dir })).resolves.toBe('{}');
  });

  it('refuses, in one line naming it, what is missing, a folder, too large, or not a regular file', async () => {
    writeFileSync(path.join(dir, 'big.json'), 'x'.repeat(11));
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    expect(await refusal('nope.json')).toMatchObject({
      message: 'no such schema file',
      location: { file: 'nope.json' },
    });
    expect((await refusal('.')).message).toBe('the schema file is a folder, not a file');
    expect((await refusal('big.json', 10)).message).toBe('the schema file has 11 bytes; at most 10 are read');
    // A FIFO with no writer would block a read forever.
    expect((await refusal('pipe')).message).toBe('the schema file is not a regular file (a pipe)');
    expect((await refusal('/dev/zero')).message).toBe(
      'the schema file is not a regular file (a character device)',
    );
  });

  it('refuses a file larger than the default cap before reading it', async () => {
    const sparse = path.join(dir, 'sparse.json');
    writeFileSync(sparse, '');
    truncateSync(sparse, MAX_USER_TEXT_BYTES + 1); // no disk used
    expect((await refusal('sparse.json')).message).toBe(
      `the schema file has ${MAX_USER_TEXT_BYTES + 1} bytes; at most ${MAX_USER_TEXT_BYTES} are read`,
    );
  });
});
