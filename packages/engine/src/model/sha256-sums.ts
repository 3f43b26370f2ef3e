import { UserError } from '../user-error.js';

/** The checksum asset of every model release, in the format `sha256sum -c` checks. */
export const SHA256SUMS_FILE = 'SHA256SUMS';

/** One file and its sha256, lower-case hex. */
export interface FileDigest {
  readonly name: string;
  readonly sha256: string;
}

/**
 * Longest asset name taken: the download writes each asset as a file, and most file systems cap a name at
 * 255 bytes (NAME_MAX).
 */
export const ASSET_NAME_MAX_CHARS = 255;

// GitHub renames an uploaded asset whose name has "special characters, non-alphanumeric characters, and
// leading or trailing periods" (REST: Upload a release asset), replacing them with '.'; observed, it keeps
// letters, digits, '.', '_' and '-'. A name outside this set would be listed in SHA256SUMS under a name the
// release does not have, so it is refused rather than silently renamed. No '..' either (checked apart).
export const PLAIN_ASSET_NAME_PATTERN = '^[A-Za-z0-9_-](?:[A-Za-z0-9._-]*[A-Za-z0-9_-])?$';
const PLAIN_ASSET_NAME = new RegExp(PLAIN_ASSET_NAME_PATTERN);

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Whether `name` is an asset name GitHub keeps as it is and a download can write without leaving its directory. */
export function isPlainAssetName(name: string): boolean {
  return name.length <= ASSET_NAME_MAX_CHARS && PLAIN_ASSET_NAME.test(name) && !name.includes('..');
}

/** The name, or a UserError saying why it cannot be a release asset and what to do. */
export function checkAssetName(name: string): string {
  if (isPlainAssetName(name)) return name;
  const shown = JSON.stringify(name.length > 80 ? `${name.slice(0, 79)}…` : name);
  throw new UserError(
    `asset name ${shown} is not a plain file name: a release asset name holds only letters, digits, ` +
      `'.', '_' and '-' (no '/', no space, no leading or trailing '.', at most ${ASSET_NAME_MAX_CHARS} characters), ` +
      'since GitHub renames any other; rename the file',
  );
}

/** `sha256:<hex>` as GitHub gives it on a release asset (`digest`), as the bare hex; undefined for anything else. */
export function sha256OfAssetDigest(digest: string | null | undefined): string | undefined {
  if (typeof digest !== 'string' || !digest.startsWith('sha256:')) return undefined;
  const hex = digest.slice('sha256:'.length).toLowerCase();
  return SHA256_HEX.test(hex) ? hex : undefined;
}

const byName = (a: FileDigest, b: FileDigest): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function checkDigests(files: readonly FileDigest[]): void {
  const seen = new Set<string>();
  for (const file of files) {
    checkAssetName(file.name);
    if (file.name === SHA256SUMS_FILE) throw new UserError(`${SHA256SUMS_FILE} cannot list itself`);
    if (!SHA256_HEX.test(file.sha256)) {
      throw new Error(`${file.name}: '${file.sha256}' is not a lower-case sha256`);
    }
    if (seen.has(file.name)) throw new UserError(`two files are named '${file.name}'`);
    seen.add(file.name);
  }
}

/**
 * The SHA256SUMS text: one `<hex>  <name>` line a file (two spaces: text mode, as `sha256sum` writes on
 * Linux), sorted by name in byte order (as `LC_ALL=C sort`), so the same files always give the same bytes
 * and the same digest.
 */
export function formatSha256Sums(files: readonly FileDigest[]): string {
  checkDigests(files);
  return [...files]
    .sort(byName)
    .map((file) => `${file.sha256}  ${file.name}\n`)
    .join('');
}

/**
 * SHA256SUMS files are small (GitHub takes at most 1,000 assets a release; a line is under 330 bytes); one
 * from a release is untrusted, so a larger one is refused before it is split.
 */
export const SHA256SUMS_MAX_CHARS = 1024 * 1024;

// `<64 hex><space><space or *><name>`: GNU sha256sum's text and binary modes. A line starting with '\' is
// its escaped form for names holding '\' or a newline, never a plain name, so it fails the name check.
const SUM_LINE = /^([0-9A-Fa-f]{64}) ([ *])(.*)$/;

/**
 * Parses `sha256sum` output (text or binary mode, LF or CRLF lines, blank lines ignored). Every name must be
 * a plain asset name, once: a SHA256SUMS from a release is untrusted, and its names become files on disk.
 * `source` names the file in errors.
 */
export function parseSha256Sums(text: string, source: string = SHA256SUMS_FILE): FileDigest[] {
  if (text.length > SHA256SUMS_MAX_CHARS) {
    throw new UserError(`${source}: longer than ${SHA256SUMS_MAX_CHARS} characters, not a checksum list`);
  }
  const files: FileDigest[] = [];
  const seen = new Set<string>();
  text.split('\n').forEach((raw, index) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') return;
    const where = `${source}:${index + 1}`;
    const match = SUM_LINE.exec(line);
    if (match === null) {
      throw new UserError(`${where}: not a sha256sum line ('<64 hex digits>  <file name>')`);
    }
    const name = match[3]!;
    if (!isPlainAssetName(name)) {
      throw new UserError(`${where}: ${JSON.stringify(name.slice(0, 80))} is not a plain asset name`);
    }
    if (seen.has(name)) throw new UserError(`${where}: '${name}' is listed twice`);
    seen.add(name);
    files.push({ name, sha256: match[1]!.toLowerCase() });
  });
  if (files.length === 0) throw new UserError(`${source}: lists no file`);
  return files;
}

/** What one file's check found. */
export type DigestCheck =
  | { readonly name: string; readonly status: 'ok'; readonly sha256: string }
  /** Listed, present, and different: the file is not the one published. */
  | { readonly name: string; readonly status: 'mismatch'; readonly expected: string; readonly actual: string }
  /** Listed but not present. */
  | { readonly name: string; readonly status: 'missing'; readonly expected: string }
  /** Present but not listed: nothing vouches for it. */
  | { readonly name: string; readonly status: 'unexpected'; readonly actual: string };

export type DigestStatus = DigestCheck['status'];

export interface DigestVerification {
  /** Every listed file present with its listed digest, and no file unlisted. */
  readonly ok: boolean;
  /** The listed files in the list's order, then the unlisted ones by name. */
  readonly checks: readonly DigestCheck[];
}

/**
 * Checks files against a parsed SHA256SUMS. `actual` is what was hashed (a release's assets, a download's
 * files); an entry named SHA256SUMS is skipped, since the list cannot vouch for itself (GitHub's asset digest
 * and release attestation do).
 */
export function verifySha256Sums(
  expected: readonly FileDigest[],
  actual: readonly FileDigest[],
): DigestVerification {
  const present = new Map<string, string>();
  for (const file of actual)
    if (file.name !== SHA256SUMS_FILE) present.set(file.name, file.sha256.toLowerCase());
  const listed = new Set(expected.map((file) => file.name));
  const checks: DigestCheck[] = expected.map(({ name, sha256 }): DigestCheck => {
    const found = present.get(name);
    if (found === undefined) return { name, status: 'missing', expected: sha256 };
    return found === sha256
      ? { name, status: 'ok', sha256 }
      : { name, status: 'mismatch', expected: sha256, actual: found };
  });
  const unlisted = [...present]
    .filter(([name]) => !listed.has(name))
    .map(([name, sha256]) => ({ name, sha256 }))
    .sort(byName);
  for (const { name, sha256 } of unlisted) checks.push({ name, status: 'unexpected', actual: sha256 });
  return { ok: checks.every((check) => check.status === 'ok'), checks };
}

/** One line for people, in `sha256sum -c`'s words where it has them: `model.bin: FAILED (sha256 abc… expected def…)`. */
export function describeDigestCheck(check: DigestCheck): string {
  switch (check.status) {
    case 'ok':
      return `${check.name}: OK`;
    case 'mismatch':
      return `${check.name}: FAILED (sha256 ${check.actual.slice(0, 12)}…, expected ${check.expected.slice(0, 12)}…)`;
    case 'missing':
      return `${check.name}: missing (listed in ${SHA256SUMS_FILE})`;
    case 'unexpected':
      return `${check.name}: not listed in ${SHA256SUMS_FILE}`;
  }
}
