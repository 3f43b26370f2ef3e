import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startLocalGitHub, type LocalGitHub } from './local-github-server.js';

/** One exchange recorded against api.github.com / uploads.github.com by @octokit/fixtures. */
interface RecordedExchange {
  readonly scope: string;
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
  readonly status: number;
  readonly response: unknown;
  readonly reqheaders: Record<string, string | number>;
}

const TOKEN = 'ghs_fixture_token';
const FIXTURES = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@octokit/fixtures/package.json')),
  'scenarios/api.github.com',
);

function scenario(name: string): RecordedExchange[] {
  return JSON.parse(
    readFileSync(path.join(FIXTURES, name, 'normalized-fixture.json'), 'utf8'),
  ) as RecordedExchange[];
}

const jsonType = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

/**
 * Where `actual` differs in shape from what GitHub recorded: a recorded key missing, or a value of another type.
 * Ids, URLs and dates may differ; keys GitHub added since the recording may appear.
 */
function shapeDifferences(recorded: unknown, actual: unknown, at = '$'): string[] {
  if (jsonType(recorded) !== jsonType(actual))
    return [`${at}: ${jsonType(recorded)} recorded, ${jsonType(actual)} served`];
  if (Array.isArray(recorded) && Array.isArray(actual)) {
    if (recorded.length !== actual.length)
      return [`${at}: ${recorded.length} items recorded, ${actual.length} served`];
    return recorded.flatMap((item, index) => shapeDifferences(item, actual[index], `${at}[${index}]`));
  }
  if (jsonType(recorded) !== 'object') return [];
  const served = actual as Record<string, unknown>;
  return Object.entries(recorded as Record<string, unknown>).flatMap(([key, value]) =>
    key in served ? shapeDifferences(value, served[key], `${at}.${key}`) : [`${at}.${key}: missing`],
  );
}

/** Recorded ids → the ids this server gave the same objects, per kind (a release and an asset may share 1000). */
class IdMap {
  private readonly ids = new Map<string, number>();

  learn(recorded: unknown, actual: unknown): void {
    if (Array.isArray(recorded) && Array.isArray(actual)) {
      recorded.forEach((item, index) => this.learn(item, actual[index]));
      return;
    }
    if (jsonType(recorded) !== 'object' || jsonType(actual) !== 'object') return;
    const before = recorded as Record<string, unknown>;
    const after = actual as Record<string, unknown>;
    const kind = /\/releases\/assets\/\d+$/.test(String(before['url']))
      ? 'asset'
      : /\/releases\/\d+$/.test(String(before['url']))
        ? 'release'
        : undefined;
    if (kind !== undefined && typeof before['id'] === 'number' && typeof after['id'] === 'number') {
      this.ids.set(`${kind}:${before['id']}`, after['id']);
    }
  }

  rewrite(recordedPath: string): string {
    return recordedPath
      .replace(
        /\/releases\/assets\/(\d+)/,
        (whole, id: string) => `/releases/assets/${this.ids.get(`asset:${id}`) ?? id}`,
      )
      .replace(
        /\/releases\/(\d+)/,
        (whole, id: string) => `/releases/${this.ids.get(`release:${id}`) ?? id}`,
      );
  }
}

/** `between`: what the recording script did without recording it, keyed by the exchange it preceded. */
async function replay(
  github: LocalGitHub,
  exchanges: readonly RecordedExchange[],
  between: Readonly<Record<number, () => void>> = {},
): Promise<string[]> {
  const ids = new IdMap();
  const differences: string[] = [];
  for (const [index, exchange] of exchanges.entries()) {
    between[index]?.();
    const onUploads = exchange.scope.startsWith('https://uploads.github.com');
    const headers: Record<string, string> = { authorization: `token ${TOKEN}` };
    for (const [name, value] of Object.entries(exchange.reqheaders)) {
      if (!['host', 'authorization', 'content-length'].includes(name)) headers[name] = String(value);
    }
    const body =
      exchange.body === ''
        ? undefined
        : typeof exchange.body === 'string'
          ? exchange.body
          : JSON.stringify(exchange.body);
    const response = await fetch(`${github.url}${onUploads ? '/uploads' : ''}${ids.rewrite(exchange.path)}`, {
      method: exchange.method.toUpperCase(),
      headers,
      ...(body === undefined ? {} : { body }),
    });
    const text = await response.text();
    const label = `#${index} ${exchange.method.toUpperCase()} ${exchange.path}`;
    if (response.status !== exchange.status)
      differences.push(`${label}: status ${response.status}, recorded ${exchange.status}`);
    if (exchange.response === '' || text === '') {
      if (text !== '' || exchange.response !== '') differences.push(`${label}: body presence differs`);
      continue;
    }
    const served = JSON.parse(text) as unknown;
    differences.push(
      ...shapeDifferences(exchange.response, served).map((difference) => `${label} ${difference}`),
    );
    ids.learn(exchange.response, served);
  }
  return differences;
}

let github: LocalGitHub;

beforeAll(async () => {
  github = await startLocalGitHub();
  github.tokens.add(TOKEN, { access: 'write', login: 'octokit-fixture-user-a' });
});

afterAll(async () => {
  await github.close();
});

describe('replaying exchanges recorded against api.github.com (@octokit/fixtures)', () => {
  it('release-assets: upload, list, get, rename and delete an asset', async () => {
    const owner = 'octokit-fixture-org';
    github.state.addRepo(owner, 'release-assets');
    github.state.addRelease(owner, 'release-assets', {
      tagName: 'v1.0.0',
      name: 'Version 1.0.0',
      body: 'Initial release',
      author: 'octokit-fixture-user-a',
    });
    expect(await replay(github, scenario('release-assets'))).toEqual([]);
    github.assertNoViolations();
  });

  it('release-assets-conflict: a duplicate name gets the real 422 already_exists, then delete and re-upload', async () => {
    const owner = 'octokit-fixture-org';
    github.state.addRepo(owner, 'release-assets-conflict');
    const release = github.state.addRelease(owner, 'release-assets-conflict', {
      tagName: 'v1.0.0',
      name: 'Version 1.0.0',
      body: 'Initial release',
      author: 'octokit-fixture-user-a',
    });
    // The recording script uploads the first copy unrecorded, after reading the release.
    const uploadFirstCopy = (): void => {
      github.state.addReleaseAsset(owner, 'release-assets-conflict', release.id, {
        name: 'test-upload.txt',
        label: 'test',
        contentType: 'text/plain',
        content: 'Hello, world!\n',
        uploader: 'octokit-fixture-user-a',
      });
    };
    expect(await replay(github, scenario('release-assets-conflict'), { 1: uploadFirstCopy })).toEqual([]);
    // A name conflict is GitHub answering as designed, not a malformed request.
    github.assertNoViolations();
  });
});
