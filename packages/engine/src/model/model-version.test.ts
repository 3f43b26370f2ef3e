import { describe, expect, it } from '@jest/globals';
import { UserError } from '../user-error.js';
import {
  FIRST_VERSION,
  bumpVersion,
  checkModelName,
  compareVersions,
  formatVersion,
  latestRelease,
  parseVersion,
  parseVersionBump,
  releaseTag,
  resolveVersion,
  tryParseVersion,
  versionOfTag,
} from './model-version.js';
import type { ExistingRelease, VersionBump } from './model-version.js';

// The regular expression semver.org suggests (https://semver.org/#is-there-a-suggested-regular-expression-
// regex-to-check-a-semver-string), as an independent oracle for which strings are versions.
const SEMVER_ORG =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

const v = (text: string) => parseVersion(text);
const bumped = (text: string, bump: VersionBump) => formatVersion(bumpVersion(v(text), bump));
const SHA = 'a'.repeat(40);
const OTHER_SHA = 'b'.repeat(40);

describe('semantic versions', () => {
  const valid = [
    '0.0.0',
    '1.2.3',
    '10.20.30',
    '1.0.0-alpha',
    '1.0.0-alpha.1',
    '1.0.0-0.3.7',
    '1.0.0-x.7.z.92',
    '1.0.0-x-y-z.--',
    '1.0.0-alpha+001',
    '1.0.0+20130313144700',
    '1.0.0-beta+exp.sha.5114f85',
    '1.0.0+21AF26D3----117B344092BD',
    '1.0.0-0A.is.legal',
  ];
  const invalid = [
    '1',
    '1.2',
    '1.2.3.4',
    'v1.2.3',
    '01.1.1',
    '1.01.1',
    '1.1.01',
    '1.2.3-0123',
    '1.2.3-0123.0123',
    '1.2.3-',
    '1.2.3+',
    '1.2.3-beta..1',
    '1.2.3+build..1',
    '1.2.3-+',
    '1.2.3-beta!',
    '+invalid',
    '-invalid',
    ' 1.2.3',
    '1.2.3 ',
    '',
  ];

  it('accepts exactly what semver.org accepts', () => {
    for (const text of [...valid, ...invalid]) {
      expect([text, tryParseVersion(text) !== undefined]).toEqual([text, SEMVER_ORG.test(text)]);
    }
  });

  it('formats a parsed version back to the same text', () => {
    for (const text of valid) expect(formatVersion(v(text))).toBe(text);
  });

  it('orders prereleases as the spec does', () => {
    // SemVer 2.0.0, item 11.4's own example.
    const ordered = [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.0.1',
      '1.1.0',
      '2.0.0',
    ];
    for (let i = 0; i < ordered.length; i++) {
      for (let j = 0; j < ordered.length; j++) {
        expect([ordered[i], ordered[j], compareVersions(v(ordered[i]!), v(ordered[j]!))]).toEqual([
          ordered[i],
          ordered[j],
          Math.sign(i - j),
        ]);
      }
    }
  });

  it('compares numeric prerelease identifiers numerically, however long', () => {
    expect(compareVersions(v('1.0.0-99999999999999999999'), v('1.0.0-100000000000000000000'))).toBe(-1);
    expect(compareVersions(v('1.0.0-2'), v('1.0.0-10'))).toBe(-1);
  });

  it('ignores build metadata in precedence', () => {
    expect(compareVersions(v('1.0.0+a'), v('1.0.0+b'))).toBe(0);
  });

  it('refuses an invalid version with a UserError naming it, and a hint for a leading v', () => {
    expect(() => parseVersion('1.2')).toThrow(
      new UserError(
        "version '1.2' is not a semantic version (MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]): it needs MAJOR.MINOR.PATCH",
      ),
    );
    expect(() => parseVersion('v1.2.3')).toThrow(/write '1\.2\.3': the tag adds the 'v'/);
    expect(() => parseVersion('1.0.01')).toThrow(/'01' where a number without leading zeros belongs/);
    expect(() => parseVersion('9007199254740992.0.0')).toThrow(UserError);
  });

  it("refuses a version that would end the tag in '.lock', which git refuses", () => {
    expect(() => parseVersion('1.0.0-rc.lock')).toThrow(/'\.lock'/);
  });
});

describe('model names and release tags', () => {
  it('tags a version as <name>-v<version>', () => {
    expect(releaseTag('churn', v('1.2.0'))).toBe('churn-v1.2.0');
    expect(releaseTag('fraud_v2.xgb', v('1.0.0-rc.1+b.7'))).toBe('fraud_v2.xgb-v1.0.0-rc.1+b.7');
  });

  it('refuses names a tag cannot carry, saying why', () => {
    expect(() => checkModelName('churn model')).toThrow(
      new UserError("model name 'churn model' may hold only letters, digits, '.', '_' and '-'"),
    );
    expect(() => checkModelName('churn/eu')).toThrow(UserError);
    expect(() => checkModelName('')).toThrow(UserError);
    expect(() => checkModelName('.churn')).toThrow(/may not start with/);
    expect(() => checkModelName('-churn')).toThrow(/may not start with/);
    expect(() => checkModelName('churn..eu')).toThrow(/'\.\.'/);
    expect(() => checkModelName('x'.repeat(101))).toThrow(/longer than 100/);
  });

  it('refuses a name whose tags would read as another model’s', () => {
    // `churn-v1.0.0-v2.0.0` would be both `churn` 1.0.0-v2.0.0 and `churn-v1.0.0` 2.0.0.
    expect(() => checkModelName('churn-v1.0.0')).toThrow(/another model's/);
    expect(checkModelName('resnet-v2')).toBe('resnet-v2');
  });

  it('reads a tag of the model, and not of a model whose name starts the same', () => {
    expect(versionOfTag('churn', 'churn-v1.2.0')).toEqual(v('1.2.0'));
    expect(versionOfTag('churn', 'churn-eu-v1.2.0')).toBeUndefined();
    expect(versionOfTag('churn', 'churn-v2-v1.0.0')).toBeUndefined();
    expect(versionOfTag('churn', 'churn-vnext')).toBeUndefined();
    expect(versionOfTag('churn', 'v1.0.0')).toBeUndefined();
  });
});

describe('the latest release of a model', () => {
  it('is the highest version among its own tags, whatever the listing order', () => {
    const tags = [
      'churn-v1.9.0',
      'churn-eu-v9.0.0',
      'churn-v1.10.0',
      'churn-v1.10.0-rc.2',
      'churn-vbad',
      'churn-v01.0.0',
      'v3.0.0',
    ];
    expect(latestRelease('churn', tags)).toEqual({ tag: 'churn-v1.10.0', version: v('1.10.0') });
    expect(latestRelease('churn', [...tags].reverse())?.tag).toBe('churn-v1.10.0');
    expect(latestRelease('churn-eu', tags)?.tag).toBe('churn-eu-v9.0.0');
  });

  it('counts prereleases, which rank below their release', () => {
    expect(latestRelease('m', ['m-v1.0.0', 'm-v1.1.0-rc.1'])?.tag).toBe('m-v1.1.0-rc.1');
    expect(latestRelease('m', ['m-v1.1.0', 'm-v1.1.0-rc.1'])?.tag).toBe('m-v1.1.0');
  });

  it('breaks a tie between builds of one precedence by the tag, so listing order never matters', () => {
    expect(latestRelease('m', ['m-v1.0.0+b', 'm-v1.0.0+a'])?.tag).toBe('m-v1.0.0+b');
    expect(latestRelease('m', ['m-v1.0.0+a', 'm-v1.0.0+b'])?.tag).toBe('m-v1.0.0+b');
  });

  it('is undefined when the model has no release yet', () => {
    expect(latestRelease('churn', ['churn-eu-v1.0.0', 'other-v1.0.0'])).toBeUndefined();
  });
});

describe('bumping a version', () => {
  it('moves a release up by patch, minor or major', () => {
    expect(bumped('1.2.3', 'patch')).toBe('1.2.4');
    expect(bumped('1.2.3', 'minor')).toBe('1.3.0');
    expect(bumped('1.2.3', 'major')).toBe('2.0.0');
    expect(bumped('1.2.3+build.7', 'patch')).toBe('1.2.4');
  });

  it('releases a prerelease when the bump reaches it, as npm semver does', () => {
    expect(bumped('1.3.0-rc.1', 'patch')).toBe('1.3.0');
    expect(bumped('1.3.0-rc.1', 'minor')).toBe('1.3.0');
    expect(bumped('1.3.0-rc.1', 'major')).toBe('2.0.0');
    expect(bumped('2.0.0-rc.1', 'major')).toBe('2.0.0');
    expect(bumped('1.3.1-rc.1', 'minor')).toBe('1.4.0');
  });

  it('always lands above the version it bumps, never on a prerelease', () => {
    for (const text of ['0.0.0', '1.2.3', '1.0.0-alpha', '1.2.0-rc.1', '1.2.3-rc.1', '3.0.0-0']) {
      for (const bump of ['patch', 'minor', 'major'] as const) {
        const next = bumpVersion(v(text), bump);
        expect(compareVersions(next, v(text))).toBe(1);
        expect(next.prerelease).toEqual([]);
      }
    }
  });

  it('takes only patch, minor or major', () => {
    expect(parseVersionBump('minor')).toBe('minor');
    expect(() => parseVersionBump('prerelease')).toThrow(
      new UserError("bump 'prerelease' is not one of patch, minor, major"),
    );
  });
});

describe('resolving the version to publish', () => {
  const existing: ExistingRelease[] = [
    { tag: 'churn-v1.2.0', commit: OTHER_SHA },
    { tag: 'churn-v1.2.4', commit: OTHER_SHA },
    { tag: 'churn-eu-v7.0.0', commit: SHA },
  ];

  it('bumps the latest release of the model for auto, and names the previous release', () => {
    expect(
      resolveVersion({ name: 'churn', requested: 'auto', bump: 'minor', existing, commit: SHA }),
    ).toEqual({
      version: v('1.3.0'),
      tag: 'churn-v1.3.0',
      previous: { tag: 'churn-v1.2.4', version: v('1.2.4') },
      reason: '1.3.0: churn-v1.2.4 bumped by minor',
    });
  });

  it('starts at 1.0.0 for the first release of a model', () => {
    expect(FIRST_VERSION).toEqual(v('1.0.0'));
    const first = resolveVersion({ name: 'fraud', requested: 'auto', bump: 'patch', existing, commit: SHA });
    expect(first).toMatchObject({ tag: 'fraud-v1.0.0', previous: undefined });
    expect(first.reason).toBe('1.0.0: the first release of fraud (no fraud-v* tag yet)');
  });

  it('resumes, for auto, the release already made from this commit instead of bumping past it', () => {
    const rerun = resolveVersion({
      name: 'churn',
      requested: 'auto',
      bump: 'patch',
      existing: [...existing, { tag: 'churn-v1.3.0', commit: SHA }],
      commit: SHA,
    });
    expect(rerun).toMatchObject({ tag: 'churn-v1.3.0', previous: { tag: 'churn-v1.2.4' } });
    expect(rerun.reason).toBe('1.3.0: churn-v1.3.0 already points at aaaaaaa');
  });

  it('takes a given version as it is, with the release below it as the previous one', () => {
    const given = resolveVersion({ name: 'churn', requested: '1.2.2', bump: 'patch', existing, commit: SHA });
    expect(given).toMatchObject({
      tag: 'churn-v1.2.2',
      previous: { tag: 'churn-v1.2.0' },
      reason: '1.2.2: as given',
    });
  });

  it('refuses an invalid version or model name before looking at any tag', () => {
    expect(() =>
      resolveVersion({ name: 'churn', requested: 'latest', bump: 'patch', existing, commit: SHA }),
    ).toThrow(/version 'latest' is not a semantic version/);
    expect(() =>
      resolveVersion({ name: 'a b', requested: 'auto', bump: 'patch', existing, commit: SHA }),
    ).toThrow(UserError);
  });
});
