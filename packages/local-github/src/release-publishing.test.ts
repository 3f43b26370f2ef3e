import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { getOctokit } from '@actions/github';
import { fakeSha } from './github-state.js';
import { startLocalGitHub, type LocalGitHub } from './local-github-server.js';

const OWNER = 'acme';
const TOKEN = 'ghs_publisher';
const READ_TOKEN = 'ghs_fork_reader';
const MAIN_SHA = fakeSha('main');
const CANDIDATE_SHA = fakeSha('candidate');

let github: LocalGitHub;
let octokit: ReturnType<typeof getOctokit>;
let reader: ReturnType<typeof getOctokit>;
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

function repository(): string {
  const name = `models-${++repoCount}`;
  github.state.addRepo(OWNER, name, { headSha: MAIN_SHA });
  github.state.addRef(OWNER, name, 'refs/heads/candidate', CANDIDATE_SHA);
  return name;
}

beforeAll(async () => {
  github = await startLocalGitHub({ logViolations: false, log: (line) => logged.push(line) });
  github.tokens.add(TOKEN, { access: 'write' });
  github.tokens.add(READ_TOKEN, { access: 'read' });
  octokit = getOctokit(TOKEN, { baseUrl: github.apiUrl });
  reader = getOctokit(READ_TOKEN, { baseUrl: github.apiUrl });
});

afterAll(async () => {
  await github.close();
});

afterEach(() => {
  github.faults.clear();
  github.assertNoViolations();
  expect(logged.splice(0)).toEqual([]);
});

describe('drafts', () => {
  it('are listed to a writer, not to a reader, and never found by tag', async () => {
    const repo = repository();
    const { data: draft } = await octokit.rest.repos.createRelease({
      owner: OWNER,
      repo,
      tag_name: 'v1',
      draft: true,
    });
    expect(draft).toMatchObject({
      draft: true,
      published_at: null,
      html_url: expect.stringContaining(`untagged-${draft.id}`),
    });

    const listed = await octokit.rest.repos.listReleases({ owner: OWNER, repo });
    expect(listed.data.map((release) => release.id)).toEqual([draft.id]);
    expect((await reader.rest.repos.listReleases({ owner: OWNER, repo })).data).toEqual([]);
    expect(
      (await failure(reader.rest.repos.getRelease({ owner: OWNER, repo, release_id: draft.id }))).status,
    ).toBe(404);
    // Even to the writer: a draft has no tag yet (REST docs, "Get a release by tag name").
    expect(
      (await failure(octokit.rest.repos.getReleaseByTag({ owner: OWNER, repo, tag: 'v1' }))).status,
    ).toBe(404);
    await expect(octokit.rest.git.getRef({ owner: OWNER, repo, ref: 'tags/v1' })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('are not de-duplicated by tag: a second draft of the same tag is a second release', async () => {
    const repo = repository();
    const first = await octokit.rest.repos.createRelease({ owner: OWNER, repo, tag_name: 'v1', draft: true });
    const second = await octokit.rest.repos.createRelease({
      owner: OWNER,
      repo,
      tag_name: 'v1',
      draft: true,
    });
    expect(second.data.id).not.toBe(first.data.id);
    const listed = await octokit.rest.repos.listReleases({ owner: OWNER, repo });
    expect(listed.data.map((release) => release.tag_name)).toEqual(['v1', 'v1']);
  });

  it('list-releases pages through every release, drafts included, with GitHub’s Link header', async () => {
    const repo = repository();
    for (let index = 1; index <= 35; index++) {
      github.state.addRelease(OWNER, repo, { tagName: `v${index}`, draft: index % 5 === 0 });
    }
    const all = await octokit.paginate(octokit.rest.repos.listReleases, { owner: OWNER, repo, per_page: 10 });
    expect(all).toHaveLength(35);
    expect(all[0]?.tag_name).toBe('v35');
    expect(all.filter((release) => release.draft)).toHaveLength(7);
    const firstPage = await octokit.rest.repos.listReleases({ owner: OWNER, repo, per_page: 10 });
    expect(firstPage.headers.link).toContain('rel="next"');
  });
});

describe('publishing', () => {
  it('`draft: false` creates the tag at target_commitish, stamps published_at and makes it latest', async () => {
    const repo = repository();
    const { data: draft } = await octokit.rest.repos.createRelease({
      owner: OWNER,
      repo,
      tag_name: 'model-v1',
      target_commitish: CANDIDATE_SHA,
      draft: true,
    });
    const { data: published } = await octokit.rest.repos.updateRelease({
      owner: OWNER,
      repo,
      release_id: draft.id,
      draft: false,
    });
    expect(published).toMatchObject({ draft: false, tag_name: 'model-v1', published_at: expect.any(String) });
    expect(published.html_url).toMatch(/\/releases\/tag\/model-v1$/);
    const tag = await octokit.rest.git.getRef({ owner: OWNER, repo, ref: 'tags/model-v1' });
    expect(tag.data.object).toMatchObject({ type: 'commit', sha: CANDIDATE_SHA });
    expect((await octokit.rest.repos.getReleaseByTag({ owner: OWNER, repo, tag: 'model-v1' })).data.id).toBe(
      draft.id,
    );
    expect((await octokit.rest.repos.getLatestRelease({ owner: OWNER, repo })).data.id).toBe(draft.id);
  });

  it('`make_latest: false` publishes without taking latest; `true` takes it later', async () => {
    const repo = repository();
    const v1 = await octokit.rest.repos.createRelease({ owner: OWNER, repo, tag_name: 'v1' });
    const v2 = await octokit.rest.repos.createRelease({
      owner: OWNER,
      repo,
      tag_name: 'v2',
      make_latest: 'false',
    });
    expect((await octokit.rest.repos.getLatestRelease({ owner: OWNER, repo })).data.id).toBe(v1.data.id);
    await octokit.rest.repos.updateRelease({
      owner: OWNER,
      repo,
      release_id: v2.data.id,
      make_latest: 'true',
    });
    expect((await octokit.rest.repos.getLatestRelease({ owner: OWNER, repo })).data.id).toBe(v2.data.id);
  });

  it('a second published release of a tag is refused 422 already_exists; so is publishing a second draft', async () => {
    const repo = repository();
    await octokit.rest.repos.createRelease({ owner: OWNER, repo, tag_name: 'v1' });
    const duplicate = await failure(octokit.rest.repos.createRelease({ owner: OWNER, repo, tag_name: 'v1' }));
    expect(duplicate).toMatchObject({
      status: 422,
      data: {
        message: 'Validation Failed',
        errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
      },
    });
    const { data: late } = await octokit.rest.repos.createRelease({
      owner: OWNER,
      repo,
      tag_name: 'v1',
      draft: true,
    });
    const published = await failure(
      octokit.rest.repos.updateRelease({ owner: OWNER, repo, release_id: late.id, draft: false }),
    );
    expect(published.data['errors']).toEqual([
      { resource: 'Release', code: 'already_exists', field: 'tag_name' },
    ]);
  });

  it('a draft’s asset is deleted (204), and then gone (404)', async () => {
    const repo = repository();
    const { data: draft } = await octokit.rest.repos.createRelease({
      owner: OWNER,
      repo,
      tag_name: 'v1',
      draft: true,
    });
    const asset = github.state.addReleaseAsset(OWNER, repo, draft.id, { name: 'model.onnx', content: 'w' });
    expect(
      (await octokit.rest.repos.deleteReleaseAsset({ owner: OWNER, repo, asset_id: asset.id })).status,
    ).toBe(204);
    const again = await failure(
      octokit.rest.repos.deleteReleaseAsset({ owner: OWNER, repo, asset_id: asset.id }),
    );
    expect(again.status).toBe(404);
  });
});

describe('two publishers racing', () => {
  /** One publisher: look for a release of the tag, create one if there is none. */
  async function lookThenCreate(repo: string, draft: boolean) {
    const { data: releases } = await octokit.rest.repos.listReleases({ owner: OWNER, repo });
    if (releases.some((release) => release.tag_name === 'v1')) return 'found';
    return octokit.rest.repos
      .createRelease({ owner: OWNER, repo, tag_name: 'v1', draft })
      .then((created) => created.status)
      .catch((error: { status: number; response: { data: { errors: unknown } } }) => [
        error.status,
        error.response.data.errors,
      ]);
  }

  it('both see no release; creating published releases, one gets 201 and the other 422 already_exists', async () => {
    const repo = repository();
    github.faults.add({ operationId: 'repos/create-release', fault: { kind: 'rendezvous', parties: 2 } });
    const outcomes = await Promise.all([lookThenCreate(repo, false), lookThenCreate(repo, false)]);
    expect(github.faults.fired.map((fired) => fired.kind)).toEqual(['rendezvous', 'rendezvous']);
    expect(outcomes).toEqual([
      201,
      [422, [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]],
    ]);
  });

  it('creating drafts, both succeed (two drafts of one tag); publishing both, the second gets 422 already_exists', async () => {
    const repo = repository();
    github.faults.add({ operationId: 'repos/create-release', fault: { kind: 'rendezvous', parties: 2 } });
    expect(await Promise.all([lookThenCreate(repo, true), lookThenCreate(repo, true)])).toEqual([201, 201]);
    const drafts = (await octokit.rest.repos.listReleases({ owner: OWNER, repo })).data;
    github.faults.add({ operationId: 'repos/update-release', fault: { kind: 'rendezvous', parties: 2 } });
    const published = await Promise.all(
      drafts.map((draft) =>
        octokit.rest.repos
          .updateRelease({ owner: OWNER, repo, release_id: draft.id, draft: false })
          .then((response) => response.status)
          .catch((error: { status: number }) => error.status),
      ),
    );
    expect(published.sort()).toEqual([200, 422]);
  });
});

describe('what approval and provenance checks read', () => {
  it('the merged pull request of a commit on main, and its reviews by several users on several heads', async () => {
    const repo = repository();
    const firstHead = fakeSha('pr-7-first');
    const secondHead = fakeSha('pr-7-second');
    const mergeCommit = fakeSha('merge of #7');
    github.state.addPullRequest(OWNER, repo, {
      number: 7,
      head: { ref: 'retrain', sha: firstHead },
      merged: true,
      mergeCommitSha: mergeCommit,
      user: 'data-scientist',
    });
    github.state.addReviews(OWNER, repo, 7, [
      { user: 'alice', state: 'CHANGES_REQUESTED', commitId: firstHead },
      { user: 'alice', state: 'APPROVED', commitId: firstHead },
      { user: 'bob', state: 'COMMENTED', body: 'looks fine', commitId: firstHead },
      { user: 'carol', state: 'APPROVED', commitId: secondHead, authorAssociation: 'MEMBER' },
    ]);
    const pulls = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      owner: OWNER,
      repo,
      commit_sha: mergeCommit,
    });
    expect(pulls.data.map((pull) => [pull.number, pull.merge_commit_sha])).toEqual([[7, mergeCommit]]);
    const reviews = await octokit.rest.pulls.listReviews({ owner: OWNER, repo, pull_number: 7 });
    expect(
      reviews.data.map((review) => [
        review.user?.login,
        review.state,
        review.commit_id,
        review.author_association,
      ]),
    ).toEqual([
      ['alice', 'CHANGES_REQUESTED', firstHead, 'COLLABORATOR'],
      ['alice', 'APPROVED', firstHead, 'COLLABORATOR'],
      ['bob', 'COMMENTED', firstHead, 'COLLABORATOR'],
      ['carol', 'APPROVED', secondHead, 'MEMBER'],
    ]);
  });

  it('check runs on a SHA by name and conclusion; a re-run hides the run it replaced unless filter=all', async () => {
    const repo = repository();
    github.state.addCheckRun(OWNER, repo, { headSha: MAIN_SHA, name: 'mlgate', conclusion: 'failure' });
    github.state.addCheckRun(OWNER, repo, { headSha: MAIN_SHA, name: 'mlgate', conclusion: 'success' });
    github.state.addCheckRun(OWNER, repo, { headSha: MAIN_SHA, name: 'lint', status: 'in_progress' });
    github.state.addCheckRun(OWNER, repo, { headSha: CANDIDATE_SHA, name: 'mlgate', conclusion: 'failure' });
    const latest = await octokit.rest.checks.listForRef({ owner: OWNER, repo, ref: MAIN_SHA });
    expect(latest.data.total_count).toBe(2);
    expect(latest.data.check_runs.map((run) => [run.name, run.status, run.conclusion])).toEqual([
      ['lint', 'in_progress', null],
      ['mlgate', 'completed', 'success'],
    ]);
    const named = await octokit.rest.checks.listForRef({
      owner: OWNER,
      repo,
      ref: 'main',
      check_name: 'mlgate',
      filter: 'all',
    });
    expect(named.data.check_runs.map((run) => run.conclusion)).toEqual(['success', 'failure']);
  });

  it('a lightweight tag’s ref names its commit; an annotated tag’s ref names the tag object, which names the commit', async () => {
    const repo = repository();
    github.state.addRef(OWNER, repo, 'refs/tags/light', CANDIDATE_SHA);
    const annotated = github.state.addAnnotatedTag(OWNER, repo, {
      tag: 'model-v1',
      commitSha: CANDIDATE_SHA,
      message: 'Model v1\n',
    });
    const light = await octokit.rest.git.getRef({ owner: OWNER, repo, ref: 'tags/light' });
    expect(light.data.object).toMatchObject({ type: 'commit', sha: CANDIDATE_SHA });
    const ref = await octokit.rest.git.getRef({ owner: OWNER, repo, ref: 'tags/model-v1' });
    expect(ref.data.object).toMatchObject({ type: 'tag', sha: annotated.sha });
    const tag = await octokit.rest.git.getTag({ owner: OWNER, repo, tag_sha: ref.data.object.sha });
    expect(tag.data).toMatchObject({
      tag: 'model-v1',
      message: 'Model v1\n',
      object: { type: 'commit', sha: CANDIDATE_SHA },
    });
    const tags = await octokit.rest.repos.listTags({ owner: OWNER, repo });
    expect(tags.data.find((entry) => entry.name === 'model-v1')?.commit.sha).toBe(CANDIDATE_SHA);
    expect(
      (await failure(octokit.rest.git.getTag({ owner: OWNER, repo, tag_sha: CANDIDATE_SHA }))).status,
    ).toBe(404);
  });
});
