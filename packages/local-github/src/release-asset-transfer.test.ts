import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { getOctokit } from '@actions/github';
import { startLocalGitHub, type LocalGitHub } from './local-github-server.js';
import { MAX_RELEASE_ASSET_BYTES } from './routes/release-asset-routes.js';

const OWNER = 'acme';
const REPO = 'models';
const TOKEN = 'ghs_publisher';
const MiB = 1024 ** 2;

// What the asset holds after the upload is what counts, not the garbage its chunks left on the way.
setFlagsFromString('--expose_gc');
const collectGarbage = runInNewContext('gc') as () => void;
const retainedBuffers = (): number => {
  collectGarbage();
  return process.memoryUsage().arrayBuffers;
};

let github: LocalGitHub;
let octokit: ReturnType<typeof getOctokit>;
const logged: string[] = [];

/** Status and body of a rejected octokit call. */
async function failure(call: Promise<unknown>): Promise<{ status: number; data: unknown }> {
  try {
    await call;
  } catch (error) {
    const { status, response } = error as { status: number; response?: { data: unknown } };
    return { status, data: response?.data };
  }
  throw new Error('expected the request to fail');
}

/** `bytes` of a repeating pattern, produced a MiB at a time: the test itself never holds the whole asset. */
function patternStream(bytes: number): { stream: Readable; sha256: string } {
  const block = Buffer.alloc(MiB, 'mlgate model weights ');
  const hash = createHash('sha256');
  for (let sent = 0; sent < bytes; sent += block.length)
    hash.update(block.subarray(0, Math.min(block.length, bytes - sent)));
  async function* blocks() {
    for (let sent = 0; sent < bytes; sent += block.length)
      yield block.subarray(0, Math.min(block.length, bytes - sent));
  }
  return { stream: Readable.from(blocks()), sha256: hash.digest('hex') };
}

async function draftRelease(tag: string) {
  const { data } = await octokit.rest.repos.createRelease({
    owner: OWNER,
    repo: REPO,
    tag_name: tag,
    draft: true,
  });
  return data;
}

function upload(
  release: { id: number; upload_url: string },
  name: string,
  data: Buffer | Readable,
  size: number,
) {
  return octokit.rest.repos.uploadReleaseAsset({
    owner: OWNER,
    repo: REPO,
    release_id: release.id,
    name,
    url: release.upload_url,
    data: data as unknown as string,
    headers: { 'content-type': 'application/octet-stream', 'content-length': String(size) },
  });
}

/** Streams the bytes `repos/get-release-asset` redirects to, hashing them on the way. */
async function downloadDigest(
  assetId: number,
): Promise<{ status: number; location: string; sha256: string; size: number }> {
  const headers = { authorization: `token ${TOKEN}`, accept: 'application/octet-stream' };
  const api = await fetch(`${github.apiUrl}/repos/${OWNER}/${REPO}/releases/assets/${assetId}`, {
    headers,
    redirect: 'manual',
  });
  const location = api.headers.get('location') ?? '';
  const bytes = await fetch(location, { headers });
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of bytes.body as unknown as AsyncIterable<Uint8Array>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { status: api.status, location, sha256: hash.digest('hex'), size };
}

function assetFiles(): string[] {
  const uploaded = github.state
    .repo(OWNER, REPO)
    .releases.flatMap((release) => release.assets)
    .map((asset) => asset.content)
    .find((content) => 'file' in content);
  return uploaded !== undefined && 'file' in uploaded ? readdirSync(path.dirname(uploaded.file)) : [];
}

beforeAll(async () => {
  github = await startLocalGitHub({ logViolations: false, log: (line) => logged.push(line) });
  github.tokens.add(TOKEN, { access: 'write' });
  github.state.addRepo(OWNER, REPO);
  octokit = getOctokit(TOKEN, { baseUrl: github.apiUrl });
});

afterAll(async () => {
  await github.close();
});

afterEach(() => {
  github.faults.clear();
  github.assertNoViolations();
  expect(logged.splice(0)).toEqual([]);
});

describe('release assets are streamed through disk, never held in memory', () => {
  it('a 256 MiB upload streams to a temporary file, reports its sha256 digest, and downloads back streamed', async () => {
    const size = 256 * MiB;
    const release = await draftRelease('v-big');
    const block = Buffer.alloc(MiB, 'mlgate model weights ');
    const sha256 = createHash('sha256');
    for (let sent = 0; sent < size; sent += MiB) sha256.update(block);
    const before = retainedBuffers();
    // One block written again and again: the client holds 1 MiB, so whatever more is retained is the server's.
    // (fetch copies every chunk and frees the copies lazily, which would hide the server's share.)
    const uploaded = await new Promise<{ status: number; body: Record<string, unknown> }>(
      (resolve, reject) => {
        const url = new URL(release.upload_url.replace('{?name,label}', '?name=model.onnx'));
        const request = httpRequest(url, {
          method: 'POST',
          headers: {
            authorization: `token ${TOKEN}`,
            'content-type': 'application/octet-stream',
            'content-length': String(size),
          },
        });
        request.on('response', (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }));
        });
        request.on('error', reject);
        async function* blocks() {
          for (let sent = 0; sent < size; sent += MiB) yield block;
        }
        Readable.from(blocks()).pipe(request);
      },
    );

    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({
      name: 'model.onnx',
      size,
      state: 'uploaded',
      digest: `sha256:${sha256.digest('hex')}`,
    });
    // Kept in memory, the asset would hold 256 MiB of Buffers here. Streamed, it holds a few MiB; on a loaded
    // machine (the whole suite on 2 cores) 50 MiB of socket buffers were once still alive after a full GC,
    // so the bound is a quarter of the asset: far below holding it, never flaky.
    expect(retainedBuffers() - before).toBeLessThan(64 * MiB);
    const stored = github.state.repo(OWNER, REPO).releases.at(-1)?.assets[0]?.content;
    expect(stored !== undefined && 'file' in stored).toBe(true);

    const download = await downloadDigest(Number(uploaded.body['id']));
    expect(download.status).toBe(302);
    expect(download.location).toContain(`/releases/download/untagged-${release.id}/model.onnx`);
    expect(`sha256:${download.sha256}`).toBe(uploaded.body['digest']);
    expect(download.size).toBe(size);
  });

  it('answers a declared size above 2 GiB from Content-Length alone, with GitHub’s size error, and closes', async () => {
    const release = await draftRelease('v-huge');
    const url = new URL(release.upload_url.replace('{?name,label}', '?name=huge.bin'));
    const answered = await new Promise<{ status: number; body: string; connection: string | undefined }>(
      (resolve, reject) => {
        const request = httpRequest(url, {
          method: 'POST',
          headers: {
            authorization: `token ${TOKEN}`,
            'content-type': 'application/octet-stream',
            'content-length': String(MAX_RELEASE_ASSET_BYTES + 1),
          },
        });
        request.on('response', (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (body += chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, body, connection: response.headers.connection }),
          );
        });
        request.on('error', reject);
        // A few bytes, then wait: GitHub does not read gigabytes to refuse them.
        request.write(Buffer.alloc(1024));
      },
    );
    expect(answered.status).toBe(422);
    expect(answered.connection).toBe('close');
    expect(JSON.parse(answered.body)).toEqual({
      message: 'Validation Failed',
      request_id: expect.stringMatching(/^[0-9A-F:]+$/),
      documentation_url: 'https://docs.github.com/rest',
      errors: [
        {
          resource: 'ReleaseAsset',
          code: 'custom',
          field: 'size',
          message: 'size must be less than or equal to 2147483648',
        },
      ],
    });
    expect(github.violations).toEqual([
      expect.objectContaining({ operationId: 'repos/upload-release-asset', status: 422 }),
    ]);
    github.clearViolations();
  });

  it('a second upload under a taken name gets uploads.github.com’s 422 already_exists body, as recorded', async () => {
    const release = await draftRelease('v-conflict');
    const bytes = Buffer.from('Hello, world!\n');
    await upload(release, 'test-upload.txt', bytes, bytes.length);
    const response = await fetch(
      release.upload_url.replace('{?name,label}', '?name=test-upload.txt&label=test'),
      {
        method: 'POST',
        headers: { authorization: `token ${TOKEN}`, 'content-type': 'text/plain' },
        body: bytes,
      },
    );
    // @octokit/fixtures, scenario release-assets-conflict: no `status`, the generic documentation link.
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      message: 'Validation Failed',
      request_id: response.headers.get('x-github-request-id'),
      documentation_url: 'https://docs.github.com/rest',
      errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }],
    });
  });

  it('removes the temporary files when the server closes', async () => {
    const own = await startLocalGitHub({ logViolations: false });
    own.tokens.add(TOKEN, { access: 'write' });
    own.state.addRepo(OWNER, REPO);
    const client = getOctokit(TOKEN, { baseUrl: own.apiUrl });
    const { data: release } = await client.rest.repos.createRelease({
      owner: OWNER,
      repo: REPO,
      tag_name: 'v1',
      draft: true,
    });
    await client.rest.repos.uploadReleaseAsset({
      owner: OWNER,
      repo: REPO,
      release_id: release.id,
      name: 'model.onnx',
      url: release.upload_url,
      data: 'weights',
      headers: { 'content-type': 'application/octet-stream', 'content-length': '7' },
    });
    const content = own.state.repo(OWNER, REPO).releases[0]?.assets[0]?.content;
    const file = content !== undefined && 'file' in content ? content.file : '';
    expect(existsSync(file)).toBe(true);
    await own.close();
    expect(existsSync(path.dirname(file))).toBe(false);
  });
});

describe('faults a publisher’s uploads meet', () => {
  it('exactly the second upload fails with a 502; uploading it again succeeds', async () => {
    const release = await draftRelease('v-502');
    github.faults.add({
      operationId: 'repos/upload-release-asset',
      skip: 1,
      fault: { kind: 'status', status: 502 },
    });
    const file = (name: string) => Buffer.from(`bytes of ${name}`);
    await upload(release, 'a.bin', file('a.bin'), file('a.bin').length);
    expect((await failure(upload(release, 'b.bin', file('b.bin'), file('b.bin').length))).status).toBe(502);
    await upload(release, 'b.bin', file('b.bin'), file('b.bin').length);
    await upload(release, 'c.bin', file('c.bin'), file('c.bin').length);
    const { data: assets } = await octokit.rest.repos.listReleaseAssets({
      owner: OWNER,
      repo: REPO,
      release_id: release.id,
    });
    expect(assets.map((asset) => asset.name)).toEqual(['a.bin', 'b.bin', 'c.bin']);
    expect(github.faults.fired).toEqual([
      expect.objectContaining({ kind: 'status', operationId: 'repos/upload-release-asset' }),
    ]);
  });

  it('the connection resets halfway through the second upload’s body: nothing is stored, and the retry succeeds', async () => {
    const release = await draftRelease('v-reset');
    github.faults.add({
      operationId: 'repos/upload-release-asset',
      skip: 1,
      fault: { kind: 'reset-request' },
    });
    const size = 8 * MiB;
    await upload(release, 'first.bin', patternStream(size).stream, size);
    const filesBefore = assetFiles().length;
    const broken = await failure(upload(release, 'second.bin', patternStream(size).stream, size));
    expect(broken.status).toBe(500); // octokit's status for a request that got no answer ("fetch failed")
    expect(assetFiles()).toHaveLength(filesBefore);
    const retried = await upload(release, 'second.bin', patternStream(size).stream, size);
    expect(retried.data).toMatchObject({ size, digest: `sha256:${patternStream(size).sha256}` });
    expect(
      github.requests
        .filter((entry) => entry.operationId === 'repos/upload-release-asset')
        .slice(-3)
        .map((entry) => entry.status),
    ).toEqual([201, 0, 201]);
  });

  it('two uploads of one name at once: both stream, the second to finish gets 422 already_exists', async () => {
    const release = await draftRelease('v-twice');
    github.faults.add({
      operationId: 'repos/upload-release-asset',
      fault: { kind: 'rendezvous', parties: 2 },
    });
    const size = 4 * MiB;
    const outcomes = await Promise.all(
      [0, 1].map((_) =>
        upload(release, 'model.onnx', patternStream(size).stream, size)
          .then((response) => response.status)
          .catch((error: { status: number }) => error.status),
      ),
    );
    expect(outcomes.sort()).toEqual([201, 422]);
    const { data: assets } = await octokit.rest.repos.listReleaseAssets({
      owner: OWNER,
      repo: REPO,
      release_id: release.id,
    });
    expect(assets).toEqual([expect.objectContaining({ name: 'model.onnx', size })]);
  });

  it('an upstream failure answers 502 and leaves an empty `open` asset that blocks the name until deleted', async () => {
    const release = await draftRelease('v-starter');
    github.faults.add({ operationId: 'repos/upload-release-asset', fault: { kind: 'upstream-failure' } });
    const bytes = Buffer.from('weights');
    expect((await failure(upload(release, 'model.onnx', bytes, bytes.length))).status).toBe(502);
    const { data: assets } = await octokit.rest.repos.listReleaseAssets({
      owner: OWNER,
      repo: REPO,
      release_id: release.id,
    });
    expect(assets).toEqual([
      expect.objectContaining({ name: 'model.onnx', state: 'open', size: 0, digest: null }),
    ]);
    expect((await failure(upload(release, 'model.onnx', bytes, bytes.length))).status).toBe(422);
    await octokit.rest.repos.deleteReleaseAsset({ owner: OWNER, repo: REPO, asset_id: assets[0]?.id ?? 0 });
    expect((await upload(release, 'model.onnx', bytes, bytes.length)).data).toMatchObject({
      state: 'uploaded',
      size: 7,
    });
  });
});
