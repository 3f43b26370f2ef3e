import {
  alreadyExists,
  GitHubHttpError,
  errorBody,
  notFound,
  validationFailed,
} from '../github-error-responses.js';
import { renderAsset, renderRelease } from '../github-representations.js';
import type { AssetRecord, ReleaseRecord, RepoRecord } from '../github-state.js';
import { paginate } from '../pagination.js';
import {
  bodyOf,
  integerParam,
  json,
  noContent,
  optionalString,
  redirect,
  repoOf,
  type RouteContext,
  type RouteTable,
} from './route-context.js';

/** Source: GitHub docs, "About releases": each file in a release must be under 2 GiB. */
export const MAX_RELEASE_ASSET_BYTES = 2 * 1024 ** 3;

type Body = Record<string, unknown>;

function releaseOf(context: RouteContext, repo: RepoRecord): ReleaseRecord {
  const id = integerParam(context, 'release_id');
  const release = repo.releases.find((candidate) => candidate.id === id);
  if (release === undefined) throw notFound(context.operation.documentationUrl);
  return release;
}

function assetOf(context: RouteContext, repo: RepoRecord): { release: ReleaseRecord; asset: AssetRecord } {
  const id = integerParam(context, 'asset_id');
  for (const release of repo.releases) {
    const asset = release.assets.find((candidate) => candidate.id === id);
    if (asset !== undefined) return { release, asset };
  }
  throw notFound(context.operation.documentationUrl);
}

function ensureTagUnique(context: RouteContext, repo: RepoRecord, tag: string, self?: ReleaseRecord): void {
  if (repo.releases.some((release) => release !== self && release.tagName === tag)) {
    throw alreadyExists(context.operation.documentationUrl, 'Release', 'tag_name');
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
  if (!release.draft && release.publishedAt === null) release.publishedAt = new Date();
}

function createRelease(context: RouteContext) {
  const repo = repoOf(context);
  const body = bodyOf(context);
  const tagName = optionalString(body['tag_name']) ?? '';
  ensureTagUnique(context, repo, tagName);
  const release: ReleaseRecord = {
    id: context.state.newId(),
    tagName,
    targetCommitish: repo.defaultBranch,
    name: null,
    body: null,
    draft: false,
    prerelease: false,
    author: context.caller,
    createdAt: new Date(),
    publishedAt: null,
    assets: [],
  };
  applyReleaseBody(release, body);
  ensureTag(context, repo, release);
  repo.releases.push(release);
  return json(201, renderRelease(context.urls, repo, release), {
    location: `${context.urls.api}/repos/${repo.owner.login}/${repo.name}/releases/${release.id}`,
  });
}

function updateRelease(context: RouteContext) {
  const repo = repoOf(context);
  const release = releaseOf(context, repo);
  const body = bodyOf(context);
  if (typeof body['tag_name'] === 'string') ensureTagUnique(context, repo, body['tag_name'], release);
  const before = { ...release };
  applyReleaseBody(release, body);
  try {
    ensureTag(context, repo, release);
  } catch (error) {
    Object.assign(release, before);
    throw error;
  }
  return json(200, renderRelease(context.urls, repo, release));
}

/** The newest published release that is neither a draft nor a prerelease. */
function latestRelease(repo: RepoRecord): ReleaseRecord | undefined {
  return repo.releases
    .filter((release) => !release.draft && !release.prerelease && release.publishedAt !== null)
    .sort((a, b) => (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0) || b.id - a.id)[0];
}

/**
 * GitHub renames asset files with characters outside a safe set (docs: "GitHub renames asset filenames that
 * have special characters…"); a space becomes a period.
 */
export function normalizeAssetName(name: string): string {
  return name.replace(/[^A-Za-z0-9._+-]/g, '.');
}

function uploadAsset(context: RouteContext) {
  const repo = repoOf(context);
  const release = releaseOf(context, repo);
  if (context.headers['content-length'] === undefined) {
    // uploads.github.com refuses chunked uploads: the size must be known before the bytes arrive.
    throw new GitHubHttpError(
      400,
      errorBody(
        400,
        'Bad Content-Length: the Content-Length header is required',
        context.operation.documentationUrl,
      ),
      { violation: true },
    );
  }
  const name = normalizeAssetName(context.url.searchParams.get('name') ?? '');
  if (context.rawBody.length > MAX_RELEASE_ASSET_BYTES) {
    throw validationFailed(context.operation.documentationUrl, [
      { resource: 'ReleaseAsset', field: 'size', code: 'custom', message: 'asset is larger than 2 GiB' },
    ]);
  }
  if (release.assets.some((asset) => asset.name === name)) {
    throw alreadyExists(context.operation.documentationUrl, 'ReleaseAsset', 'name');
  }
  const now = new Date();
  const asset: AssetRecord = {
    id: context.state.newId(),
    releaseId: release.id,
    name,
    label: context.url.searchParams.get('label'),
    contentType: context.headers['content-type'] ?? 'application/octet-stream',
    bytes: Buffer.from(context.rawBody),
    uploader: context.caller,
    createdAt: now,
    updatedAt: now,
    downloadCount: 0,
  };
  release.assets.push(asset);
  return json(201, renderAsset(context.urls, repo, release, asset));
}

function getAsset(context: RouteContext) {
  const repo = repoOf(context);
  const { release, asset } = assetOf(context, repo);
  const rendered = renderAsset(context.urls, repo, release, asset);
  // `Accept: application/octet-stream` asks for the bytes: GitHub redirects to where they are served.
  if ((context.headers['accept'] ?? '').includes('application/octet-stream')) {
    return redirect(String(rendered['browser_download_url']));
  }
  return json(200, rendered);
}

function paged(context: RouteContext, items: readonly unknown[]) {
  const page = paginate(items, context.url);
  return json(200, page.items, page.link === undefined ? undefined : { link: page.link });
}

export const releaseRoutes: RouteTable = {
  'repos/create-release': { resource: 'Release', handle: createRelease },
  'repos/list-releases': {
    resource: 'Release',
    handle: (context) => {
      const repo = repoOf(context);
      const releases = [...repo.releases]
        .reverse()
        .map((release) => renderRelease(context.urls, repo, release));
      return paged(context, releases);
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
    handle: (context) => {
      const repo = repoOf(context);
      repo.releases.splice(repo.releases.indexOf(releaseOf(context, repo)), 1);
      return noContent();
    },
  },
  'repos/upload-release-asset': { resource: 'ReleaseAsset', handle: uploadAsset },
  'repos/list-release-assets': {
    resource: 'ReleaseAsset',
    handle: (context) => {
      const repo = repoOf(context);
      const release = releaseOf(context, repo);
      return paged(
        context,
        release.assets.map((asset) => renderAsset(context.urls, repo, release, asset)),
      );
    },
  },
  'repos/get-release-asset': { resource: 'ReleaseAsset', handle: getAsset },
  'repos/update-release-asset': {
    resource: 'ReleaseAsset',
    handle: (context) => {
      const repo = repoOf(context);
      const { release, asset } = assetOf(context, repo);
      const body = bodyOf(context);
      if (typeof body['name'] === 'string') {
        const name = normalizeAssetName(body['name']);
        if (release.assets.some((other) => other !== asset && other.name === name)) {
          throw alreadyExists(context.operation.documentationUrl, 'ReleaseAsset', 'name');
        }
        asset.name = name;
      }
      if (typeof body['label'] === 'string') asset.label = body['label'];
      asset.updatedAt = new Date();
      return json(200, renderAsset(context.urls, repo, release, asset));
    },
  },
  'repos/delete-release-asset': {
    resource: 'ReleaseAsset',
    handle: (context) => {
      const repo = repoOf(context);
      const { release, asset } = assetOf(context, repo);
      release.assets.splice(release.assets.indexOf(asset), 1);
      return noContent();
    },
  },
};

/** Finds an asset by the path segments of its `browser_download_url`. */
export function findDownload(
  repo: RepoRecord,
  tagSegment: string,
  name: string,
): { release: ReleaseRecord; asset: AssetRecord } | undefined {
  for (const release of repo.releases) {
    const segment = release.draft ? `untagged-${release.id}` : release.tagName;
    if (segment !== tagSegment) continue;
    const asset = release.assets.find((candidate) => candidate.name === name);
    if (asset !== undefined) return { release, asset };
  }
  return undefined;
}
