import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { datasetDrift, reportFileName, writeFileAtomically, writeReportFile } from '@mlgate/engine';
import type { DriftReport, DriftWork, ReportFile } from '@mlgate/engine';
import { profileCacheStore } from '../baseline/profile-cache-store.js';
import type { ProfileStore } from '../baseline/profile-cache-store.js';
import { releaseElseCacheProfileStore, releaseProfileStore } from '../baseline/release-profile-store.js';
import type { EventContext } from '../event-subject.js';
import { isPushToDefaultBranch, subjectOf } from '../event-subject.js';
import type { GitHubClient } from '../github-client.js';
import type { ValidationFile } from './validation-stage.js';

export interface DriftStageRequest {
  readonly workspace: string;
  readonly context: EventContext;
  readonly work: DriftWork;
  readonly reportDir: string;
  /** The validation stage's files, each with its dataset's profile. */
  readonly data: readonly ValidationFile[];
  readonly now?: () => Date;
  /** The REST client, made on first need (only the release's profiles need the API). */
  readonly client?: () => Promise<GitHubClient>;
  /** Where baseline profiles live (default: the Actions cache, or the release first); injected by tests. */
  readonly store?: ProfileStore;
}

/** The cache's profiles, or with `baseline: release` the production model's first (see DriftWork). */
function openProfileStore(request: DriftStageRequest): ProfileStore {
  const { context, work } = request;
  const cache = profileCacheStore({ workspace: request.workspace, name: work.baselineName, context });
  if (work.baseline !== 'release') return cache;
  const client = request.client;
  if (client === undefined) throw new Error("the release's profiles need a client");
  return releaseElseCacheProfileStore(
    releaseProfileStore({ client, repository: () => Promise.resolve(context.repo) }),
    cache,
  );
}

export type DriftFile = ReportFile & { readonly report: DriftReport };

/**
 * Each dataset's profile against the default branch's (the cache entry of its base commit, else the newest),
 * or with `baseline: release` the production model's (the latest release's, else the cache's):
 * one `drift-<dataset>.json` report each, `neutral` (no-baseline) until a push has saved profiles. The
 * profiles themselves go to `<report-dir>/profiles/` (not beside the reports, which the comment action reads
 * as reports); on a push to the default branch they become the next baseline, after the comparison, so a
 * push is judged against the profile before it.
 */
export async function runDriftStage(request: DriftStageRequest): Promise<DriftFile[]> {
  const { context, work } = request;
  const profiled = request.data.filter((file) => file.profile !== undefined);
  if (profiled.length === 0) return [];
  const store = request.store ?? openProfileStore(request);
  const restored = await store.restore();
  if (!restored.found) core.info(`No baseline profiles: ${restored.reason}`);
  const createdAt = (request.now?.() ?? new Date()).toISOString();
  const files: DriftFile[] = [];
  const profileDir = path.join(request.reportDir, 'profiles');
  await mkdir(profileDir, { recursive: true });
  for (const file of profiled) {
    const current = file.profile!;
    await writeFileAtomically(
      path.join(profileDir, reportFileName('profile', file.dataset)),
      `${JSON.stringify(current.document)}\n`,
    );
    const baseline = restored.found ? restored.profiles.get(file.dataset) : undefined;
    const report = datasetDrift(
      baseline === undefined ? undefined : { profile: baseline },
      { profile: current.document },
      {
        policy: work.policy,
        subject: subjectOf(context),
        createdAt,
        baselineSource: restored.found ? `${restored.source} ${restored.key}` : 'none',
        ...(restored.found ? { baselineSha: restored.commit } : {}),
        currentFiles: current.document.files.map((f) => f.path),
        dataset: file.dataset,
      },
    );
    const written = await writeReportFile(request.reportDir, reportFileName('drift', file.dataset), report);
    files.push({ file: written, report });
  }
  if (isPushToDefaultBranch(context)) {
    const saved = await store.save(profiled.map((file) => file.profile!.document));
    if (saved.saved) core.info(`Saved the profiles as cache entry '${saved.key}'`);
    else core.info(`The profiles were not saved: ${saved.reason}`);
  }
  return files;
}
