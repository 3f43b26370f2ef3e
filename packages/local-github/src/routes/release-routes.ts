import { alreadyExists, notFound, validationFailed } from '../github-error-responses.js';
import { renderRelease } from '../github-representations.js';
import type { ReleaseRecord, RepoRecord } from '../github-state.js';
import {
  draftStateOfImmutableRelease,
  tagNameOfImmutableRelease,
  tagNameUsedByImmutableRelease,
  tagNameUsedByImmutableReleaseAndGone,
} from '../immutable-release-refusals.js';
import { paginate } from '../pagination.js';
import {
  bodyOf,
  integerParam,
  json,
  noContent,
  optionalString,
  repoOf,
  type RouteContext,
  type RouteTable,
} from './route-context.js';

type Body = Record<string, unknown>;

/** Drafts are seen only by those who can push (REST docs, "List releases"): to anyone else they do not exist. */
export function visibleTo(context: RouteContext, release: ReleaseRecord): boolean {
  return !release.draft || context.canWrite;
}

export function releaseOf(context: RouteContext, repo: RepoRecord): ReleaseRecord {
  const id = integerParam(context, 'release_id');
  const release = repo.releases.find((candidate) => candidate.id === id);
  if (release === undefined || !visibleTo(context, release))
    throw notFound(context.operation.documentationUrl);
  return release;
}

/**
 * Whether a release may carry `tag` once created or changed. GitHub keeps one *published* release per tag
 * (422 already_exists), but drafts are not de-duplicated: several drafts, and a draft beside a published
 * release, may share a tag (macnev2013/anySCP#36, edgee-ai/edgee#165, basbruss/adaptive-cover#493). A tag
 * name an immutable release used is refused to drafts and published releases alike.
 */
function checkTagName(
  context: RouteContext,
  repo: RepoRecord,
  tag: string,
  options: { readonly published: boolean; readonly self?: ReleaseRecord },
): void {
  const documentationUrl = context.operation.documentationUrl;
  const taken = repo.releases.some(
    (release) => release !== options.self && !release.draft && release.tagName === tag,
  );
  if (options.published && taken) throw alreadyExists(documentationUrl, 'Release', 'tag_name');
  if (repo.tagsOfImmutableReleases.has(tag)) {
    const tagGone = !repo.refs.has(`refs/tags/${tag}`);
    throw options.published && tagGone
      ? tagNameUsedByImmutableReleaseAndGone(documentationUrl)
      : tagNameUsedByImmutableRelease(documentationUrl);
  }
}

/** Publishing a release creates its tag at `target_commitish` when the tag does not exist yet. */
function ensureTag(context: RouteContext, repo: RepoRecord, release: ReleaseRecord): void {
  if (release.draft || repo.refs.has(`refs/tags/${release.tagName}`)) return;
  const sha = context.state.resolveCommit(repo, release.targetCommitish);
  if (sha === undefined) {
    throw validationFailed(context.operation.documentationUrl, [
      { resource: 'Release', field: 'target_commitish', code: 'invalid' },
    ]);
  }
  repo.refs.set(`refs/tags/${release.tagName}`, sha);
}

function applyReleaseBody(release: ReleaseRecord, body: Body): void {
  if (typeof body['tag_name'] === 'string') release.tagName = body['tag_name'];
  if (typeof body['target_commitish'] === 'string') release.targetCommitish = body['target_commitish'];
  if (body['name'] !== undefined) release.name = optionalString(body['name']) ?? null;
  if (body['body'] !== undefined) release.body = optionalString(body['body']) ?? null;
  if (typeof body['prerelease'] === 'boolean') release.prerelease = body['prerelease'];
  if (typeof body['draft'] === 'boolean') release.draft = body['draft'];
  release.updatedAt = new Date();
}

/**
 * `make_latest` (REST docs, "Create a release" / "Update a release"): `true`, the default for a release being
 * published, makes it the latest; `legacy` leaves it to creation date; `false` changes nothing. Drafts and
 * prereleases cannot be latest.
 */
function applyMakeLatest(repo: RepoRecord, release: ReleaseRecord, makeLatest: string | undefined): void {
  if (release.draft || release.prerelease || makeLatest === 'false') return;
  if (makeLatest === 'legacy') repo.latestReleaseId = undefined;
  else repo.latestReleaseId = release.id;
}

/** The release `make_latest` chose, else the newest published one that is neither draft nor prerelease. */
function latestRelease(repo: RepoRecord): ReleaseRecord | undefined {
  const eligible = repo.releases.filter((release) => !release.draft && !release.prerelease);
  const chosen = eligible.find((release) => release.id === repo.latestReleaseId);
  if (chosen !== undefined) return chosen;
  return eligible.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id)[0];
}

function createRelease(context: RouteContext) {
  const repo = repoOf(context);
  const body = bodyOf(context);
  const tagName = optionalString(body['tag_name']) ?? '';
  checkTagName(context, repo, tagName, { published: body['draft'] !== true });
  const now = new Date();
  const release: ReleaseRecord = {
    id: context.state.newId(),
    tagName,
    targetCommitish: repo.defaultBranch,
    name: null,
    body: null,
    draft: false,
    prerelease: false,
    author: context.caller,
    createdAt: now,
    updatedAt: now,
    publishedAt: null,
    immutable: false,
    assets: [],
  };
  applyReleaseBody(release, body);
  ensureTag(context, repo, release);
  repo.releases.push(release);
  if (!release.draft) {
    context.state.markPublished(repo, release, now);
    applyMakeLatest(repo, release, optionalString(body['make_latest']));
  }
  return json(201, renderRelease(context.urls, repo, release), {
    location: `${context.urls.api}/repos/${repo.owner.login}/${repo.name}/releases/${release.id}`,
  });
}

/** `draft: false` publishes a draft: its tag is created then, and with immutable releases on it is locked. */
function updateRelease(context: RouteContext) {
  const repo = repoOf(context);
  const release = releaseOf(context, repo);
  const body = bodyOf(context);
  const documentationUrl = context.operation.documentationUrl;
  const tagName = optionalString(body['tag_name']) ?? release.tagName;
  const publishing = release.draft && body['draft'] === false;
  const willBePublished = body['draft'] === false || (!release.draft && body['draft'] !== true);
  if (release.immutable) {
    if (body['draft'] === true) throw draftStateOfImmutableRelease(documentationUrl);
    if (tagName !== release.tagName) throw tagNameOfImmutableRelease(documentationUrl);
  }
  if (publishing || tagName !== release.tagName) {
    checkTagName(context, repo, tagName, { published: willBePublished, self: release });
  }
  const before = { ...release };
  applyReleaseBody(release, body);
  try {
    ensureTag(context, repo, release);
  } catch (error) {
    Object.assign(release, before);
    throw error;
  }
  if (publishing) context.state.markPublished(repo, release);
  const makeLatest = optionalString(body['make_latest']) ?? (publishing ? 'true' : undefined);
  if (makeLatest !== undefined) applyMakeLatest(repo, release, makeLatest);
  return json(200, renderRelease(context.urls, repo, release));
}

export const releaseRoutes: RouteTable = {
  'repos/create-release': { resource: 'Release', handle: createRelease },
  'repos/list-releases': {
    resource: 'Release',
    handle: (context) => {
      const repo = repoOf(context);
      const releases = [...repo.releases]
        .reverse()
        .filter((release) => visibleTo(context, release))
        .map((release) => renderRelease(context.urls, repo, release));
      const page = paginate(releases, context.url);
      return json(200, page.items, page.link === undefined ? undefined : { link: page.link });
    },
  },
  'repos/get-release': {
    resource: 'Release',
    handle: (context) => {
      const repo = repoOf(context);
      return json(200, renderRelease(context.urls, repo, releaseOf(context, repo)));
    },
  },
  'repos/get-release-by-tag': {
    resource: 'Release',
    handle: (context) => {
      const repo = repoOf(context);
      // Published releases only, even to a writer: a draft's tag does not exist yet (REST docs, "Get a release
      // by tag name"; github/developer.github.com#784). Drafts are found by listing releases.
      const release = repo.releases.find(
        (candidate) => !candidate.draft && candidate.tagName === context.params['tag'],
      );
      if (release === undefined) throw notFound(context.operation.documentationUrl);
      return json(200, renderRelease(context.urls, repo, release));
    },
  },
  'repos/get-latest-release': {
    resource: 'Release',
    handle: (context) => {
      const repo = repoOf(context);
      const release = latestRelease(repo);
      if (release === undefined) throw notFound(context.operation.documentationUrl);
      return json(200, renderRelease(context.urls, repo, release));
    },
  },
  'repos/update-release': { resource: 'Release', handle: updateRelease },
  'repos/delete-release': {
    resource: 'Release',
    // Allowed on an immutable release too; its tag stays, and its tag name stays burned (GitHub docs,
    // "Immutable releases").
    handle: async (context) => {
      const repo = repoOf(context);
      const release = releaseOf(context, repo);
      repo.releases.splice(repo.releases.indexOf(release), 1);
      if (repo.latestReleaseId === release.id) repo.latestReleaseId = undefined;
      await Promise.all(release.assets.map((asset) => context.state.assetStorage.discard(asset.content)));
      return noContent();
    },
  },
};
