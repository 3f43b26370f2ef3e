import { createHash } from 'node:crypto';
import { ReleaseAssetStorage, type AssetContent } from './release-asset-storage.js';
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
  /** The release `make_latest: true` last chose; undefined: the newest published one (`legacy`). */
  latestReleaseId: number | undefined;
  /** The repository's immutable releases setting (GitHub docs, "Immutable releases"). */
  readonly immutableReleases: { enabled: boolean; enforcedByOwner: boolean };
  /** Tag names an immutable release was ever published under: never usable by a new release again. */
  readonly tagsOfImmutableReleases: Set<string>;
  /** Annotated tag objects by their SHA; `refs/tags/…` points at one of these instead of at a commit. */
  readonly tagObjects: Map<string, TagObjectRecord>;
  readonly workflowRuns: Map<number, WorkflowRunRecord>;
  /** Workflow files by id: what `…/actions/workflows/{workflow_id}` finds, by id or file name. */
  readonly workflows: Map<number, WorkflowRecord>;
  /** Every `workflow_dispatch` GitHub accepted, oldest first, for tests to read. */
  readonly workflowDispatches: WorkflowDispatchRecord[];
  nextIssueNumber: number;
}

export interface TagObjectRecord {
  readonly sha: string;
  readonly tag: string;
  readonly message: string;
  readonly tagger: { readonly name: string; readonly email: string; readonly date: Date };
  readonly object: { readonly sha: string; readonly type: 'commit' };
}

/** How a user relates to a repository, as `author_association` reports it. */
export type AuthorAssociation =
  | 'OWNER'
  | 'MEMBER'
  | 'COLLABORATOR'
  | 'CONTRIBUTOR'
  | 'FIRST_TIME_CONTRIBUTOR'
  | 'FIRST_TIMER'
  | 'MANNEQUIN'
  | 'NONE';

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
  readonly authorAssociation: AuthorAssociation;
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
  updatedAt: Date;
  publishedAt: Date | null;
  /** Published while the repository had immutable releases on: assets and tag are locked for good. */
  immutable: boolean;
  readonly assets: AssetRecord[];
}

export interface AssetRecord {
  readonly id: number;
  readonly releaseId: number;
  name: string;
  label: string | null;
  readonly contentType: string;
  content: AssetContent;
  /** `open`: an upload that broke off upstream left it empty (the upload operation's description). */
  state: 'uploaded' | 'open';
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

/** One `on.workflow_dispatch.inputs` entry of a workflow file. */
export interface WorkflowInputDeclaration {
  readonly required?: boolean;
  readonly default?: string;
  readonly type?: 'string' | 'boolean' | 'choice' | 'number' | 'environment';
  /** The allowed values of a `choice` input. */
  readonly options?: readonly string[];
}

export interface WorkflowRecord {
  readonly id: number;
  readonly name: string;
  /** `.github/workflows/<file>`; the file name alone also names the workflow in the API. */
  readonly path: string;
  state: 'active' | 'disabled_manually';
  /** Whether the file has `on: workflow_dispatch`. */
  readonly dispatchable: boolean;
  /** Its `workflow_dispatch` inputs; undefined: not known, so any inputs are taken. */
  readonly inputs: Readonly<Record<string, WorkflowInputDeclaration>> | undefined;
}

export interface WorkflowDispatchRecord {
  readonly workflowId: number;
  readonly path: string;
  /** The ref as the request named it (a branch or tag name). */
  readonly ref: string;
  readonly sha: string;
  /** The inputs as sent; the workflow's defaults are not filled in. */
  readonly inputs: Readonly<Record<string, unknown>>;
  readonly actor: UserRecord;
  /** The run it started (one is recorded for every dispatch). */
  readonly runId: number;
  readonly createdAt: Date;
}

export interface SeedWorkflow {
  /** The file name (`retrain.yml`) or its path (`.github/workflows/retrain.yml`). */
  readonly file: string;
  readonly name?: string;
  /** Default true: the file has `on: workflow_dispatch`. */
  readonly dispatchable?: boolean;
  readonly inputs?: Readonly<Record<string, WorkflowInputDeclaration>>;
  readonly disabled?: boolean;
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
  /** The commit merging it made on the base branch (made up when absent). */
  readonly mergeCommitSha?: string;
}

export interface SeedReview {
  readonly user: string;
  readonly state: ReviewState;
  readonly body?: string;
  /** The head the review was given on; defaults to the pull request's current head. */
  readonly commitId?: string;
  /** Defaults to OWNER for the repository's owner, COLLABORATOR (write access) for anyone else. */
  readonly authorAssociation?: AuthorAssociation;
}

export interface SeedCheckRun {
  readonly headSha: string;
  readonly name: string;
  /** Defaults to `completed` when a conclusion is given, else `queued`. */
  readonly status?: CheckStatus;
  readonly conclusion?: string | null;
}

export interface SeedAnnotatedTag {
  readonly tag: string;
  /** The commit it tags; defaults to the default branch's head. */
  readonly commitSha?: string;
  readonly message?: string;
  readonly tagger?: { readonly name: string; readonly email: string };
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
  /** The workflow it is a run of; a made-up id when absent. */
  readonly workflowId?: number;
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
  /** Where release asset bytes live; the server's close removes its files. */
  readonly assetStorage = new ReleaseAssetStorage();

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
      latestReleaseId: undefined,
      immutableReleases: { enabled: false, enforcedByOwner: false },
      tagsOfImmutableReleases: new Set(),
      tagObjects: new Map(),
      workflowRuns: new Map(),
      workflows: new Map(),
      workflowDispatches: [],
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
      mergeCommitSha: merged ? (seed.mergeCommitSha ?? fakeSha(`merge ${owner}/${name}#${number}`)) : null,
    };
    repo.pulls.set(number, pull);
    return pull;
  }

  addReview(owner: string, name: string, pullNumber: number, seed: SeedReview): ReviewRecord {
    const repo = this.repo(owner, name);
    const pull = repo.pulls.get(pullNumber);
    if (pull === undefined) throw new NotSeededError(`pull request ${owner}/${name}#${pullNumber}`);
    const user = this.user(seed.user);
    const review: ReviewRecord = {
      id: this.newId(),
      pullNumber,
      user,
      body: seed.body ?? '',
      state: seed.state,
      commitId: seed.commitId ?? pull.head.sha,
      submittedAt: seed.state === 'PENDING' ? null : new Date(),
      authorAssociation:
        seed.authorAssociation ?? (user.login === repo.owner.login ? 'OWNER' : 'COLLABORATOR'),
    };
    repo.reviews.push(review);
    return review;
  }

  /** Several reviews on one pull request, in the order given (the last of a reviewer's is their verdict). */
  addReviews(owner: string, name: string, pullNumber: number, seeds: readonly SeedReview[]): ReviewRecord[] {
    return seeds.map((seed) => this.addReview(owner, name, pullNumber, seed));
  }

  /** A check run as a workflow left it on `headSha`. */
  addCheckRun(owner: string, name: string, seed: SeedCheckRun): CheckRunRecord {
    const conclusion = seed.conclusion ?? null;
    const status = seed.status ?? (conclusion === null ? 'queued' : 'completed');
    const now = new Date();
    const run: CheckRunRecord = {
      id: this.newId(),
      headSha: seed.headSha,
      name: seed.name,
      status,
      conclusion,
      startedAt: now,
      completedAt: status === 'completed' ? now : null,
      detailsUrl: null,
      externalId: null,
      output: { title: null, summary: null, text: null },
      annotations: [],
    };
    this.repo(owner, name).checkRuns.push(run);
    return run;
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

  /**
   * A release as if created earlier; a published one gets its tag at `targetCommitish` when missing, and is
   * immutable if the repository has immutable releases on by then (enable them before seeding to get one).
   */
  addRelease(owner: string, name: string, seed: SeedRelease): ReleaseRecord {
    const repo = this.repo(owner, name);
    const now = new Date();
    const release: ReleaseRecord = {
      id: this.newId(),
      tagName: seed.tagName,
      targetCommitish: seed.targetCommitish ?? repo.defaultBranch,
      name: seed.name ?? null,
      body: seed.body ?? null,
      draft: seed.draft ?? false,
      prerelease: seed.prerelease ?? false,
      author: this.user(seed.author ?? GITHUB_ACTIONS_BOT.login),
      createdAt: now,
      updatedAt: now,
      publishedAt: null,
      immutable: false,
      assets: [],
    };
    const tagRef = `refs/tags/${seed.tagName}`;
    if (!release.draft && !repo.refs.has(tagRef)) {
      repo.refs.set(tagRef, this.resolveCommit(repo, release.targetCommitish) ?? fakeSha(tagRef));
    }
    repo.releases.push(release);
    if (!release.draft) this.markPublished(repo, release, now);
    return release;
  }

  /**
   * What publishing does besides creating the tag: the date, and, with immutable releases on, the lock on
   * assets and tag and the tag name's burial (GitHub docs, "Immutable releases").
   */
  markPublished(repo: RepoRecord, release: ReleaseRecord, at = new Date()): void {
    release.draft = false;
    release.publishedAt ??= at;
    release.updatedAt = at;
    if (repo.immutableReleases.enabled) {
      release.immutable = true;
      repo.tagsOfImmutableReleases.add(release.tagName);
    }
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
      content: this.assetStorage.fromBytes(seed.content),
      state: 'uploaded',
      uploader: this.user(seed.uploader ?? GITHUB_ACTIONS_BOT.login),
      createdAt: now,
      updatedAt: now,
      downloadCount: 0,
    };
    release.assets.push(asset);
    return asset;
  }

  /**
   * Turns immutable releases on, as `PUT /repos/{owner}/{repo}/immutable-releases` does; `enforcedByOwner`:
   * the organization enforces them, so the repository cannot turn them off. Releases already published stay
   * as they are; those published from now on are immutable.
   */
  enableImmutableReleases(owner: string, name: string, options: { enforcedByOwner?: boolean } = {}): void {
    const setting = this.repo(owner, name).immutableReleases;
    setting.enabled = true;
    setting.enforcedByOwner = options.enforcedByOwner ?? false;
  }

  /** Turns them off again; releases already immutable stay immutable. */
  disableImmutableReleases(owner: string, name: string): void {
    const setting = this.repo(owner, name).immutableReleases;
    setting.enabled = false;
    setting.enforcedByOwner = false;
  }

  /** An annotated tag object for `commitSha`, and `refs/tags/<tag>` pointing at it. */
  addAnnotatedTag(owner: string, name: string, seed: SeedAnnotatedTag): TagObjectRecord {
    const repo = this.repo(owner, name);
    const commit = seed.commitSha ?? this.resolveCommit(repo, repo.defaultBranch) ?? fakeSha(seed.tag);
    const tagObject: TagObjectRecord = {
      sha: fakeSha(`tag ${owner}/${name} ${seed.tag} ${commit}`),
      tag: seed.tag,
      message: seed.message ?? `${seed.tag}\n`,
      tagger: {
        ...(seed.tagger ?? { name: 'mlgate', email: 'mlgate@users.noreply.github.com' }),
        date: new Date(),
      },
      object: { sha: commit, type: 'commit' },
    };
    repo.tagObjects.set(tagObject.sha, tagObject);
    repo.refs.set(`refs/tags/${seed.tag}`, tagObject.sha);
    return tagObject;
  }

  addWorkflowRun(owner: string, name: string, seed: SeedWorkflowRun): WorkflowRunRecord {
    const repo = this.repo(owner, name);
    const run: WorkflowRunRecord = {
      id: seed.id ?? this.newId(),
      name: seed.name ?? 'CI',
      workflowId: seed.workflowId ?? this.newId(),
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

  /** A workflow file in `.github/workflows/`, which `workflow_dispatch` can then start. */
  addWorkflow(owner: string, name: string, seed: SeedWorkflow): WorkflowRecord {
    const path = seed.file.includes('/') ? seed.file : `.github/workflows/${seed.file}`;
    const workflow: WorkflowRecord = {
      id: this.newId(),
      name: seed.name ?? path.replace(/^.*\//, ''),
      path,
      state: seed.disabled === true ? 'disabled_manually' : 'active',
      dispatchable: seed.dispatchable ?? true,
      inputs: seed.inputs,
    };
    this.repo(owner, name).workflows.set(workflow.id, workflow);
    return workflow;
  }

  /** The workflow a `workflow_id` path parameter names: its numeric id, or its file name. */
  findWorkflow(repo: RepoRecord, workflowId: string): WorkflowRecord | undefined {
    const byId = /^\d+$/.test(workflowId) ? repo.workflows.get(Number(workflowId)) : undefined;
    return (
      byId ??
      [...repo.workflows.values()].find((workflow) => workflow.path.replace(/^.*\//, '') === workflowId)
    );
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

  /** Resolves a branch, tag, full ref or SHA to a commit SHA, through an annotated tag when there is one. */
  resolveCommit(repo: RepoRecord, ref: string): string | undefined {
    const peel = (sha: string): string => repo.tagObjects.get(sha)?.object.sha ?? sha;
    if (/^[0-9a-f]{40}$/i.test(ref)) return peel(ref.toLowerCase());
    for (const candidate of [ref, `refs/heads/${ref}`, `refs/tags/${ref}`]) {
      const sha = repo.refs.get(candidate);
      if (sha !== undefined) return peel(sha);
    }
    return undefined;
  }
}
