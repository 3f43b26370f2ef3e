import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  MODEL_CARD_FILE,
  MODEL_MANIFEST_FILE,
  SHA256SUMS_FILE,
  UserError,
  RELEASE_OWN_FILES,
  buildModelManifest,
  checkReleaseProfiles,
  evaluateApproval,
  formatModelManifest,
  formatSha256Sums,
  formatVersion,
  gateFromCheckRuns,
  gateFromReports,
  renderHubModelCard,
  renderReleaseBody,
  resolveVersion,
  sha256File,
} from '@mlgate/engine';
import type {
  ManifestGate,
  ManifestPullRequest,
  ModelManifest,
  ReportFile,
  VersionBump,
} from '@mlgate/engine';
import type { GitHubClient } from '../github-client.js';
import { hashModelFiles } from './model-files.js';
import type { HashedModelFile, ModelFile } from './model-files.js';
import { publishModelRelease } from './model-release.js';
import type { AssetSource } from './transfer/release-asset-upload.js';
import { readReleaseManifest } from './release-manifest.js';
import type { ReleaseProfile } from './release-profiles.js';
import { checkRunsOf, pullRequestOfCommit, reviewsOf } from './publish-evidence.js';
import type { PullRequestSource } from './publish-evidence.js';

/** What `require` can ask for before anything is created. */
export const PUBLISH_REQUIREMENTS = ['gate-passed', 'pr-approved'] as const;
export type PublishRequirement = (typeof PUBLISH_REQUIREMENTS)[number];

/** `gate-passed, pr-approved` (commas or blanks between), or `none`; `where` names the input or flag. */
export function parseRequirements(text: string, where: string): ReadonlySet<PublishRequirement> {
  const words = text
    .split(/[\s,]+/)
    .map((word) => word.trim())
    .filter((word) => word !== '');
  if (words.length === 1 && words[0] === 'none') return new Set();
  for (const word of words) {
    if (!(PUBLISH_REQUIREMENTS as readonly string[]).includes(word)) {
      throw new UserError(`${where} has '${word}'; expected ${PUBLISH_REQUIREMENTS.join(', ')}, or none`);
    }
  }
  return new Set(words as PublishRequirement[]);
}

export interface ModelPublicationRequest {
  /** Where the pull request of the commit is found, and what the release is in. */
  readonly source: PullRequestSource;
  readonly commit: string;
  readonly name: string;
  /** Checked already (names, sizes): see resolveModelFiles. */
  readonly files: readonly ModelFile[];
  /** A semantic version, or `auto`. */
  readonly version: string;
  readonly bump: VersionBump;
  readonly requirements: ReadonlySet<PublishRequirement>;
  readonly minApprovals: number;
  readonly allowStaleApprovals: boolean;
  /** The gate's check run: `mlgate / <check>`. */
  readonly checkName: string;
  readonly reports: readonly ReportFile[];
  /** The datasets' profiles, published as `profile-<dataset>.json` and named in the manifest. */
  readonly profiles: readonly ReleaseProfile[];
  readonly prerelease: boolean;
  readonly makeLatest: boolean;
  readonly serverUrl?: string;
  /** Where the release's own files are written before upload. */
  readonly workDir: string;
  readonly log: (line: string) => void;
}

export type ModelPublicationOutcome =
  | {
      readonly status: 'refused';
      readonly version: string;
      readonly tag: string;
      readonly reasons: readonly string[];
    }
  | {
      readonly status: 'published' | 'already-published';
      readonly version: string;
      readonly tag: string;
      readonly url: string;
      /** The manifest this run wrote (absent when the release was already published). */
      readonly manifest?: string;
      /** The model files as released, each checked by this digest: what an attestation names. */
      readonly modelFiles: readonly { readonly name: string; readonly sha256: string }[];
    };

interface Preconditions {
  readonly pullRequest: ManifestPullRequest | null;
  readonly gate: ManifestGate;
  /** Why publishing is refused; empty when it may go on. */
  readonly refusals: readonly string[];
}

/**
 * What must hold before anything is created: the pull request approved on its final head, the gate passed
 * on this exact commit. Every failing condition is named, so one run says all that is missing.
 */
async function checkPreconditions(
  client: GitHubClient,
  request: ModelPublicationRequest,
  firstRelease: boolean,
): Promise<Preconditions> {
  const { source, commit } = request;
  const refusals: string[] = [];
  let pullRequest: ManifestPullRequest | null = null;
  const pull = await pullRequestOfCommit(client, source, commit);
  if (request.requirements.has('pr-approved')) {
    if (pull === undefined) {
      refusals.push(`pr-approved: no pull request is associated with commit ${commit.slice(0, 7)}`);
    } else {
      const decision = evaluateApproval({
        reviews: await reviewsOf(client, source, pull.number),
        headSha: pull.headSha,
        minApprovals: request.minApprovals,
        allowStaleApprovals: request.allowStaleApprovals,
      });
      if (decision.decision === 'refused') {
        refusals.push(...decision.reasons.map((reason) => `pr-approved: #${pull.number}: ${reason}`));
      } else {
        request.log(`pr-approved: #${pull.number}: ${decision.reason}`);
      }
      pullRequest = { number: pull.number, url: pull.url, approvers: decision.approvers.map((a) => a.login) };
    }
  } else if (pull !== undefined) {
    pullRequest = { number: pull.number, url: pull.url, approvers: [] };
  }

  let gate: ManifestGate = { source: 'not-required' };
  if (request.requirements.has('gate-passed')) {
    const fromChecks = gateFromCheckRuns(await checkRunsOf(client, source, commit, request.checkName), {
      sha: commit,
      checkName: request.checkName,
    });
    const evidence =
      fromChecks.passed || request.reports.length === 0
        ? fromChecks
        : gateFromReports(request.reports, {
            sha: commit,
            repository: `${source.repo.owner}/${source.repo.repo}`,
            firstRelease,
          });
    if (evidence.passed) {
      request.log(`gate-passed: ${evidence.reason}`);
      gate = evidence;
    } else {
      refusals.push(
        `gate-passed: ${evidence.reason}${evidence === fromChecks ? '' : ` (and ${fromChecks.reason})`}`,
      );
    }
  }
  return { pullRequest, gate, refusals };
}

/**
 * The release's own files, written to `dir`: the datasets' profiles, the manifest, the model card and
 * SHA256SUMS. A profile is written from the text that was checked, so the asset is what the manifest names.
 */
async function writeOwnFiles(
  dir: string,
  manifest: ModelManifest,
  hubCard: string,
  modelFiles: readonly HashedModelFile[],
  profiles: readonly ReleaseProfile[],
): Promise<AssetSource[]> {
  await mkdir(dir, { recursive: true });
  const write = async (name: string, text: string, contentType = 'text/plain'): Promise<AssetSource> => {
    const file = path.join(dir, name);
    await writeFile(file, text);
    const bytes = Buffer.byteLength(text);
    return { name, path: file, bytes, sha256: await sha256File(file, bytes), contentType };
  };
  const profileFiles: AssetSource[] = [];
  for (const profile of profiles) {
    const written = await write(profile.asset, profile.text, 'application/json');
    if (written.sha256 !== profile.sha256) throw new Error(`${profile.asset} was not written as it was read`);
    profileFiles.push(written);
  }
  const manifestFile = await write(MODEL_MANIFEST_FILE, formatModelManifest(manifest));
  const card = await write(MODEL_CARD_FILE, hubCard);
  // SHA256SUMS lists everything but itself, so `sha256sum -c SHA256SUMS` checks a whole download.
  const sums = await write(
    SHA256SUMS_FILE,
    formatSha256Sums(
      [...modelFiles, ...profileFiles, manifestFile, card].map(({ name, sha256 }) => ({ name, sha256 })),
    ),
  );
  return [manifestFile, card, sums, ...profileFiles];
}

/** Profiles a release cannot carry are refused before anything is created (see checkReleaseProfiles). */
function checkProfiles(request: ModelPublicationRequest): void {
  checkReleaseProfiles(
    request.profiles.map(({ shownAs, profile }) => ({ file: shownAs, profile })),
    request.commit,
  );
  const taken = new Set<string>([...RELEASE_OWN_FILES, ...request.files.map((file) => file.name)]);
  for (const profile of request.profiles) {
    if (taken.has(profile.asset)) {
      throw new UserError(
        `the profile ${profile.shownAs} would be published as ${profile.asset}, the name of a model file: rename the model file`,
      );
    }
  }
}

/**
 * A model of one commit published as the release `<name>-v<version>`, only when what `requirements` names
 * holds (refused: nothing is created), with its manifest, model card and SHA256SUMS; every asset is checked
 * by digest before the release is published, once. The action and `mlgate model publish` both run this.
 */
export async function publishModel(
  client: GitHubClient,
  request: ModelPublicationRequest,
): Promise<ModelPublicationOutcome> {
  const { source, commit, name } = request;
  const { owner, repo } = source.repo;
  checkProfiles(request);
  const releases = await client.paginate(client.rest.repos.listReleases, { owner, repo, per_page: 100 });
  const version = resolveVersion({
    name,
    requested: request.version,
    bump: request.bump,
    existing: releases.map((release) => ({ tag: release.tag_name, commit: release.target_commitish })),
    commit,
  });
  request.log(`version ${version.reason}`);
  const versionText = formatVersion(version.version);

  const preconditions = await checkPreconditions(client, request, version.previous === undefined);
  if (preconditions.refusals.length > 0) {
    return { status: 'refused', version: versionText, tag: version.tag, reasons: preconditions.refusals };
  }

  const modelFiles = await hashModelFiles(request.files);
  const previousRelease = releases.find((release) => release.tag_name === version.previous?.tag);
  const previous =
    version.previous === undefined
      ? undefined
      : {
          tag: version.previous.tag,
          manifest:
            previousRelease === undefined
              ? undefined
              : await readReleaseManifest(client, { owner, repo }, previousRelease),
        };
  let body = '';
  let manifestPath: string | undefined;
  // Nothing about this run (its id, its clock) goes in: concurrent runs and re-runs of one release write
  // the same bytes, so they converge on one set of files.
  const ownFiles = async ({ createdAt }: { readonly createdAt: Date }) => {
    const manifest = buildModelManifest({
      name,
      version: version.version,
      subject: {
        sha: commit,
        repository: `${owner}/${repo}`,
        ...(preconditions.pullRequest !== null ? { pullRequest: preconditions.pullRequest.number } : {}),
      },
      pullRequest: preconditions.pullRequest,
      gate: preconditions.gate,
      reports: request.reports,
      assets: modelFiles.map(({ name: asset, bytes, sha256 }) => ({ name: asset, bytes, sha256 })),
      profiles: request.profiles.map(({ dataset, asset, sha256, rows }) => ({
        dataset,
        asset,
        sha256,
        rows,
      })),
      createdAt,
    });
    const card = {
      manifest,
      ...(previous !== undefined ? { previous } : {}),
      ...(request.serverUrl !== undefined ? { serverUrl: request.serverUrl } : {}),
    };
    body = renderReleaseBody(card);
    const own = await writeOwnFiles(
      path.join(request.workDir, `release-${version.tag}`),
      manifest,
      renderHubModelCard(card),
      modelFiles,
      request.profiles,
    );
    manifestPath = own[0]!.path;
    return own;
  };

  const outcome = await publishModelRelease(client, {
    owner,
    repo,
    tag: version.tag,
    commit,
    title: `${name} ${versionText}`,
    body: () => body,
    prerelease: request.prerelease,
    makeLatest: request.makeLatest,
    modelFiles,
    ownFiles,
    ownFileNames: [...RELEASE_OWN_FILES, ...request.profiles.map((profile) => profile.asset)],
    log: request.log,
  });
  return {
    status: outcome.outcome,
    version: versionText,
    tag: version.tag,
    url: outcome.release.url,
    ...(manifestPath !== undefined ? { manifest: manifestPath } : {}),
    modelFiles: modelFiles.map(({ name: asset, sha256 }) => ({ name: asset, sha256 })),
  };
}
