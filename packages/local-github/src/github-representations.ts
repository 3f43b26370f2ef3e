import { createHash } from 'node:crypto';
import type {
  AssetRecord,
  CheckRunRecord,
  CommitCommentRecord,
  IssueCommentRecord,
  PullRecord,
  ReleaseRecord,
  RepoRecord,
  ReviewRecord,
  StatusRecord,
  TagObjectRecord,
  UserRecord,
  WorkflowRunRecord,
} from './github-state.js';

/** Where links point: the API root, the web UI root, this server's own origin for bytes, the upload root. */
export interface ServerUrls {
  readonly api: string;
  readonly html: string;
  readonly origin: string;
  /** What `upload_url` starts with: the upload host's root (uploads.github.com, or GHES's `/api/uploads`). */
  readonly uploads: string;
}

type Json = Record<string, unknown>;

const iso = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
const isoOrNull = (date: Date | null): string | null => (date === null ? null : iso(date));

/** GitHub's legacy global node ids: base64 of `0<len>:<Type><id>`; opaque to clients either way. */
export function nodeId(type: string, id: number): string {
  return Buffer.from(`0${type.length}:${type}${id}`).toString('base64');
}

/** The GitHub Actions app, author of every check run a GITHUB_TOKEN creates (id 15368 on api.github.com). */
const GITHUB_ACTIONS_APP_ID = 15368;

export function renderUser(urls: ServerUrls, user: UserRecord): Json {
  const api = `${urls.api}/users/${encodeURIComponent(user.login)}`;
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(user.type === 'Bot' ? 'Bot' : 'User', user.id),
    avatar_url: `${urls.origin}/avatars/u/${user.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: `${urls.html}/${user.type === 'Bot' ? 'apps/' + user.login.replace(/\[bot\]$/, '') : user.login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

export const repoApiUrl = (urls: ServerUrls, repo: RepoRecord): string =>
  `${urls.api}/repos/${repo.owner.login}/${repo.name}`;
export const repoHtmlUrl = (urls: ServerUrls, repo: RepoRecord): string =>
  `${urls.html}/${repo.owner.login}/${repo.name}`;

/** The fields every repository shape shares (minimal-repository's required set). */
function repositoryCore(urls: ServerUrls, repo: RepoRecord): Json {
  const api = repoApiUrl(urls, repo);
  return {
    id: repo.id,
    node_id: nodeId('Repository', repo.id),
    name: repo.name,
    full_name: `${repo.owner.login}/${repo.name}`,
    owner: renderUser(urls, repo.owner),
    private: repo.private,
    html_url: repoHtmlUrl(urls, repo),
    description: repo.description,
    fork: false,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    hooks_url: `${api}/hooks`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
  };
}

/** The `repository` shape (pull request head/base, workflow runs). */
export function renderRepository(urls: ServerUrls, repo: RepoRecord): Json {
  const host = new URL(urls.html).host;
  const open = [...repo.pulls.values()].filter((pull) => pull.state === 'open').length;
  return {
    ...repositoryCore(urls, repo),
    clone_url: `${repoHtmlUrl(urls, repo)}.git`,
    git_url: `git://${host}/${repo.owner.login}/${repo.name}.git`,
    ssh_url: `git@${host}:${repo.owner.login}/${repo.name}.git`,
    svn_url: repoHtmlUrl(urls, repo),
    mirror_url: null,
    homepage: null,
    language: null,
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 0,
    default_branch: repo.defaultBranch,
    open_issues: open,
    open_issues_count: open,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: repo.private ? 'private' : 'public',
    license: null,
    pushed_at: iso(repo.createdAt),
    created_at: iso(repo.createdAt),
    updated_at: iso(repo.createdAt),
    allow_forking: true,
    web_commit_signoff_required: false,
  };
}

/** The `full-repository` shape of `GET /repos/{owner}/{repo}`. */
export function renderFullRepository(urls: ServerUrls, repo: RepoRecord, canPush: boolean): Json {
  return {
    ...renderRepository(urls, repo),
    permissions: { admin: false, maintain: false, push: canPush, triage: canPush, pull: true },
    network_count: 0,
    subscribers_count: 0,
  };
}

export function renderMinimalRepository(urls: ServerUrls, repo: RepoRecord): Json {
  return repositoryCore(urls, repo);
}

function pullLinks(urls: ServerUrls, repo: RepoRecord, pull: PullRecord): Json {
  const api = repoApiUrl(urls, repo);
  return {
    self: { href: `${api}/pulls/${pull.number}` },
    html: { href: `${repoHtmlUrl(urls, repo)}/pull/${pull.number}` },
    issue: { href: `${api}/issues/${pull.number}` },
    comments: { href: `${api}/issues/${pull.number}/comments` },
    review_comments: { href: `${api}/pulls/${pull.number}/comments` },
    review_comment: { href: `${api}/pulls/comments{/number}` },
    commits: { href: `${api}/pulls/${pull.number}/commits` },
    statuses: { href: `${api}/statuses/${pull.head.sha}` },
  };
}

function branchEnd(urls: ServerUrls, repo: RepoRecord, ref: string, sha: string): Json {
  return {
    label: `${repo.owner.login}:${ref}`,
    ref,
    sha,
    user: renderUser(urls, repo.owner),
    repo: renderRepository(urls, repo),
  };
}

/** `pull-request-simple` (lists); `renderPullRequest` adds what `GET …/pulls/{n}` carries. */
export function renderPullRequestSimple(urls: ServerUrls, repo: RepoRecord, pull: PullRecord): Json {
  const api = repoApiUrl(urls, repo);
  const html = `${repoHtmlUrl(urls, repo)}/pull/${pull.number}`;
  return {
    url: `${api}/pulls/${pull.number}`,
    id: pull.id,
    node_id: nodeId('PullRequest', pull.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${pull.number}`,
    commits_url: `${api}/pulls/${pull.number}/commits`,
    review_comments_url: `${api}/pulls/${pull.number}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${pull.number}/comments`,
    statuses_url: `${api}/statuses/${pull.head.sha}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: renderUser(urls, pull.user),
    body: pull.body,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: iso(pull.createdAt),
    updated_at: iso(pull.updatedAt),
    closed_at: isoOrNull(pull.closedAt),
    merged_at: isoOrNull(pull.mergedAt),
    merge_commit_sha: pull.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branchEnd(urls, repo, pull.head.ref, pull.head.sha),
    base: branchEnd(urls, repo, pull.base.ref, pull.base.sha),
    _links: pullLinks(urls, repo, pull),
    author_association: pull.user.login === repo.owner.login ? 'OWNER' : 'CONTRIBUTOR',
    auto_merge: null,
    draft: pull.draft,
  };
}

export function renderPullRequest(
  urls: ServerUrls,
  repo: RepoRecord,
  pull: PullRecord,
  comments: number,
): Json {
  return {
    ...renderPullRequestSimple(urls, repo, pull),
    merged: pull.mergedAt !== null,
    mergeable: pull.state === 'open' ? true : null,
    rebaseable: pull.state === 'open' ? true : null,
    mergeable_state: pull.state === 'open' ? 'clean' : 'unknown',
    merged_by: null,
    comments,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 0,
    deletions: 0,
    changed_files: 0,
  };
}

export function renderReview(urls: ServerUrls, repo: RepoRecord, review: ReviewRecord): Json {
  const html = `${repoHtmlUrl(urls, repo)}/pull/${review.pullNumber}`;
  return {
    id: review.id,
    node_id: nodeId('PullRequestReview', review.id),
    user: renderUser(urls, review.user),
    body: review.body,
    state: review.state,
    html_url: `${html}#pullrequestreview-${review.id}`,
    pull_request_url: `${repoApiUrl(urls, repo)}/pulls/${review.pullNumber}`,
    _links: {
      html: { href: `${html}#pullrequestreview-${review.id}` },
      pull_request: { href: `${repoApiUrl(urls, repo)}/pulls/${review.pullNumber}` },
    },
    ...(review.submittedAt === null ? {} : { submitted_at: iso(review.submittedAt) }),
    commit_id: review.commitId,
    author_association: review.authorAssociation,
  };
}

export function renderIssueComment(urls: ServerUrls, repo: RepoRecord, comment: IssueCommentRecord): Json {
  const api = repoApiUrl(urls, repo);
  const isPull = repo.pulls.has(comment.issueNumber);
  return {
    id: comment.id,
    node_id: nodeId('IssueComment', comment.id),
    url: `${api}/issues/comments/${comment.id}`,
    html_url: `${repoHtmlUrl(urls, repo)}/${isPull ? 'pull' : 'issues'}/${comment.issueNumber}#issuecomment-${comment.id}`,
    body: comment.body,
    user: renderUser(urls, comment.user),
    created_at: iso(comment.createdAt),
    updated_at: iso(comment.updatedAt),
    issue_url: `${api}/issues/${comment.issueNumber}`,
    author_association: comment.user.login === repo.owner.login ? 'OWNER' : 'NONE',
  };
}

export function renderCommitComment(urls: ServerUrls, repo: RepoRecord, comment: CommitCommentRecord): Json {
  return {
    html_url: `${repoHtmlUrl(urls, repo)}/commit/${comment.commitId}#commitcomment-${comment.id}`,
    url: `${repoApiUrl(urls, repo)}/comments/${comment.id}`,
    id: comment.id,
    node_id: nodeId('CommitComment', comment.id),
    body: comment.body,
    path: comment.path,
    position: comment.position,
    line: comment.line,
    commit_id: comment.commitId,
    user: renderUser(urls, comment.user),
    created_at: iso(comment.createdAt),
    updated_at: iso(comment.createdAt),
    author_association: comment.user.login === repo.owner.login ? 'OWNER' : 'NONE',
  };
}

function renderGitHubActionsApp(urls: ServerUrls): Json {
  const created = '2018-07-30T09:30:17Z';
  return {
    id: GITHUB_ACTIONS_APP_ID,
    slug: 'github-actions',
    node_id: nodeId('App', GITHUB_ACTIONS_APP_ID),
    owner: renderUser(urls, { login: 'github', id: 9919, type: 'Organization' }),
    name: 'GitHub Actions',
    description: 'Automate your workflow from idea to production',
    external_url: 'https://help.github.com/en/actions',
    html_url: `${urls.html}/apps/github-actions`,
    created_at: created,
    updated_at: created,
    permissions: {
      checks: 'write',
      contents: 'write',
      issues: 'write',
      metadata: 'read',
      pull_requests: 'write',
    },
    events: ['check_run', 'check_suite', 'pull_request', 'push'],
  };
}

export function renderCheckRun(
  urls: ServerUrls,
  repo: RepoRecord,
  run: CheckRunRecord,
  pulls: readonly Json[],
): Json {
  const api = repoApiUrl(urls, repo);
  const suiteId = run.id + 1_000_000;
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId('CheckRun', run.id),
    head_sha: run.headSha,
    external_id: run.externalId ?? '',
    url: `${api}/check-runs/${run.id}`,
    html_url: `${repoHtmlUrl(urls, repo)}/runs/${run.id}`,
    details_url: run.detailsUrl ?? `${repoHtmlUrl(urls, repo)}/runs/${run.id}`,
    status: run.status,
    conclusion: run.conclusion,
    started_at: iso(run.startedAt),
    completed_at: isoOrNull(run.completedAt),
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.annotations.length,
      annotations_url: `${api}/check-runs/${run.id}/annotations`,
    },
    check_suite: { id: suiteId },
    app: renderGitHubActionsApp(urls),
    pull_requests: pulls,
  };
}

export function renderStatus(urls: ServerUrls, repo: RepoRecord, status: StatusRecord): Json {
  return {
    url: `${repoApiUrl(urls, repo)}/statuses/${status.sha}`,
    avatar_url: `${urls.origin}/avatars/u/${status.creator.id}?v=4`,
    id: status.id,
    node_id: nodeId('StatusContext', status.id),
    state: status.state,
    description: status.description,
    target_url: status.targetUrl,
    context: status.context,
    created_at: iso(status.createdAt),
    updated_at: iso(status.createdAt),
    creator: renderUser(urls, status.creator),
  };
}

/** Drafts have no tag yet: GitHub shows them, and serves their assets, under an `untagged-…` name. */
export function releaseTagSegment(release: ReleaseRecord): string {
  return release.draft ? `untagged-${release.id}` : encodeURIComponent(release.tagName);
}

export function renderAsset(
  urls: ServerUrls,
  repo: RepoRecord,
  release: ReleaseRecord,
  asset: AssetRecord,
): Json {
  return {
    url: `${repoApiUrl(urls, repo)}/releases/assets/${asset.id}`,
    browser_download_url: `${urls.origin}/${repo.owner.login}/${repo.name}/releases/download/${releaseTagSegment(
      release,
    )}/${encodeURIComponent(asset.name)}`,
    id: asset.id,
    node_id: nodeId('ReleaseAsset', asset.id),
    name: asset.name,
    label: asset.label,
    state: asset.state,
    content_type: asset.contentType,
    size: asset.content.size,
    // An upload that broke off left nothing to hash: GitHub's `null`, as for assets older than digests.
    digest: asset.state === 'open' ? null : `sha256:${asset.content.sha256}`,
    download_count: asset.downloadCount,
    created_at: iso(asset.createdAt),
    updated_at: iso(asset.updatedAt),
    uploader: renderUser(urls, asset.uploader),
  };
}

export function renderRelease(urls: ServerUrls, repo: RepoRecord, release: ReleaseRecord): Json {
  const api = repoApiUrl(urls, repo);
  const html = repoHtmlUrl(urls, repo);
  const htmlTag = releaseTagSegment(release);
  return {
    url: `${api}/releases/${release.id}`,
    assets_url: `${api}/releases/${release.id}/assets`,
    upload_url: `${urls.uploads}/repos/${repo.owner.login}/${repo.name}/releases/${release.id}/assets{?name,label}`,
    html_url: `${html}/releases/tag/${htmlTag}`,
    id: release.id,
    author: renderUser(urls, release.author),
    node_id: nodeId('Release', release.id),
    tag_name: release.tagName,
    target_commitish: release.targetCommitish,
    name: release.name,
    draft: release.draft,
    immutable: release.immutable,
    prerelease: release.prerelease,
    created_at: iso(release.createdAt),
    updated_at: iso(release.updatedAt),
    published_at: isoOrNull(release.publishedAt),
    assets: release.assets.map((asset) => renderAsset(urls, repo, release, asset)),
    tarball_url: `${api}/tarball/${encodeURIComponent(release.tagName)}`,
    zipball_url: `${api}/zipball/${encodeURIComponent(release.tagName)}`,
    body: release.body,
  };
}

/** A ref points at a commit, or (an annotated tag) at a tag object that points at one. */
export function renderGitRef(urls: ServerUrls, repo: RepoRecord, ref: string, sha: string): Json {
  const api = repoApiUrl(urls, repo);
  const annotated = repo.tagObjects.has(sha);
  return {
    ref,
    node_id: nodeId('Ref', repo.id) + Buffer.from(ref).toString('base64'),
    url: `${api}/git/${ref}`,
    object: annotated
      ? { sha, type: 'tag', url: `${api}/git/tags/${sha}` }
      : { sha, type: 'commit', url: `${api}/git/commits/${sha}` },
  };
}

/** `git-tag`: an annotated tag object (`GET …/git/tags/{tag_sha}`). */
export function renderTagObject(urls: ServerUrls, repo: RepoRecord, tag: TagObjectRecord): Json {
  const api = repoApiUrl(urls, repo);
  return {
    node_id: nodeId('Tag', repo.id) + Buffer.from(tag.sha).toString('base64'),
    sha: tag.sha,
    url: `${api}/git/tags/${tag.sha}`,
    tagger: { date: iso(tag.tagger.date), email: tag.tagger.email, name: tag.tagger.name },
    object: { sha: tag.object.sha, type: tag.object.type, url: `${api}/git/commits/${tag.object.sha}` },
    tag: tag.tag,
    message: tag.message,
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  };
}

export function renderTag(urls: ServerUrls, repo: RepoRecord, name: string, sha: string): Json {
  const api = repoApiUrl(urls, repo);
  return {
    name,
    commit: { sha, url: `${api}/commits/${sha}` },
    zipball_url: `${api}/zipball/refs/tags/${encodeURIComponent(name)}`,
    tarball_url: `${api}/tarball/refs/tags/${encodeURIComponent(name)}`,
    node_id: nodeId('Ref', repo.id) + Buffer.from(name).toString('base64'),
  };
}

/** Git's blob id (`sha1("blob <size>\0" + bytes)`), which is what GitHub reports as a file's `sha`. */
export function gitBlobSha(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

export function renderContentFile(
  urls: ServerUrls,
  repo: RepoRecord,
  ref: string,
  path: string,
  bytes: Buffer,
): Json {
  const api = repoApiUrl(urls, repo);
  const sha = gitBlobSha(bytes);
  const encodedPath = path.split('/').map(encodeURIComponent).join('/');
  const self = `${api}/contents/${encodedPath}?ref=${encodeURIComponent(ref)}`;
  const html = `${repoHtmlUrl(urls, repo)}/blob/${encodeURIComponent(ref)}/${encodedPath}`;
  const git = `${api}/git/blobs/${sha}`;
  return {
    type: 'file',
    encoding: 'base64',
    size: bytes.length,
    name: path.split('/').at(-1) ?? path,
    path,
    content: bytes.toString('base64'),
    sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url: `${urls.origin}/raw/${repo.owner.login}/${repo.name}/${encodeURIComponent(ref)}/${encodedPath}`,
    _links: { self, git, html },
  };
}

export function renderWorkflowRun(urls: ServerUrls, repo: RepoRecord, run: WorkflowRunRecord): Json {
  const api = repoApiUrl(urls, repo);
  const runApi = `${api}/actions/runs/${run.id}`;
  const created = iso(run.createdAt);
  const pulls = run.pullRequestNumbers.flatMap((number) => {
    const pull = repo.pulls.get(number);
    if (pull === undefined) return [];
    const end = (ref: string, sha: string): Json => ({
      ref,
      sha,
      repo: { id: repo.id, url: api, name: repo.name },
    });
    return [
      {
        id: pull.id,
        number,
        url: `${api}/pulls/${number}`,
        head: end(pull.head.ref, pull.head.sha),
        base: end(pull.base.ref, pull.base.sha),
      },
    ];
  });
  const committer = { name: 'mlgate', email: 'mlgate@users.noreply.github.com' };
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId('WorkflowRun', run.id),
    check_suite_id: run.id + 2_000_000,
    check_suite_node_id: nodeId('CheckSuite', run.id + 2_000_000),
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: run.path,
    display_title: run.name,
    run_number: run.runNumber,
    run_attempt: run.runAttempt,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: run.workflowId,
    url: runApi,
    html_url: `${repoHtmlUrl(urls, repo)}/actions/runs/${run.id}`,
    pull_requests: pulls,
    created_at: created,
    updated_at: created,
    run_started_at: created,
    actor: renderUser(urls, repo.owner),
    triggering_actor: renderUser(urls, repo.owner),
    jobs_url: `${runApi}/jobs`,
    logs_url: `${runApi}/logs`,
    check_suite_url: `${api}/check-suites/${run.id + 2_000_000}`,
    artifacts_url: `${runApi}/artifacts`,
    cancel_url: `${runApi}/cancel`,
    rerun_url: `${runApi}/rerun`,
    previous_attempt_url: null,
    workflow_url: `${api}/actions/workflows/${run.workflowId}`,
    head_commit: {
      id: run.headSha,
      tree_id: run.headSha,
      message: run.name,
      timestamp: created,
      author: committer,
      committer,
    },
    repository: renderMinimalRepository(urls, repo),
    head_repository: renderMinimalRepository(urls, repo),
  };
}

export interface ArtifactView {
  readonly id: number;
  readonly name: string;
  readonly sizeInBytes: number;
  readonly digest: string | undefined;
  readonly workflowRunId: number;
  readonly headSha: string | undefined;
  readonly headBranch: string | undefined;
  readonly createdAt: Date;
  readonly expiresAt: Date;
}

export function renderArtifact(urls: ServerUrls, repo: RepoRecord, artifact: ArtifactView): Json {
  const api = `${repoApiUrl(urls, repo)}/actions/artifacts/${artifact.id}`;
  return {
    id: artifact.id,
    node_id: nodeId('Artifact', artifact.id),
    name: artifact.name,
    size_in_bytes: artifact.sizeInBytes,
    url: api,
    archive_download_url: `${api}/zip`,
    expired: artifact.expiresAt.getTime() <= Date.now(),
    created_at: iso(artifact.createdAt),
    updated_at: iso(artifact.createdAt),
    expires_at: iso(artifact.expiresAt),
    ...(artifact.digest === undefined ? {} : { digest: artifact.digest }),
    workflow_run: {
      id: artifact.workflowRunId,
      repository_id: repo.id,
      head_repository_id: repo.id,
      head_branch: artifact.headBranch ?? repo.defaultBranch,
      head_sha: artifact.headSha ?? '0000000000000000000000000000000000000000',
    },
  };
}
