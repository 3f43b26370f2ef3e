import { MODEL_CARD_FILE, MODEL_MANIFEST_FILE, SHA256SUMS_FILE, UserError } from '@mlgate/engine';
import type { GitHubClient } from '../github-client.js';
import { httpStatusOf } from '../github-failure.js';
import { commitOfTag } from '../tag-commit.js';
import {
  defaultUploadPolicy,
  assetSha256,
  deleteReleaseAsset,
  listReleaseAssets,
  uploadReleaseAsset,
} from './transfer/release-asset-upload.js';
import type {
  AssetSource,
  DraftRelease,
  ReleaseAsset,
  UploadPolicy,
} from './transfer/release-asset-upload.js';

export interface ModelReleaseRequest {
  readonly owner: string;
  readonly repo: string;
  readonly tag: string;
  /** The commit the release is of: its tag is created there when the release is published. */
  readonly commit: string;
  readonly title: string;
  /** The model card, read when the release is published (it is made with the release's own files). */
  readonly body: () => string;
  readonly prerelease: boolean;
  readonly makeLatest: boolean;
  /** The model's files: what a published release is checked against. */
  readonly modelFiles: readonly AssetSource[];
  /**
   * The release's own files (manifest, card, SHA256SUMS), made once the release to work on is settled, from
   * its creation time: concurrent runs and re-runs of one release then write the same bytes.
   */
  readonly ownFiles: (release: { readonly createdAt: Date }) => Promise<readonly AssetSource[]>;
  /**
   * The names of the release's own files, which a published release need only hold (see confirmPublished):
   * manifest, card and SHA256SUMS unless told, plus any profiles.
   */
  readonly ownFileNames?: readonly string[];
  readonly uploadPolicy?: UploadPolicy;
  /** Progress lines for the log. */
  readonly log: (line: string) => void;
}

export interface PublishedRelease {
  readonly id: number;
  readonly tag: string;
  readonly url: string;
}

export type ModelReleaseOutcome =
  | { readonly outcome: 'published'; readonly release: PublishedRelease }
  /** A re-run after the release was published: it holds exactly these files, nothing was changed. */
  | { readonly outcome: 'already-published'; readonly release: PublishedRelease };

interface ReleaseData {
  readonly id: number;
  readonly created_at: string;
  readonly tag_name: string;
  readonly target_commitish: string;
  readonly draft: boolean;
  readonly html_url: string;
  readonly upload_url: string;
}

function validationErrors(error: unknown): { code?: string; message?: string; field?: string }[] {
  if (httpStatusOf(error) !== 422) return [];
  return (error as { response?: { data?: { errors?: [] } } }).response?.data?.errors ?? [];
}

const short = (sha: string): string => sha.slice(0, 7);

/** Every release with this tag, drafts too (GitHub's lookup by tag does not see drafts), oldest first. */
export async function releasesWithTag(
  client: GitHubClient,
  owner: string,
  repo: string,
  tag: string,
): Promise<ReleaseData[]> {
  const releases = await client.paginate(client.rest.repos.listReleases, { owner, repo, per_page: 100 });
  return releases.filter((release) => release.tag_name === tag).sort((a, b) => a.id - b.id);
}

function asDraft(request: ModelReleaseRequest, release: ReleaseData): DraftRelease {
  return { owner: request.owner, repo: request.repo, id: release.id, uploadUrl: release.upload_url };
}

/**
 * What differs between the release's assets and the files it must hold, in words; empty when none. Files
 * named in `present` need only be there (a published release's own files were written by the run that
 * published it, and may differ from this run's: a review dismissed since, say).
 */
function differences(
  assets: readonly ReleaseAsset[],
  expected: readonly AssetSource[],
  present: readonly string[] = [],
): string[] {
  const byName = new Map(assets.map((asset) => [asset.name, asset]));
  const problems: string[] = [];
  for (const file of expected) {
    const asset = byName.get(file.name);
    if (asset === undefined) problems.push(`${file.name} is missing`);
    else if (assetSha256(asset) !== file.sha256) problems.push(`${file.name} differs`);
    byName.delete(file.name);
  }
  for (const name of present) {
    if (!byName.delete(name)) problems.push(`${name} is missing`);
  }
  for (const name of byName.keys()) problems.push(`${name} is not one of the model's files`);
  return problems;
}

/** The release this run works on: the published one for the tag, else the oldest draft of this commit. */
type Claim =
  | { readonly state: 'published'; readonly release: ReleaseData }
  | { readonly state: 'draft'; readonly release: ReleaseData };

function settle(request: ModelReleaseRequest, releases: readonly ReleaseData[]): ReleaseData | undefined {
  const published = releases.find((release) => !release.draft);
  if (published !== undefined) return published;
  const drafts = releases.filter((release) => release.draft);
  const foreign = drafts.find((release) => release.target_commitish !== request.commit);
  if (foreign !== undefined && drafts.every((release) => release.target_commitish !== request.commit)) {
    throw new UserError(
      `a draft release ${request.tag} exists for ${short(foreign.target_commitish)}, not ${short(request.commit)}: delete it, or choose another version`,
    );
  }
  return drafts.find((release) => release.target_commitish === request.commit);
}

/**
 * The release to work on. GitHub does not keep drafts unique by tag (two runs creating one at once both
 * succeed), so every run settles on the same one: the published release when there is one, else the oldest
 * draft of this commit; a run whose own fresh draft lost deletes it.
 */
async function claimRelease(client: GitHubClient, request: ModelReleaseRequest): Promise<Claim> {
  const { owner, repo, tag, commit } = request;
  const found = settle(request, await releasesWithTag(client, owner, repo, tag));
  if (found !== undefined) {
    return found.draft ? { state: 'draft', release: found } : { state: 'published', release: found };
  }
  let created: ReleaseData;
  try {
    ({ data: created } = await client.rest.repos.createRelease({
      owner,
      repo,
      tag_name: tag,
      target_commitish: commit,
      name: request.title,
      body: `${request.title}: being published by mlgate.`,
      draft: true,
      prerelease: request.prerelease,
    }));
  } catch (error) {
    // Any error on tag_name that names immutability: GitHub lists others before it once the tag is gone.
    if (validationErrors(error).some((entry) => /used by an immutable release/.test(entry.message ?? ''))) {
      throw new UserError(
        `the tag ${tag} was used by an immutable release and can never be used again: choose another version`,
      );
    }
    throw error;
  }
  const winner = settle(request, await releasesWithTag(client, owner, repo, tag)) ?? created;
  if (winner.id !== created.id) {
    await client.rest.repos.deleteRelease({ owner, repo, release_id: created.id });
    request.log(`another run made the release ${tag} at the same time; continuing with it`);
    return winner.draft ? { state: 'draft', release: winner } : { state: 'published', release: winner };
  }
  request.log(`created the draft release ${tag}`);
  return { state: 'draft', release: created };
}

/** A release's own files, by name: SHA256SUMS, the manifest, the card. */
const OWN_FILE_NAMES = [MODEL_MANIFEST_FILE, MODEL_CARD_FILE, SHA256SUMS_FILE];

/** A published release holds exactly this model: 'already published', or an error naming what differs. */
async function confirmPublished(
  client: GitHubClient,
  request: ModelReleaseRequest,
  release: ReleaseData,
): Promise<ModelReleaseOutcome> {
  const assets = await listReleaseAssets(client, asDraft(request, release));
  const problems = differences(assets, request.modelFiles, request.ownFileNames ?? OWN_FILE_NAMES);
  if (problems.length > 0) {
    throw new UserError(
      `the release ${request.tag} is already published with other files (${problems.join('; ')}): choose another version`,
    );
  }
  request.log(`the release ${request.tag} is already published with these files; nothing changed`);
  return {
    outcome: 'already-published',
    release: { id: release.id, tag: request.tag, url: release.html_url },
  };
}

/**
 * Publishes the model as one release, never half of one: a draft first, every asset uploaded and checked
 * against its local sha256, and only then published, once. Safe to run again and concurrently: a re-run
 * finds the draft and uploads only what is missing or wrong; after publishing it checks the files and
 * changes nothing; a release or tag for another commit, or a tag burnt by an immutable release, is a clear
 * error before anything is uploaded.
 */
export async function publishModelRelease(
  client: GitHubClient,
  request: ModelReleaseRequest,
): Promise<ModelReleaseOutcome> {
  const { owner, repo, tag, commit } = request;
  const tagged = await commitOfTag(client, { owner, repo }, tag);
  if (tagged !== undefined && tagged !== commit) {
    throw new UserError(
      `the tag ${tag} already points at ${short(tagged)}, not ${short(commit)}: choose another version`,
    );
  }
  const claim = await claimRelease(client, request);
  if (claim.state === 'published') return confirmPublished(client, request, claim.release);
  const release = claim.release;
  const draft = asDraft(request, release);
  const files = [
    ...request.modelFiles,
    ...(await request.ownFiles({ createdAt: new Date(release.created_at) })),
  ];

  // What an earlier, interrupted run left: keep what is right, remove what is wrong or no longer wanted. An
  // asset still open may be a concurrent run's upload in flight: it is left to the upload, which meets it as
  // `already_exists` and keeps it only when its digest is right.
  const wanted = new Map(files.map((file) => [file.name, file]));
  const kept = new Set<string>();
  for (const asset of await listReleaseAssets(client, draft)) {
    const file = wanted.get(asset.name);
    if (file !== undefined && asset.state === 'open') continue;
    if (file !== undefined && assetSha256(asset) === file.sha256) kept.add(asset.name);
    else await deleteReleaseAsset(client, draft, asset.id);
  }
  for (const file of files) {
    if (kept.has(file.name)) continue;
    await uploadReleaseAsset(client, draft, file, request.uploadPolicy ?? defaultUploadPolicy(client));
    request.log(`uploaded ${file.name} (${file.bytes} bytes, sha256 ${file.sha256.slice(0, 12)}…)`);
  }

  const problems = differences(await listReleaseAssets(client, draft), files);
  if (problems.length > 0) {
    throw new Error(
      `the draft ${tag} does not hold the model after uploading (${problems.join('; ')}); nothing was published`,
    );
  }
  let published;
  try {
    ({ data: published } = await client.rest.repos.updateRelease({
      owner,
      repo,
      release_id: release.id,
      name: request.title,
      body: request.body(),
      draft: false,
      prerelease: request.prerelease,
      make_latest: request.makeLatest ? 'true' : 'false',
    }));
  } catch (error) {
    // A concurrent run published its draft of this tag first: one published release per tag is all GitHub
    // keeps, so this draft goes and theirs is checked instead.
    if (!validationErrors(error).some((entry) => entry.code === 'already_exists')) throw error;
    const theirs = (await releasesWithTag(client, owner, repo, tag)).find((other) => !other.draft);
    if (theirs === undefined) throw error;
    await client.rest.repos.deleteRelease({ owner, repo, release_id: release.id });
    return confirmPublished(client, request, theirs);
  }
  const immutable = (published as { immutable?: boolean }).immutable === true;
  request.log(`published ${tag}${immutable ? ' (immutable)' : ''}: ${published.html_url}`);
  return { outcome: 'published', release: { id: published.id, tag, url: published.html_url } };
}
