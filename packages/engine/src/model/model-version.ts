import { UserError } from '../user-error.js';

/**
 * A Semantic Versioning 2.0.0 version (https://semver.org/spec/v2.0.0.html). Prerelease identifiers stay
 * strings: a numeric one may be longer than a double holds exactly, and it is compared by length then by
 * digits, which is numeric order for numbers without leading zeros.
 */
export interface SemVer {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  /** `1.0.0-rc.1` → `['rc', '1']`; empty for a release. */
  readonly prerelease: readonly string[];
  /** `1.0.0+build.5` → `['build', '5']`; ignored by precedence. */
  readonly build: readonly string[];
}

/** How `version: auto` moves past the latest release of a model. */
export const VERSION_BUMPS = ['patch', 'minor', 'major'] as const;
export type VersionBump = (typeof VERSION_BUMPS)[number];

/**
 * The first release of a model under `version: auto`. 1.0.0 rather than 0.1.0: a model published by
 * publish-model has passed the gate and been approved for use, and SemVer says software used in production
 * "should probably already be 1.0.0" (FAQ); 0.y.z means "anything may change at any time" (item 4), which
 * says nothing useful to whoever loads the model. Whoever wants 0.x gives the first version explicitly.
 */
export const FIRST_VERSION: SemVer = { major: 1, minor: 0, patch: 0, prerelease: [], build: [] };

/** A model name, as mlgate.yml's `publish.model` takes it; the release tag is `<name>-v<version>`. */
export const MODEL_NAME_PATTERN = /^[A-Za-z0-9._-]+$/;

/** Longer names are refused: a tag, an asset prefix and a heading all carry the name. */
export const MODEL_NAME_MAX_CHARS = 100;

/**
 * The regular expression semver.org suggests, for the published JSON Schema (tools that read a manifest
 * check a version with it). parseVersion accepts the same strings, less those a tag or a double cannot
 * carry (over 256 characters, a number above 2^53 - 1, a version ending in `.lock`).
 */
export const SEMVER_PATTERN =
  '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$';

const NUMERIC = /^(0|[1-9][0-9]*)$/;
const IDENTIFIER = /^[0-9A-Za-z-]+$/;
const DIGITS = /^[0-9]+$/;
// A version core right after `-v` inside a name: the tag `a-v1.0.0-v2.0.0` would read both as model `a` at
// 1.0.0-v2.0.0 and as model `a-v1.0.0` at 2.0.0, so no name may hold one.
const EMBEDDED_VERSION = /-v[0-9]+\.[0-9]+\.[0-9]+/;

function versionProblem(text: string): string | undefined {
  if (text.length > 256) return 'is longer than 256 characters';
  const plus = text.indexOf('+');
  const withoutBuild = plus === -1 ? text : text.slice(0, plus);
  const build = plus === -1 ? undefined : text.slice(plus + 1);
  const dash = withoutBuild.indexOf('-');
  const core = dash === -1 ? withoutBuild : withoutBuild.slice(0, dash);
  const prerelease = dash === -1 ? undefined : withoutBuild.slice(dash + 1);
  const parts = core.split('.');
  if (parts.length !== 3) return 'needs MAJOR.MINOR.PATCH';
  for (const part of parts) {
    if (!NUMERIC.test(part)) return `has '${part}' where a number without leading zeros belongs`;
    if (Number(part) > Number.MAX_SAFE_INTEGER) return `has a number above ${Number.MAX_SAFE_INTEGER}`;
  }
  if (prerelease !== undefined) {
    for (const id of prerelease.split('.')) {
      if (!IDENTIFIER.test(id)) return `has an empty or invalid prerelease identifier '${id}'`;
      if (DIGITS.test(id) && !NUMERIC.test(id)) return `has a prerelease number with a leading zero '${id}'`;
    }
  }
  if (build !== undefined) {
    for (const id of build.split('.')) {
      if (!IDENTIFIER.test(id)) return `has an empty or invalid build identifier '${id}'`;
    }
  }
  // Git refuses a ref ending in `.lock` (git-check-ref-format), and the version ends the tag.
  if (text.endsWith('.lock')) return "ends in '.lock', which git refuses in a tag";
  return undefined;
}

/** A version, or undefined when the text is not one (a tag of another scheme, a typo). */
export function tryParseVersion(text: string): SemVer | undefined {
  if (versionProblem(text) !== undefined) return undefined;
  return toVersion(text);
}

function toVersion(text: string): SemVer {
  const [withoutBuild = '', build] = splitOnce(text, '+');
  const [core = '', prerelease] = splitOnce(withoutBuild, '-');
  const [major = 0, minor = 0, patch = 0] = core.split('.').map(Number);
  return {
    major,
    minor,
    patch,
    prerelease: prerelease === undefined ? [] : prerelease.split('.'),
    build: build === undefined ? [] : build.split('.'),
  };
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/** A version the user gave (`version` input, `--version`): a UserError that names it and says what is wrong. */
export function parseVersion(text: string, what: string = 'version'): SemVer {
  const problem = versionProblem(text);
  if (problem === undefined) return toVersion(text);
  const hint = /^[vV][0-9]/.test(text) ? ` (write '${text.slice(1)}': the tag adds the 'v')` : '';
  throw new UserError(
    `${what} '${text}' is not a semantic version (MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]): it ${problem}${hint}`,
  );
}

export function formatVersion(version: SemVer): string {
  const prerelease = version.prerelease.length > 0 ? `-${version.prerelease.join('.')}` : '';
  const build = version.build.length > 0 ? `+${version.build.join('.')}` : '';
  return `${version.major}.${version.minor}.${version.patch}${prerelease}${build}`;
}

const sign = (difference: number): -1 | 0 | 1 => (difference < 0 ? -1 : difference > 0 ? 1 : 0);

function compareIdentifiers(a: string, b: string): -1 | 0 | 1 {
  const aNumeric = DIGITS.test(a);
  const bNumeric = DIGITS.test(b);
  // SemVer 11.4: numeric identifiers compare numerically and sort before alphanumeric ones, which compare
  // in ASCII order.
  if (aNumeric && bNumeric) return sign(a.length - b.length) || (a < b ? -1 : a > b ? 1 : 0);
  if (aNumeric !== bNumeric) return aNumeric ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** SemVer precedence: -1, 0 or 1. Build metadata is ignored, so `1.0.0+a` and `1.0.0+b` compare equal. */
export function compareVersions(a: SemVer, b: SemVer): -1 | 0 | 1 {
  const core = sign(a.major - b.major) || sign(a.minor - b.minor) || sign(a.patch - b.patch);
  if (core !== 0) return core;
  // A prerelease comes before its release (11.3).
  if (a.prerelease.length === 0 || b.prerelease.length === 0) {
    return sign(b.prerelease.length - a.prerelease.length);
  }
  const shared = Math.min(a.prerelease.length, b.prerelease.length);
  for (let index = 0; index < shared; index++) {
    const order = compareIdentifiers(a.prerelease[index]!, b.prerelease[index]!);
    if (order !== 0) return order;
  }
  // A larger set of prerelease fields has higher precedence when all before are equal.
  return sign(a.prerelease.length - b.prerelease.length);
}

/** A model name for a release tag, or a UserError naming it and the rule it breaks. */
export function checkModelName(name: string): string {
  const problem = !MODEL_NAME_PATTERN.test(name)
    ? "may hold only letters, digits, '.', '_' and '-'"
    : name.length > MODEL_NAME_MAX_CHARS
      ? `is longer than ${MODEL_NAME_MAX_CHARS} characters`
      : /^[.-]/.test(name)
        ? "may not start with '.' or '-' (git refuses the tag, or reads it as an option)"
        : name.includes('..')
          ? "may not contain '..', which git refuses in a tag"
          : EMBEDDED_VERSION.test(name)
            ? "may not contain '-v' followed by a version: its tags would read as another model's"
            : undefined;
  if (problem !== undefined) throw new UserError(`model name '${name}' ${problem}`);
  return name;
}

/** The release tag of a model version: `churn-v1.2.0`. */
export function releaseTag(name: string, version: SemVer): string {
  return `${checkModelName(name)}-v${formatVersion(version)}`;
}

/**
 * The version a tag gives the model, or undefined when the tag is not one of its releases: another model
 * whose name starts the same (`churn-eu-v1.0.0` is not `churn`'s), or a tag that is no valid version.
 */
export function versionOfTag(name: string, tag: string): SemVer | undefined {
  const prefix = `${name}-v`;
  return tag.startsWith(prefix) ? tryParseVersion(tag.slice(prefix.length)) : undefined;
}

export interface TaggedVersion {
  readonly tag: string;
  readonly version: SemVer;
}

/**
 * The model's latest release among the repository's tags, by SemVer precedence (prereleases included: they
 * are releases too, and `version: auto` must move past them). Tags of equal precedence (`1.0.0+a`,
 * `1.0.0+b`) are ordered by the tag text, so the answer never depends on the order GitHub lists them in.
 */
export function latestRelease(name: string, tags: Iterable<string>): TaggedVersion | undefined {
  checkModelName(name);
  let latest: TaggedVersion | undefined;
  for (const tag of tags) {
    const version = versionOfTag(name, tag);
    if (version === undefined) continue;
    const order = latest === undefined ? 1 : compareVersions(version, latest.version);
    if (order > 0 || (order === 0 && latest !== undefined && tag > latest.tag)) latest = { tag, version };
  }
  return latest;
}

/**
 * The next release after `version`, as npm's `semver.inc` does it: a prerelease is released by the bump that
 * reaches it (`1.3.0-rc.1` + minor → `1.3.0`, + patch → `1.3.0`), so the result is always above `version`
 * and never a prerelease. Build metadata is dropped.
 */
export function bumpVersion(version: SemVer, bump: VersionBump): SemVer {
  const pre = version.prerelease.length > 0;
  const next = (major: number, minor: number, patch: number): SemVer => {
    if (Math.max(major, minor, patch) > Number.MAX_SAFE_INTEGER) {
      throw new UserError(`cannot bump ${formatVersion(version)} by ${bump}: the number would be too large`);
    }
    return { major, minor, patch, prerelease: [], build: [] };
  };
  const { major, minor, patch } = version;
  switch (bump) {
    case 'major':
      return pre && minor === 0 && patch === 0 ? next(major, 0, 0) : next(major + 1, 0, 0);
    case 'minor':
      return pre && patch === 0 ? next(major, minor, 0) : next(major, minor + 1, 0);
    case 'patch':
      return pre ? next(major, minor, patch) : next(major, minor, patch + 1);
  }
}

export function parseVersionBump(text: string, what: string = 'bump'): VersionBump {
  if ((VERSION_BUMPS as readonly string[]).includes(text)) return text as VersionBump;
  throw new UserError(`${what} '${text}' is not one of ${VERSION_BUMPS.join(', ')}`);
}

/** A tag or release of the repository: drafts have no git tag yet but already claim their tag name. */
export interface ExistingRelease {
  readonly tag: string;
  /** The commit SHA the tag or release points at, when known. */
  readonly commit?: string;
}

export interface VersionRequest {
  readonly name: string;
  /** A semantic version, or `auto`. */
  readonly requested: string;
  readonly bump: VersionBump;
  /** Every tag and release (drafts included) of the repository; other models' are ignored. */
  readonly existing: Iterable<ExistingRelease>;
  /** The commit being published: `auto` resumes a release of the model already made from it. */
  readonly commit: string;
}

/** What `version` resolved to, and why, for the log and the step outputs. */
export interface ResolvedVersion {
  readonly version: SemVer;
  readonly tag: string;
  /** The latest release of the model below this version, to compare metrics with; absent for the first. */
  readonly previous: TaggedVersion | undefined;
  /** One line for people: `1.3.0: churn-v1.2.4 bumped by minor`. */
  readonly reason: string;
}

function previousOf(name: string, version: SemVer, tags: readonly string[]): TaggedVersion | undefined {
  return latestRelease(
    name,
    tags.filter((tag) => {
      const other = versionOfTag(name, tag);
      return other !== undefined && compareVersions(other, version) < 0;
    }),
  );
}

/**
 * The version to publish. A given semver is taken as it is: a re-run of the same version is how an
 * interrupted publish resumes, and whether its tag is free is the release's business, not this function's.
 * `auto` is the latest `<name>-v*` bumped by `bump` (the first release is FIRST_VERSION), except when a
 * release of the model already points at this commit: then it is that version, so a re-run resumes or
 * confirms the release it made instead of publishing the same commit again one version up.
 */
export function resolveVersion(request: VersionRequest): ResolvedVersion {
  const { name, bump, commit } = request;
  checkModelName(name);
  const existing = [...request.existing];
  const tags = existing.map((release) => release.tag);
  const resolved = (version: SemVer, reason: string): ResolvedVersion => ({
    version,
    tag: releaseTag(name, version),
    previous: previousOf(name, version, tags),
    reason: `${formatVersion(version)}: ${reason}`,
  });
  if (request.requested !== 'auto') return resolved(parseVersion(request.requested), 'as given');

  const fromThisCommit = latestRelease(
    name,
    existing.filter((release) => release.commit === commit).map((release) => release.tag),
  );
  if (fromThisCommit !== undefined) {
    return resolved(fromThisCommit.version, `${fromThisCommit.tag} already points at ${commit.slice(0, 7)}`);
  }
  const latest = latestRelease(name, tags);
  if (latest === undefined)
    return resolved(FIRST_VERSION, `the first release of ${name} (no ${name}-v* tag yet)`);
  return resolved(bumpVersion(latest.version, bump), `${latest.tag} bumped by ${bump}`);
}
