import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getOctokit } from '@actions/github';
import { startLocalGitHub, type LocalGitHub } from '@mlgate/local-github';

// The local GitHub in GitHub Enterprise Server's URL layout: REST under /api/v3, uploads under /api/uploads,
// GraphQL at /api/graphql, the web at the root (@octokit/openapi's ghes-3.19 description: `servers`
// `{protocol}://{hostname}/api/v3`, the upload operation's `https://HOSTNAME/api/uploads`).
const [OWNER, REPO, TOKEN] = ['octo-org', 'model-zoo', 'ghs_enterpriseLayoutWriteToken000001'];
let github: LocalGitHub;

const authorized = { authorization: `Bearer ${TOKEN}`, accept: 'application/vnd.github+json' };

beforeAll(async () => {
  github = await startLocalGitHub({ layout: 'enterprise-server' });
  github.tokens.add(TOKEN, { access: 'write' });
  github.state.addRepo(OWNER, REPO, { defaultBranch: 'main' });
  github.state.addPullRequest(OWNER, REPO, { number: 3, head: { ref: 'f', sha: 'a'.repeat(40) } });
});

afterAll(async () => {
  await github?.close();
});

describe('the local GitHub in the Enterprise Server layout', () => {
  it('names /api/v3 and /api/graphql as the URLs a GHES runner sets', () => {
    expect(github.apiUrl).toBe(`${github.url}/api/v3`);
    expect(github.graphqlUrl).toBe(`${github.url}/api/graphql`);
  });

  it('serves REST under /api/v3 only: the same path at the root is a 404', async () => {
    const inside = await fetch(`${github.apiUrl}/repos/${OWNER}/${REPO}`, { headers: authorized });
    expect(inside.status).toBe(200);
    const repo = (await inside.json()) as { url: string; html_url: string };
    expect(repo.url).toBe(`${github.url}/api/v3/repos/${OWNER}/${REPO}`);
    expect(repo.html_url).toBe(`${github.url}/${OWNER}/${REPO}`);
    expect((await fetch(`${github.url}/repos/${OWNER}/${REPO}`, { headers: authorized })).status).toBe(404);
    expect(
      (await fetch(`${github.url}/graphql`, { method: 'POST', headers: authorized, body: '{}' })).status,
    ).toBe(404);
  });

  it('points upload_url at /api/uploads, takes the bytes there and not at /uploads, and serves them from the web root', async () => {
    const octokit = getOctokit(TOKEN, { baseUrl: github.apiUrl });
    const { data: release } = await octokit.rest.repos.createRelease({
      owner: OWNER,
      repo: REPO,
      tag_name: 'v1',
    });
    expect(release.upload_url).toBe(
      `${github.url}/api/uploads/repos/${OWNER}/${REPO}/releases/${release.id}/assets{?name,label}`,
    );
    expect(release.html_url).toBe(`${github.url}/${OWNER}/${REPO}/releases/tag/v1`);
    const upload = (prefix: string) =>
      fetch(`${github.url}${prefix}/repos/${OWNER}/${REPO}/releases/${release.id}/assets?name=model.bin`, {
        method: 'POST',
        headers: { ...authorized, 'content-type': 'application/octet-stream', 'content-length': '5' },
        body: 'bytes',
      });
    expect((await upload('/uploads')).status).toBe(404);
    const uploaded = await upload('/api/uploads');
    expect(uploaded.status).toBe(201);
    const asset = (await uploaded.json()) as { browser_download_url: string };
    expect(asset.browser_download_url).toBe(`${github.url}/${OWNER}/${REPO}/releases/download/v1/model.bin`);
    const download = await fetch(asset.browser_download_url, { headers: authorized });
    expect(await download.text()).toBe('bytes');
  });

  it('answers GraphQL at /api/graphql, where octokit sends it from an /api/v3 base URL', async () => {
    const octokit = getOctokit(TOKEN, { baseUrl: github.apiUrl });
    const { data: comment } = await octokit.rest.issues.createComment({
      owner: OWNER,
      repo: REPO,
      issue_number: 3,
      body: 'old report',
    });
    const result = await octokit.graphql<{ minimizeComment: { minimizedComment: { isMinimized: boolean } } }>(
      'mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }',
      { id: comment.node_id },
    );
    expect(result.minimizeComment.minimizedComment.isMinimized).toBe(true);
    expect(github.requests.filter((request) => request.operationId === 'graphql')).toHaveLength(1);
    github.assertNoViolations();
  });
});
