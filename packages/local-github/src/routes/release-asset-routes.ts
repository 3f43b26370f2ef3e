import { alreadyExists, GitHubHttpError, errorBody, notFound } from '../github-error-responses.js';
import { renderAsset } from '../github-representations.js';
import type { AssetRecord, ReleaseRecord, RepoRecord } from '../github-state.js';
import {
  deleteAssetOfImmutableRelease,
  updateAssetOfImmutableRelease,
  uploadToImmutableRelease,
} from '../immutable-release-refusals.js';
import { paginate } from '../pagination.js';
import {
  bodyOf,
  integerParam,
  json,
  noContent,
  redirect,
  repoOf,
  type RouteContext,
  type RouteTable,
} from './route-context.js';
import { releaseOf, visibleTo } from './release-routes.js';

/**
 * The largest asset GitHub accepts: "each file included in a release must be under 2 GiB" (GitHub docs,
 * "About releases", storage and bandwidth quotas), enforced as "size must be less than or equal to
 * 2147483648" (cli/cli#10182, 2025).
 */
export const MAX_RELEASE_ASSET_BYTES = 2 * 1024 ** 3;

/**
 * GitHub renames asset files with characters outside a safe set (docs: "GitHub renames asset filenames that
 * have special characters…"); a space becomes a period.
 */
export function normalizeAssetName(name: string): string {
  return name.replace(/[^A-Za-z0-9._+-]/g, '.');
}

function assetOf(context: RouteContext, repo: RepoRecord): { release: ReleaseRecord; asset: AssetRecord } {
  const id = integerParam(context, 'asset_id');
  for (const release of repo.releases) {
    const asset = release.assets.find((candidate) => candidate.id === id);
    if (asset !== undefined && visibleTo(context, release)) return { release, asset };
  }
  throw notFound(context.operation.documentationUrl);
}

/** uploads.github.com wants the size before the bytes: a chunked upload, without Content-Length, gets 400. */
function lengthRequired(context: RouteContext): GitHubHttpError {
  return new GitHubHttpError(
    400,
    errorBody(
      400,
      'Bad Content-Length: the Content-Length header is required',
      context.operation.documentationUrl,
    ),
    { violation: true },
  );
}

/**
 * Above the limit, GitHub answers from the declared length, before reading the body (curl's progress in
 * probonopd/uploadtool#51 shows 0 bytes sent), and closes the connection rather than read gigabytes.
 */
function tooLarge(context: RouteContext): GitHubHttpError {
  return new GitHubHttpError(
    422,
    errorBody(422, 'Validation Failed', context.operation.documentationUrl, [
      {
        resource: 'ReleaseAsset',
        code: 'custom',
        field: 'size',
        message: `size must be less than or equal to ${MAX_RELEASE_ASSET_BYTES}`,
      },
    ]),
    { violation: true, headers: { connection: 'close' } },
  );
}

/** Refusals that depend on the release and the name: checked before the bytes are read, and again after. */
function checkUploadTarget(context: RouteContext, release: ReleaseRecord, name: string): void {
  if (release.immutable) throw uploadToImmutableRelease();
  // The real body: @octokit/fixtures, scenario release-assets-conflict.
  if (release.assets.some((asset) => asset.name === name)) {
    throw alreadyExists(context.operation.documentationUrl, 'ReleaseAsset', 'name');
  }
}

/** The bytes stream to a temporary file while they are hashed: a GiB upload never sits in memory. */
async function uploadAsset(context: RouteContext) {
  const repo = repoOf(context);
  const release = releaseOf(context, repo);
  const declared = context.upload?.declaredBytes;
  if (context.upload === undefined || declared === undefined) throw lengthRequired(context);
  if (declared > MAX_RELEASE_ASSET_BYTES) throw tooLarge(context);
  const name = normalizeAssetName(context.url.searchParams.get('name') ?? '');
  checkUploadTarget(context, release, name);
  const content = await context.upload.receive();
  try {
    // While the bytes streamed, the release may have been published, deleted, or given the same name.
    if (!repo.releases.includes(release)) throw notFound(context.operation.documentationUrl);
    checkUploadTarget(context, release, name);
  } catch (error) {
    await context.state.assetStorage.discard(content);
    throw error;
  }
  const now = new Date();
  const asset: AssetRecord = {
    id: context.state.newId(),
    releaseId: release.id,
    name,
    label: context.url.searchParams.get('label'),
    contentType: context.headers['content-type'] ?? 'application/octet-stream',
    content,
    state: 'uploaded',
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

function updateAsset(context: RouteContext) {
  const repo = repoOf(context);
  const { release, asset } = assetOf(context, repo);
  if (release.immutable) throw updateAssetOfImmutableRelease(context.operation.documentationUrl);
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
}

async function deleteAsset(context: RouteContext) {
  const repo = repoOf(context);
  const { release, asset } = assetOf(context, repo);
  if (release.immutable) throw deleteAssetOfImmutableRelease(context.operation.documentationUrl);
  release.assets.splice(release.assets.indexOf(asset), 1);
  await context.state.assetStorage.discard(asset.content);
  return noContent();
}

export const releaseAssetRoutes: RouteTable = {
  'repos/upload-release-asset': { resource: 'ReleaseAsset', handle: uploadAsset },
  'repos/list-release-assets': {
    resource: 'ReleaseAsset',
    handle: (context) => {
      const repo = repoOf(context);
      const release = releaseOf(context, repo);
      const page = paginate(
        release.assets.map((asset) => renderAsset(context.urls, repo, release, asset)),
        context.url,
      );
      return json(200, page.items, page.link === undefined ? undefined : { link: page.link });
    },
  },
  'repos/get-release-asset': { resource: 'ReleaseAsset', handle: getAsset },
  'repos/update-release-asset': { resource: 'ReleaseAsset', handle: updateAsset },
  'repos/delete-release-asset': { resource: 'ReleaseAsset', handle: deleteAsset },
};

/**
 * Finds an asset by the path segments of its `browser_download_url`; a draft's only for a caller who may see
 * drafts (`canSeeDrafts`).
 */
export function findDownload(
  repo: RepoRecord,
  tagSegment: string,
  name: string,
  canSeeDrafts: boolean,
): { release: ReleaseRecord; asset: AssetRecord } | undefined {
  for (const release of repo.releases) {
    const segment = release.draft ? `untagged-${release.id}` : release.tagName;
    if (segment !== tagSegment || (release.draft && !canSeeDrafts)) continue;
    const asset = release.assets.find((candidate) => candidate.name === name);
    if (asset !== undefined) return { release, asset };
  }
  return undefined;
}
