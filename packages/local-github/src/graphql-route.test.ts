import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getOctokit } from '@actions/github';
import { startLocalGitHub, type LocalGitHub } from './local-github-server.js';

const MINIMIZE =
  'mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }';

describe('GraphQL minimizeComment on the local GitHub', () => {
  let github: LocalGitHub;
  let commentNodeId: string;

  beforeAll(async () => {
    github = await startLocalGitHub({ logViolations: false });
    github.tokens.add('ghs_write', { access: 'write' });
    github.tokens.add('ghs_read', { access: 'read' });
    github.state.addRepo('octo-org', 'model-zoo', { defaultBranch: 'main' });
    github.state.addPullRequest('octo-org', 'model-zoo', {
      number: 3,
      head: { ref: 'f', sha: 'a'.repeat(40) },
    });
    const octokit = getOctokit('ghs_write', { baseUrl: github.apiUrl });
    const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner: 'octo-org',
      repo: 'model-zoo',
      issue_number: 3,
      body: 'old report',
    });
    commentNodeId = data.node_id;
  });

  afterAll(async () => {
    await github.close();
  });

  it('refuses a read-only token in the response body, as GitHub does', async () => {
    const octokit = getOctokit('ghs_read', { baseUrl: github.apiUrl });
    await expect(octokit.graphql(MINIMIZE, { id: commentNodeId })).rejects.toThrow(/Resource not accessible/);
    expect(github.state.allIssueComments()[0]?.minimizedReason).toBeUndefined();
  });

  it('minimizes an issue comment by its node id', async () => {
    const octokit = getOctokit('ghs_write', { baseUrl: github.apiUrl });
    const result = await octokit.graphql<{ minimizeComment: { minimizedComment: { isMinimized: boolean } } }>(
      MINIMIZE,
      { id: commentNodeId },
    );
    expect(result.minimizeComment.minimizedComment.isMinimized).toBe(true);
    expect(github.state.allIssueComments()[0]?.minimizedReason).toBe('OUTDATED');
    github.assertNoViolations();
  });

  it('records a query it does not understand as a violation', async () => {
    const octokit = getOctokit('ghs_write', { baseUrl: github.apiUrl });
    await expect(octokit.graphql('mutation { deleteEverything }')).rejects.toThrow();
    expect(github.violations.map((v) => v.operationId)).toEqual(['graphql']);
    github.clearViolations();
  });
});
