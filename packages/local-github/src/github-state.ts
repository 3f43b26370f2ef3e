import { createHash } from 'node:crypto';
import { GITHUB_ACTIONS_BOT } from './token-auth.js';

export type AccountType = 'User' | 'Bot' | 'Organization';

export interface UserRecord {
  readonly login: string;
  readonly id: number;
  readonly type: AccountType;
}

export interface RepoRecord {
  readonly id: number;
  readonly owner: UserRecord;
  readonly name: string;
  readonly defaultBranch: string;
  readonly private: boolean;
  readonly description: string | null;
  readonly createdAt: Date;
  /** Full ref name (`refs/heads/main`, `refs/tags/v1`) → commit SHA. */
  readonly refs: Map<string, string>;
  /** Branch, tag or SHA → path → bytes, for `GET …/contents/{path}`. */
  readonly files: Map<string, Map<string, Buffer>>;
  readonly pulls: Map<number, PullRecord>;
  readonly reviews: ReviewRecord[];
  readonly issueComments: IssueCommentRecord[];
  readonly commitComments: CommitCommentRecord[];
  readonly checkRuns: CheckRunRecord[];
  readonly statuses: StatusRecord[];
  readonly releases: ReleaseRecord[];
  readonly workflowRuns: Map<number, WorkflowRunRecord>;
  nextIssueNumber: number;
}

export interface PullRecord {
  readonly id: number;
  readonly number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  draft: boolean;
  readonly user: UserRecord;
  head: {
    readonly ref: string;
    readonly sha: string;
    readonly repo?: { owner: string; name: string };
  };
  readonly base: { readonly ref: string; readonly sha: string };
  readonly createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  mergedAt: Date | null;
  mergeCommitSha: string | null;
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'PENDING' | 'DISMISSED';

export interface ReviewRecord {
  readonly id: number;
  readonly pullNumber: number;
  readonly user: UserRecord;
  readonly body: string;
  readonly state: ReviewState;
  readonly commitId: string;
  readonly submittedAt: Date | null;
}

export interface IssueCommentRecord {
  readonly id: number;
  readonly issueNumber: number;
  body: string;
  readonly user: UserRecord;
  readonly createdAt: Date;
  updatedAt: Date;
  /** Set by GraphQL `minimizeComment`: the comment is folded in the UI with this reason. */
  minimizedReason?: string;
}

export interface CommitCommentRecord {
  readonly id: number;
  readonly commitId: string;
  readonly body: string;
  readonly path: string | null;
  readonly position: number | null;
  readonly line: number | null;
  readonly user: UserRecord;
  readonly createdAt: Date;
}

export type CheckStatus = 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';

export interface CheckRunRecord {
  readonly id: number;
  readonly headSha: string;
  name: string;
  status: CheckStatus;
  conclusion: string | null;
  startedAt: Date;
  completedAt: Date | null;
  detailsUrl: string | null;
  externalId: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  readonly annotations: unknown[];
}

export interface StatusRecord {
  readonly id: number;
  readonly sha: string;
  readonly state: 'error' | 'failure' | 'pending' | 'success';
  readonly targetUrl: string | null;
  readonly description: string | null;
  readonly context: string;
  readonly creator: UserRecord;
  readonly createdAt: Date;
}

export interface ReleaseRecord {
  readonly id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  readonly author: UserRecord;
  readonly createdAt: Date;
  publishedAt: Date | null;
  readonly assets: AssetRecord[];
}

export interface AssetRecord {
  readonly id: number;
  readonly releaseId: number;
  name: string;
  label: string | null;
  readonly contentType: string;
  readonly bytes: Buffer;
  readonly uploader: UserRecord;
  readonly createdAt: Date;
  updatedAt: Date;
  downloadCount: number;
}

export interface WorkflowRunRecord {
  readonly id: number;
  readonly name: string;
  readonly workflowId: number;
  readonly path: string;
  readonly headSha: string;
  readonly headBranch: string;
  readonly event: string;
  readonly status: string;
  readonly conclusion: string | null;
  readonly runNumber: number;
  readonly runAttempt: number;
  readonly pullRequestNumbers: readonly number[];
  readonly createdAt: Date;
}

export interface SeedRepoOptions {
  readonly defaultBranch?: string;
  readonly private?: boolean;
  readonly description?: string;
  /** The default branch's commit; a made-up SHA when absent. */
  readonly headSha?: string;
}

export interface SeedPullRequest {
  readonly number?: number;
  readonly title?: string;
  readonly body?: string;
  readonly user?: string;
  readonly state?: 'open' | 'closed';
  readonly draft?: boolean;
  readonly head: { readonly ref: string; readonly sha: string };
  /** Defaults to the default branch at its current SHA. */
  readonly base?: { readonly ref?: string; readonly sha?: string };
  readonly merged?: boolean;
}

export interface SeedRelease {
  readonly tagName: string;
  readonly name?: string;
  readonly body?: string;
  readonly draft?: boolean;
  readonly prerelease?: boolean;
  /** Defaults to the default branch. */
  readonly targetCommitish?: string;
  readonly author?: string;
}

export interface SeedReleaseAsset {
  readonly name: string;
  readonly label?: string;
  readonly contentType?: string;
  readonly content: string | Uint8Array;
  readonly uploader?: string;
}

export interface SeedWorkflowRun {
  readonly id?: number;
  readonly name?: string;
  readonly path?: string;
  readonly headSha: string;
  readonly headBranch?: string;
  readonly event?: string;
  readonly status?: string;
  readonly conclusion?: string | null;
  readonly pullRequests?: readonly number[];
}

/** A made-up but stable 40-hex SHA, so seeded commits look like commits. */
export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

export class NotSeededError extends Error {
  constructor(what: string) {
    super(`local GitHub: ${what} is not seeded`);
    this.name = 'NotSeededError';
  }
}

/** Everything the local GitHub knows, in memory. Seed methods are for tests; routes mutate through it too. */
export class GitHubState {
  private nextId = 1000;
  private readonly users = new Map<string, UserRecord>([
    [GITHUB_ACTIONS_BOT.login, { login: GITHUB_ACTIONS_BOT.login, id: GITHUB_ACTIONS_BOT.id, type: 'Bot' }],
  ]);
  private readonly repos = new Map<string, RepoRecord>();

  /** Increasing integers shared by every kind of object, as GitHub's ids only ever grow. */
  newId(): number {
    return this.nextId++;
  }

  user(login: string, type?: AccountType): UserRecord {
    const key = login.toLowerCase();
    const known = this.users.get(key) ?? this.users.get(login);
    if (known !== undefined) return known;
    const created: UserRecord = {
      login,
      id: this.newId(),
      type: type ?? (login.endsWith('[bot]') ? 'Bot' : 'User'),
    };
    this.users.set(key, created);
    return created;
  }

  addRepo(owner: string, name: string, options: SeedRepoOptions = {}): RepoRecord {
    const defaultBranch = options.defaultBranch ?? 'main';
    const repo: RepoRecord = {
      id: this.newId(),
      owner: this.user(owner),
      name,
      defaultBranch,
      private: options.private ?? false,
      description: options.description ?? null,
      createdAt: new Date(),
      refs: new Map([
        [`refs/heads/${defaultBranch}`, options.headSha ?? fakeSha(`${owner}/${name}@${defaultBranch}`)],
      ]),
      files: new Map(),
      pulls: new Map(),
      reviews: [],
      issueComments: [],
      commitComments: [],
      checkRuns: [],
      statuses: [],
      releases: [],
      workflowRuns: new Map(),
      nextIssueNumber: 1,
    };
    this.repos.set(`${owner}/${name}`.toLowerCase(), repo);
    return repo;
  }

  findRepo(owner: string, name: string): RepoRecord | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  repo(owner: string, name: string): RepoRecord {
    const repo = this.findRepo(owner, name);
    if (repo === undefined) throw new NotSeededError(`repository ${owner}/${name}`);
    return repo;
  }

  addRef(owner: string, name: string, ref: string, sha: string): void {
    this.repo(owner, name).refs.set(ref.startsWith('refs/') ? ref : `refs/${ref}`, sha);
  }

  /** A file readable through `GET …/contents/{path}`; `ref` defaults to the default branch. */
  addFile(
    owner: string,
    name: string,
    path: string,
    content: string | Uint8Array,
    options: { ref?: string } = {},
  ): void {
    const repo = this.repo(owner, name);
    const ref = options.ref ?? repo.defaultBranch;
    const files = repo.files.get(ref) ?? new Map<string, Buffer>();
    files.set(path.replace(/^\/+/, ''), Buffer.from(content));
    repo.files.set(ref, files);
  }

  addPullRequest(owner: string, name: string, seed: SeedPullRequest): PullRecord {
    const repo = this.repo(owner, name);
    const number = seed.number ?? repo.nextIssueNumber;
    repo.nextIssueNumber = Math.max(repo.nextIssueNumber, number + 1);
    const baseRef = seed.base?.ref ?? repo.defaultBranch;
    const now = new Date();
    const merged = seed.merged ?? false;
    const pull: PullRecord = {
      id: this.newId(),
      number,
      title: seed.title ?? `Pull request #${number}`,
      body: seed.body ?? null,
      state: merged ? 'closed' : (seed.state ?? 'open'),
      draft: seed.draft ?? false,
      user: this.user(seed.user ?? owner),
      head: seed.head,
      base: {
        ref: baseRef,
        sha: seed.base?.sha ?? repo.refs.get(`refs/heads/${baseRef}`) ?? fakeSha(baseRef),
      },
      createdAt: now,
      updatedAt: now,
      closedAt: merged || seed.state === 'closed' ? now : null,
      mergedAt: merged ? now : null,
      mergeCommitSha: merged ? fakeSha(`merge ${owner}/${name}#${number}`) : null,
    };
    repo.pulls.set(number, pull);
    return pull;
  }

  addReview(
    owner: string,
    name: string,
    pullNumber: number,
    seed: { user: string; state: ReviewState; body?: string; commitId?: string },
  ): ReviewRecord {
    const repo = this.repo(owner, name);
    const pull = repo.pulls.get(pullNumber);
    if (pull === undefined) throw new NotSeededError(`pull request ${owner}/${name}#${pullNumber}`);
    const review: ReviewRecord = {
      id: this.newId(),
      pullNumber,
      user: this.user(seed.user),
      body: seed.body ?? '',
      state: seed.state,
      commitId: seed.commitId ?? pull.head.sha,
      submittedAt: seed.state === 'PENDING' ? null : new Date(),
    };
    repo.reviews.push(review);
    return review;
  }

  addIssueComment(
    owner: string,
    name: string,
    issueNumber: number,
    seed: { body: string; user?: string },
  ): IssueCommentRecord {
    const now = new Date();
    const comment: IssueCommentRecord = {
      id: this.newId(),
      issueNumber,
      body: seed.body,
      user: this.user(seed.user ?? GITHUB_ACTIONS_BOT.login),
      createdAt: now,
      updatedAt: now,
    };
    this.repo(owner, name).issueComments.push(comment);
    return comment;
  }

  /** A release as if created earlier; a published one gets its tag at `targetCommitish` when missing. */
  addRelease(owner: string, name: string, seed: SeedRelease): ReleaseRecord {
    const repo = this.repo(owner, name);
    const now = new Date();
    const draft = seed.draft ?? false;
    const release: ReleaseRecord = {
      id: this.newId(),
      tagName: seed.tagName,
      targetCommitish: seed.targetCommitish ?? repo.defaultBranch,
      name: seed.name ?? null,
      body: seed.body ?? null,
      draft,
      prerelease: seed.prerelease ?? false,
      author: this.user(seed.author ?? GITHUB_ACTIONS_BOT.login),
      createdAt: now,
      publishedAt: draft ? null : now,
      assets: [],
    };
    const tagRef = `refs/tags/${seed.tagName}`;
    if (!draft && !repo.refs.has(tagRef)) {
      repo.refs.set(tagRef, this.resolveCommit(repo, release.targetCommitish) ?? fakeSha(tagRef));
    }
    repo.releases.push(release);
    return release;
  }

  addReleaseAsset(owner: string, name: string, releaseId: number, seed: SeedReleaseAsset): AssetRecord {
    const release = this.repo(owner, name).releases.find((candidate) => candidate.id === releaseId);
    if (release === undefined) throw new NotSeededError(`release ${releaseId} of ${owner}/${name}`);
    const now = new Date();
    const asset: AssetRecord = {
      id: this.newId(),
      releaseId,
      name: seed.name,
      label: seed.label ?? null,
      contentType: seed.contentType ?? 'application/octet-stream',
      bytes: Buffer.from(seed.content),
      uploader: this.user(seed.uploader ?? GITHUB_ACTIONS_BOT.login),
      createdAt: now,
      updatedAt: now,
      downloadCount: 0,
    };
    release.assets.push(asset);
    return asset;
  }

  addWorkflowRun(owner: string, name: string, seed: SeedWorkflowRun): WorkflowRunRecord {
    const repo = this.repo(owner, name);
    const run: WorkflowRunRecord = {
      id: seed.id ?? this.newId(),
      name: seed.name ?? 'CI',
      workflowId: this.newId(),
      path: seed.path ?? '.github/workflows/ci.yml',
      headSha: seed.headSha,
      headBranch: seed.headBranch ?? repo.defaultBranch,
      event: seed.event ?? 'push',
      status: seed.status ?? 'completed',
      conclusion: seed.conclusion === undefined ? 'success' : seed.conclusion,
      runNumber: repo.workflowRuns.size + 1,
      runAttempt: 1,
      pullRequestNumbers: seed.pullRequests ?? [],
      createdAt: new Date(),
    };
    repo.workflowRuns.set(run.id, run);
    return run;
  }

  /** A push to the pull request's branch: what a `synchronize` event reports. */
  pushToPullRequest(owner: string, name: string, number: number, sha: string): void {
    const pull = this.repo(owner, name).pulls.get(number);
    if (pull === undefined) throw new NotSeededError(`pull request ${owner}/${name}#${number}`);
    pull.head = { ...pull.head, sha };
    pull.updatedAt = new Date();
  }

  /** Every issue comment of every repository, for lookups by global node id. */
  allIssueComments(): IssueCommentRecord[] {
    return [...this.repos.values()].flatMap((repo) => repo.issueComments);
  }

  repositoryOfRun(runId: number): RepoRecord | undefined {
    return [...this.repos.values()].find((repo) => repo.workflowRuns.has(runId));
  }

  /** Resolves a branch, tag, full ref or SHA to a commit SHA. */
  resolveCommit(repo: RepoRecord, ref: string): string | undefined {
    if (/^[0-9a-f]{40}$/i.test(ref)) return ref.toLowerCase();
    for (const candidate of [ref, `refs/heads/${ref}`, `refs/tags/${ref}`]) {
      const sha = repo.refs.get(candidate);
      if (sha !== undefined) return sha;
    }
    return undefined;
  }
}
