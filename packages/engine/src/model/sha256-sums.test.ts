import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../user-error.js';
import {
  SHA256SUMS_FILE,
  checkAssetName,
  describeDigestCheck,
  formatSha256Sums,
  isPlainAssetName,
  parseSha256Sums,
  sha256OfAssetDigest,
  verifySha256Sums,
} from './sha256-sums.js';
import type { FileDigest } from './sha256-sums.js';

const dir = mkdtempSync(path.join(tmpdir(), 'mlgate-sha256sums-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Written out of order, with names whose order differs between byte order and a locale's collation.
const CONTENTS: Readonly<Record<string, string | Buffer>> = {
  'model.onnx': Buffer.from([0, 1, 2, 255, 13, 10, 26]),
  'MODEL_CARD.md': '# churn\n',
  'a-tokenizer.json': '{"vocab": []}\n',
  'B_weights.bin': Buffer.alloc(70_000, 7),
  'empty.txt': '',
};
for (const [name, content] of Object.entries(CONTENTS)) writeFileSync(path.join(dir, name), content);

const digests: FileDigest[] = Object.entries(CONTENTS).map(([name, content]) => ({
  name,
  sha256: createHash('sha256').update(content).digest('hex'),
}));
const sorted = Object.keys(CONTENTS).sort();
const sha256sum = (...args: string[]): string =>
  execFileSync('sha256sum', args, { cwd: dir, encoding: 'utf8' });

describe('SHA256SUMS as sha256sum writes it', () => {
  it('is byte for byte what sha256sum prints for the files in name order', () => {
    expect(formatSha256Sums(digests)).toBe(sha256sum(...sorted));
  });

  it('is the same text whatever order the files come in', () => {
    expect(formatSha256Sums([...digests].reverse())).toBe(formatSha256Sums(digests));
  });

  it('passes sha256sum -c, and fails it when a file changes', () => {
    writeFileSync(path.join(dir, SHA256SUMS_FILE), formatSha256Sums(digests));
    expect(sha256sum('-c', '--strict', SHA256SUMS_FILE)).toBe(sorted.map((name) => `${name}: OK\n`).join(''));

    writeFileSync(path.join(dir, 'tampered.bin'), 'before');
    writeFileSync(
      path.join(dir, SHA256SUMS_FILE),
      formatSha256Sums([
        { name: 'tampered.bin', sha256: createHash('sha256').update('before').digest('hex') },
      ]),
    );
    writeFileSync(path.join(dir, 'tampered.bin'), 'after');
    const check = spawnSync('sha256sum', ['-c', SHA256SUMS_FILE], { cwd: dir, encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(check.stdout).toBe('tampered.bin: FAILED\n');
  });

  it('refuses names that are not plain asset names', () => {
    const sha256 = digests[0]!.sha256;
    for (const name of ['models/churn.onnx', 'a\nb', 'my model.bin', '.env', 'model.', '../x', 'a..b', '']) {
      expect(() => formatSha256Sums([{ name, sha256 }])).toThrow(UserError);
    }
    expect(() => checkAssetName('models/churn.onnx')).toThrow(
      /^asset name "models\/churn\.onnx" is not a plain file name: .* rename the file$/,
    );
    expect(isPlainAssetName('churn-1.0_final.onnx')).toBe(true);
  });

  it('refuses a file listed twice, and SHA256SUMS listing itself', () => {
    const sha256 = digests[0]!.sha256;
    expect(() =>
      formatSha256Sums([
        { name: 'a', sha256 },
        { name: 'a', sha256 },
      ]),
    ).toThrow(/two files are named 'a'/);
    expect(() => formatSha256Sums([{ name: SHA256SUMS_FILE, sha256 }])).toThrow(/cannot list itself/);
  });
});

describe('reading SHA256SUMS', () => {
  it('reads sha256sum text-mode output', () => {
    expect(parseSha256Sums(sha256sum(...sorted))).toEqual(
      [...digests].sort((a, b) => (a.name < b.name ? -1 : 1)),
    );
  });

  it('reads sha256sum binary-mode output (`*name`), CRLF lines and upper-case hex', () => {
    const binary = sha256sum('--binary', 'model.onnx');
    expect(binary).toMatch(/^[0-9a-f]{64} \*model\.onnx\n$/);
    const expected = digests.find((file) => file.name === 'model.onnx')!;
    expect(parseSha256Sums(binary)).toEqual([expected]);
    expect(parseSha256Sums(`${expected.sha256.toUpperCase()}  model.onnx\r\n\r\n`)).toEqual([expected]);
  });

  it('refuses sha256sum’s escaped lines, whose names are never plain', () => {
    writeFileSync(path.join(dir, 'back\\slash'), 'x');
    const escaped = sha256sum('back\\slash');
    expect(escaped.startsWith('\\')).toBe(true);
    expect(() => parseSha256Sums(escaped)).toThrow(UserError);
  });

  it('refuses path traversal and anything but plain names, naming the line', () => {
    const hex = 'a'.repeat(64);
    expect(() => parseSha256Sums(`${hex}  ok.bin\n${hex}  ../../.bashrc\n`, 'release SHA256SUMS')).toThrow(
      new UserError('release SHA256SUMS:2: "../../.bashrc" is not a plain asset name'),
    );
    expect(() => parseSha256Sums(`${hex}  /etc/passwd\n`)).toThrow(UserError);
    expect(() => parseSha256Sums(`${hex}  dir/file\n`)).toThrow(UserError);
  });

  it('refuses lines that are not checksum lines, duplicates, and an empty list', () => {
    const hex = 'a'.repeat(64);
    expect(() => parseSha256Sums(`${hex} x\n`)).toThrow(/SHA256SUMS:1: not a sha256sum line/);
    expect(() => parseSha256Sums(`SHA256 (x) = ${hex}\n`)).toThrow(/not a sha256sum line/);
    expect(() => parseSha256Sums(`${hex.slice(1)}  x\n`)).toThrow(/not a sha256sum line/);
    expect(() => parseSha256Sums(`${hex}  x\n${'b'.repeat(64)}  x\n`)).toThrow(
      /SHA256SUMS:2: 'x' is listed twice/,
    );
    expect(() => parseSha256Sums('\n')).toThrow(/lists no file/);
  });

  it('refuses a file too large to be a checksum list before reading it', () => {
    expect(() => parseSha256Sums('x'.repeat(1024 * 1024 + 1))).toThrow(/longer than/);
  });
});

describe('verifying files against SHA256SUMS', () => {
  const hex = (c: string) => c.repeat(64);
  const listed = parseSha256Sums(
    `${hex('a')}  model.onnx\n${hex('b')}  tokenizer.json\n${hex('c')}  manifest.json\n`,
  );

  it('is ok when every listed file is there with its digest, ignoring SHA256SUMS itself', () => {
    const result = verifySha256Sums(listed, [
      { name: 'manifest.json', sha256: hex('c') },
      { name: 'model.onnx', sha256: hex('a') },
      { name: 'tokenizer.json', sha256: hex('B') },
      { name: SHA256SUMS_FILE, sha256: hex('d') },
    ]);
    expect(result.ok).toBe(true);
    expect(result.checks.map((check) => check.status)).toEqual(['ok', 'ok', 'ok']);
  });

  it('names each file that differs, is missing or is not listed', () => {
    const result = verifySha256Sums(listed, [
      { name: 'model.onnx', sha256: hex('e') },
      { name: 'manifest.json', sha256: hex('c') },
      { name: 'zz-extra.bin', sha256: hex('f') },
      { name: 'aa-extra.bin', sha256: hex('0') },
    ]);
    expect(result).toEqual({
      ok: false,
      checks: [
        { name: 'model.onnx', status: 'mismatch', expected: hex('a'), actual: hex('e') },
        { name: 'tokenizer.json', status: 'missing', expected: hex('b') },
        { name: 'manifest.json', status: 'ok', sha256: hex('c') },
        { name: 'aa-extra.bin', status: 'unexpected', actual: hex('0') },
        { name: 'zz-extra.bin', status: 'unexpected', actual: hex('f') },
      ],
    });
    expect(result.checks.map(describeDigestCheck)).toEqual([
      'model.onnx: FAILED (sha256 eeeeeeeeeeee…, expected aaaaaaaaaaaa…)',
      'tokenizer.json: missing (listed in SHA256SUMS)',
      'manifest.json: OK',
      'aa-extra.bin: not listed in SHA256SUMS',
      'zz-extra.bin: not listed in SHA256SUMS',
    ]);
  });
});

describe("a release asset's digest", () => {
  it('reads GitHub’s sha256:<hex> and nothing else', () => {
    expect(sha256OfAssetDigest(`sha256:${'A'.repeat(64)}`)).toBe('a'.repeat(64));
    expect(sha256OfAssetDigest(`sha512:${'a'.repeat(128)}`)).toBeUndefined();
    expect(sha256OfAssetDigest('sha256:abc')).toBeUndefined();
    expect(sha256OfAssetDigest(null)).toBeUndefined();
  });
});
