import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { getOctokit } from '@actions/github';
import { startLocalGitHub, type LocalGitHub } from './local-github-server.js';

const OWNER = 'acme';
const TOKEN = 'ghs_workflow_token';
const ADMIN_TOKEN = 'ghp_repository_admin';
const MAIN_SHA = 'c0ffee0000000000000000000000000000000001';

let github: LocalGitHub;
let octokit: ReturnType<typeof getOctokit>;
let admin: ReturnType<typeof getOctokit>;
let repoCount = 0;
const logged: string[] = [];

/** Status and body of a rejected octokit call. */
async function failure(call: Promise<unknown>): Promise<{ status: number; data: Record<string, unknown> }> {
  try {
    await call;
  } catch (error) {
    const { status, response } = error as { status: number; response?: { data: unknown } };
    return { status, data: (response?.data ?? {}) as Record<string, unknown> };
  }
  throw new Error('expected the request to fail');
}

/** A fresh repository with immutable releases on (or off), so each test starts from its own history. */
function repository(options: { immutable: boolean }): string {
  const name = `models-${++repoCount}`;
  github.state.addRepo(OWNER, name, { headSha: MAIN_SHA });
  if (options.immutable) github.state.enableImmutableReleases(OWNER, name);
  return name;
}

/** Draft, one asset, publish: the order immutable releases ask for. */
async function publishedWithAsset(repo: string, tag: string) {
  const { data: draft } = await octokit.rest.repos.createRelease({
    owner: OWNER,
    repo,
    tag_name: tag,
    draft: true,
  });
  const { data: asset } = await upload(repo, draft, 'model.onnx');
  const { data: release } = await octokit.rest.repos.updateRelease({
    owner: OWNER,
    repo,
    release_id: draft.id,
    draft: false,
  });
  return { release, asset };
}

function upload(repo: string, release: { id: number; upload_url: string }, name: string) {
  return octokit.rest.repos.uploadReleaseAsset({
    owner: OWNER,
    repo,
    release_id: release.id,
    name,
    url: release.upload_url,
    data: name,
    headers: { 'content-type': 'application/octet-stream', 'content-length': String(name.length) },
  });
}

beforeAll(async () => {
  github = await startLocalGitHub({ logViolations: false, log: (line) => logged.push(line) });
  github.tokens.add(TOKEN, { access: 'write' });
  github.tokens.add(ADMIN_TOKEN, { access: 'admin', login: 'octocat' });
  octokit = getOctokit(TOKEN, { baseUrl: github.apiUrl });
  admin = getOctokit(ADMIN_TOKEN, { baseUrl: github.apiUrl });
});

afterAll(async () => {
  await github.close();
});

afterEach(() => {
  github.assertNoViolations();
  expect(logged.splice(0)).toEqual([]);
});

describe('the repository setting', () => {
  it('an administrator reads, enables and disables it; a workflow token may not even read it', async () => {
    const repo = repository({ immutable: false });
    const check = () => admin.request('GET /repos/{owner}/{repo}/immutable-releases', { owner: OWNER, repo });
    expect((await check()).data).toEqual({ enabled: false, enforced_by_owner: false });
    expect(
      (await admin.request('PUT /repos/{owner}/{repo}/immutable-releases', { owner: OWNER, repo })).status,
    ).toBe(204);
    expect((await check()).data).toEqual({ enabled: true, enforced_by_owner: false });
    expect(
      (await admin.request('DELETE /repos/{owner}/{repo}/immutable-releases', { owner: OWNER, repo })).status,
    ).toBe(204);
    expect((await check()).data).toMatchObject({ enabled: false });

    const denied = await failure(
      octokit.request('GET /repos/{owner}/{repo}/immutable-releases', { owner: OWNER, repo }),
    );
    expect(denied).toMatchObject({
      status: 403,
      data: { message: 'Resource not accessible by integration' },
    });
  });

  it('enforced by the owner, the repository cannot turn it off (409)', async () => {
    const repo = repository({ immutable: false });
    github.state.enableImmutableReleases(OWNER, repo, { enforcedByOwner: true });
    const refused = await failure(
      admin.request('DELETE /repos/{owner}/{repo}/immutable-releases', { owner: OWNER, repo }),
    );
    expect(refused.status).toBe(409);
    expect(
      (await admin.request('GET /repos/{owner}/{repo}/immutable-releases', { owner: OWNER, repo })).data,
    ).toEqual({
      enabled: true,
      enforced_by_owner: true,
    });
  });
});

describe('a release published with immutable releases on', () => {
  it('is `immutable`; its draft was not, and took assets freely', async () => {
    const repo = repository({ immutable: true });
    const { data: draft } = await octokit.rest.repos.createRelease({
      owner: OWNER,
      repo,
      tag_name: 'v1',
      draft: true,
    });
    expect(draft).toMatchObject({ draft: true, immutable: false });
    const { data: asset } = await upload(repo, draft, 'model.onnx');
    await octokit.rest.repos.updateReleaseAsset({
      owner: OWNER,
      repo,
      asset_id: asset.id,
      label: 'the model',
    });
    await octokit.rest.repos.deleteReleaseAsset({ owner: OWNER, repo, asset_id: asset.id });
    await upload(repo, draft, 'model.onnx');
    const { data: published } = await octokit.rest.repos.updateRelease({
      owner: OWNER,
      repo,
      release_id: draft.id,
      draft: false,
    });
    expect(published).toMatchObject({ draft: false, immutable: true, tag_name: 'v1' });
    expect(published.assets.map((a) => a.name)).toEqual(['model.onnx']);
    const { data: tag } = await octokit.rest.git.getRef({ owner: OWNER, repo, ref: 'tags/v1' });
    expect(tag.object.sha).toBe(MAIN_SHA);
  });

  it('refuses a new asset with uploads.github.com’s 422 "Cannot upload assets to an immutable release."', async () => {
    const repo = repository({ immutable: true });
    const { release } = await publishedWithAsset(repo, 'v1');
    const refused = await failure(upload(repo, release, 'SHA256SUMS'));
    expect(refused.status).toBe(422);
    expect(refused.data).toEqual({
      message: 'Cannot upload assets to an immutable release.',
      request_id: expect.stringMatching(/^[0-9A-F:]+$/),
      documentation_url: 'https://docs.github.com/rest',
    });
  });

  it('refuses deleting or changing an asset (422 Validation Failed, custom)', async () => {
    const repo = repository({ immutable: true });
    const { asset } = await publishedWithAsset(repo, 'v1');
    const deleted = await failure(
      octokit.rest.repos.deleteReleaseAsset({ owner: OWNER, repo, asset_id: asset.id }),
    );
    expect(deleted).toMatchObject({
      status: 422,
      data: {
        message: 'Validation Failed',
        errors: [
          {
            resource: 'ReleaseAsset',
            code: 'custom',
            message: 'Cannot delete asset from an immutable release',
          },
        ],
      },
    });
    const renamed = await failure(
      octokit.rest.repos.updateReleaseAsset({ owner: OWNER, repo, asset_id: asset.id, name: 'other.onnx' }),
    );
    expect(renamed).toMatchObject({
      status: 422,
      data: { errors: [{ resource: 'ReleaseAsset', code: 'custom' }] },
    });
    // Refusals of state, not malformed requests, and answers GitHub gives: nothing to report.
    expect(github.violations).toEqual([]);
  });

  it('keeps title, notes, prerelease and latest editable, but cannot go back to draft', async () => {
    const repo = repository({ immutable: true });
    const { release } = await publishedWithAsset(repo, 'v1');
    const { data: edited } = await octokit.rest.repos.updateRelease({
      owner: OWNER,
      repo,
      release_id: release.id,
      name: 'Model v1',
      body: 'Approved by two reviewers.',
      prerelease: false,
      make_latest: 'true',
    });
    expect(edited).toMatchObject({ name: 'Model v1', body: 'Approved by two reviewers.', immutable: true });
    const redrafted = await failure(
      octokit.rest.repos.updateRelease({ owner: OWNER, repo, release_id: release.id, draft: true }),
    );
    expect(redrafted).toMatchObject({
      status: 422,
      data: { errors: [{ code: 'custom', message: 'state cannot be changed when release is immutable' }] },
    });
  });

  it('locks its tag: moving or deleting it is refused while the release exists', async () => {
    const repo = repository({ immutable: true });
    await publishedWithAsset(repo, 'v1');
    const moved = await failure(
      octokit.rest.git.updateRef({ owner: OWNER, repo, ref: 'tags/v1', sha: 'f'.repeat(40), force: true }),
    );
    expect(moved).toMatchObject({
      status: 422,
      data: { message: expect.stringContaining('Cannot update this protected ref.') },
    });
    const deleted = await failure(octokit.rest.git.deleteRef({ owner: OWNER, repo, ref: 'tags/v1' }));
    expect(deleted).toMatchObject({
      status: 422,
      data: { message: expect.stringContaining('Cannot delete this protected ref.') },
    });
  });

  it('may be deleted, but its tag name can never be used by a new release, draft or published', async () => {
    const repo = repository({ immutable: true });
    const { release } = await publishedWithAsset(repo, 'v1');
    await octokit.rest.repos.deleteRelease({ owner: OWNER, repo, release_id: release.id });
    const usedTag = {
      resource: 'Release',
      code: 'custom',
      field: 'tag_name',
      message: 'tag_name was used by an immutable release',
    };
    // The tag survives the release: one error, as GitHub answers (community discussion #178351).
    const again = await failure(octokit.rest.repos.createRelease({ owner: OWNER, repo, tag_name: 'v1' }));
    expect(again).toEqual({
      status: 422,
      data: {
        message: 'Validation Failed',
        errors: [usedTag],
        documentation_url: 'https://docs.github.com/rest/releases/releases#create-a-release',
        status: '422',
      },
    });
    const asDraft = await failure(
      octokit.rest.repos.createRelease({ owner: OWNER, repo, tag_name: 'v1', draft: true }),
    );
    expect(asDraft.data['errors']).toEqual([usedTag]);

    // Once the tag is deleted too, GitHub also fails to make it again, and says so first.
    await octokit.rest.git.deleteRef({ owner: OWNER, repo, ref: 'tags/v1' });
    const tagGone = await failure(octokit.rest.repos.createRelease({ owner: OWNER, repo, tag_name: 'v1' }));
    expect(tagGone.data['errors']).toEqual([
      expect.objectContaining({
        field: 'pre_receive',
        message: expect.stringContaining('creations being restricted'),
      }),
      usedTag,
      expect.objectContaining({ message: 'Published releases must have a valid tag' }),
    ]);
    const recreated = await failure(
      octokit.rest.git.createRef({ owner: OWNER, repo, ref: 'refs/tags/v1', sha: MAIN_SHA }),
    );
    expect(recreated.status).toBe(422);
  });

  it('stays immutable when the setting is turned off; releases published after that are not', async () => {
    const repo = repository({ immutable: true });
    const { release, asset } = await publishedWithAsset(repo, 'v1');
    github.state.disableImmutableReleases(OWNER, repo);
    expect(
      (await octokit.rest.repos.getRelease({ owner: OWNER, repo, release_id: release.id })).data.immutable,
    ).toBe(true);
    expect(
      (await failure(octokit.rest.repos.deleteReleaseAsset({ owner: OWNER, repo, asset_id: asset.id })))
        .status,
    ).toBe(422);
    const later = await publishedWithAsset(repo, 'v2');
    expect(later.release.immutable).toBe(false);
    await octokit.rest.repos.deleteReleaseAsset({ owner: OWNER, repo, asset_id: later.asset.id });
  });
});

describe('with immutable releases off', () => {
  it('a published release takes, changes and loses assets, and its tag may move', async () => {
    const repo = repository({ immutable: false });
    const { release, asset } = await publishedWithAsset(repo, 'v1');
    expect(release.immutable).toBe(false);
    await upload(repo, release, 'SHA256SUMS');
    await octokit.rest.repos.updateReleaseAsset({
      owner: OWNER,
      repo,
      asset_id: asset.id,
      name: 'model-v1.onnx',
    });
    await octokit.rest.repos.deleteReleaseAsset({ owner: OWNER, repo, asset_id: asset.id });
    await octokit.rest.git.updateRef({
      owner: OWNER,
      repo,
      ref: 'tags/v1',
      sha: 'f'.repeat(40),
      force: true,
    });
    await octokit.rest.repos.deleteRelease({ owner: OWNER, repo, release_id: release.id });
    expect((await octokit.rest.repos.createRelease({ owner: OWNER, repo, tag_name: 'v1' })).status).toBe(201);
  });
});
