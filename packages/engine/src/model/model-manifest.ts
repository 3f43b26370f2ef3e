import type { BaselineProvenance } from '../compare/baseline-provenance.js';
import type { MetricVerdict } from '../compare/comparison-report.js';
import type { Verdict } from '../gate/verdict.js';
import type { MetricValue } from '../metrics/metric-value.js';
import type { ReportFile } from '../report/report-files.js';
import { MLGATE_VERSION } from '../report/report-subject.js';
import type { ReportSubject } from '../report/report-subject.js';
import { UserError } from '../user-error.js';
import type { DataFormat } from '../validate/readers/data-format.js';
import type { GatePassed } from './gate-evidence.js';
import type { ManifestProfile } from './manifest-profiles.js';
import { formatVersion, releaseTag } from './model-version.js';
import type { SemVer } from './model-version.js';
import { RELEASE_OWN_FILES, checkModelFiles } from './release-assets.js';
import { checkAssetName } from './sha256-sums.js';

/** The `mlgate/model-manifest@1` document: `manifest.json` of every model release. */
export const MODEL_MANIFEST_KIND = 'mlgate/model-manifest@1';

/** A manifest is always about one commit. */
export type ManifestSubject = ReportSubject & { readonly sha: string };

export interface ManifestPullRequest {
  readonly number: number;
  readonly url: string;
  /** Logins whose approvals counted, by login. */
  readonly approvers: readonly string[];
}

/** What showed the gate passed, or that publishing did not require it (`require` without `gate-passed`). */
export type ManifestGate = GatePassed | { readonly source: 'not-required' };

/** One metric of the release, as the gate's comparison saw it. */
export interface ManifestMetric {
  readonly name: string;
  readonly value: MetricValue;
  /** The baseline's value; null when the baseline lacked the metric (or there was no baseline). */
  readonly baseline: MetricValue | null;
  readonly verdict: MetricVerdict;
}

/** The metrics of one comparison report, with where its baseline came from. */
export interface ManifestMetrics {
  /** The metrics files the comparison read. */
  readonly files: readonly string[];
  readonly baseline: BaselineProvenance;
  readonly verdict: Verdict;
  readonly metrics: readonly ManifestMetric[];
}

/** The lineage of one validated dataset, from its validation report. */
export interface ManifestDataset {
  /** sha256 over the schema's hash and every file's (validate-data's fingerprint). */
  readonly fingerprint: string;
  readonly schema: { readonly path: string; readonly sha256: string };
  readonly files: readonly {
    readonly path: string;
    readonly format: DataFormat;
    readonly bytes: number;
    readonly rows: number;
    readonly sha256: string;
  }[];
}

/** A model file of the release. */
export interface ManifestAsset {
  readonly name: string;
  readonly bytes: number;
  readonly sha256: string;
}

export interface ModelManifest {
  readonly kind: typeof MODEL_MANIFEST_KIND;
  readonly mlgateVersion: string;
  readonly subject: ManifestSubject;
  readonly name: string;
  /** A semantic version, without the tag's `v`. */
  readonly version: string;
  /** `<name>-v<version>`. */
  readonly tag: string;
  /** The commit the release is tagged at; the same as `subject.sha`. */
  readonly commit: string;
  /** ISO 8601. */
  readonly createdAt: string;
  /** null when the commit came from no pull request, or approval was not required and none was found. */
  readonly pullRequest: ManifestPullRequest | null;
  readonly gate: ManifestGate;
  /** One entry per comparison report given; empty when none was. */
  readonly metrics: readonly ManifestMetrics[];
  /** One entry per validation report given; empty when none was. */
  readonly data: readonly ManifestDataset[];
  /** The model files, by name. The release's own files (card, SHA256SUMS, this manifest) are not listed. */
  readonly assets: readonly ManifestAsset[];
  /**
   * The datasets' profiles the release carries as assets (in SHA256SUMS too), by dataset; absent when none
   * was given (and in manifests made before profiles existed).
   */
  readonly profiles?: readonly ManifestProfile[];
}

export interface ManifestInput {
  readonly name: string;
  readonly version: SemVer;
  readonly subject: ManifestSubject;
  readonly pullRequest: ManifestPullRequest | null;
  readonly gate: ManifestGate;
  /** The run's reports: comparisons give the metrics, validations the data lineage. */
  readonly reports: readonly ReportFile[];
  readonly assets: readonly ManifestAsset[];
  /** The profiles published beside the model (see manifest-profiles.ts); none when absent. */
  readonly profiles?: readonly ManifestProfile[];
  /** The caller's clock, so building stays pure. */
  readonly createdAt: Date;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Only the fields the schema has: evidence from gate-evidence.ts also carries `passed`. */
function gateOf(gate: ManifestGate): ManifestGate {
  switch (gate.source) {
    case 'not-required':
      return { source: 'not-required' };
    case 'check-run':
      return {
        source: 'check-run',
        sha: gate.sha,
        checkName: gate.checkName,
        checkRunId: gate.checkRunId,
        ...(gate.url !== undefined ? { url: gate.url } : {}),
        verdict: gate.verdict,
        reason: gate.reason,
      };
    case 'reports':
      return {
        source: 'reports',
        sha: gate.sha,
        verdict: gate.verdict,
        verdictReason: gate.verdictReason,
        reports: gate.reports.map(({ file, kind }) => ({ file, kind })),
        reason: gate.reason,
      };
  }
}

/**
 * The manifest of a release about to be published. Refuses (UserError) a report about another commit (its
 * lineage is not this release's) and model files a release cannot carry; a gate shown for another commit
 * or a malformed digest is a bug in the caller.
 */
export function buildModelManifest(input: ManifestInput): ModelManifest {
  const { subject, gate } = input;
  const commit = subject.sha;
  const tag = releaseTag(input.name, input.version);
  if (gate.source !== 'not-required' && gate.sha !== commit) {
    throw new Error(`the gate was shown for ${gate.sha}, not for the release's commit ${commit}`);
  }
  checkModelFiles(input.assets);
  for (const asset of input.assets) {
    if (!SHA256_HEX.test(asset.sha256) || !Number.isSafeInteger(asset.bytes) || asset.bytes < 0) {
      throw new Error(`asset ${asset.name}: malformed digest or size`);
    }
  }
  const profiles = [...(input.profiles ?? [])].sort((a, b) =>
    a.dataset < b.dataset ? -1 : a.dataset > b.dataset ? 1 : 0,
  );
  const taken = new Set<string>([...RELEASE_OWN_FILES, ...input.assets.map((asset) => asset.name)]);
  for (const profile of profiles) {
    checkAssetName(profile.asset);
    if (taken.has(profile.asset)) {
      throw new UserError(
        `the profile of ${profile.dataset} would be published as ${profile.asset}, a name the release already has: rename the model file`,
      );
    }
    taken.add(profile.asset);
    if (!SHA256_HEX.test(profile.sha256) || !Number.isSafeInteger(profile.rows) || profile.rows < 0) {
      throw new Error(`profile ${profile.asset}: malformed digest or row count`);
    }
  }
  for (const { file, report } of input.reports) {
    const about = report.subject.sha;
    if (about !== undefined && about !== commit) {
      throw new UserError(
        `${file} is about commit ${about.slice(0, 7)}, not ${commit.slice(0, 7)}: its lineage is not this release's`,
      );
    }
  }

  const metrics: ManifestMetrics[] = [];
  const data: ManifestDataset[] = [];
  for (const { report } of input.reports) {
    switch (report.kind) {
      case 'mlgate/comparison@1':
        metrics.push({
          files: [...report.current.files],
          baseline: report.baseline,
          verdict: report.verdict,
          metrics: report.metrics.flatMap((row) =>
            row.current === null
              ? []
              : [{ name: row.name, value: row.current, baseline: row.baseline, verdict: row.verdict }],
          ),
        });
        break;
      case 'mlgate/validation@1':
        data.push({
          fingerprint: report.fingerprint,
          schema: { path: report.schema.path, sha256: report.schema.sha256 },
          files: report.files.map((file) => ({
            path: file.path,
            format: file.format,
            bytes: file.bytes,
            rows: file.rows,
            sha256: file.sha256,
          })),
        });
        break;
    }
  }

  return {
    kind: MODEL_MANIFEST_KIND,
    mlgateVersion: MLGATE_VERSION,
    subject: { ...subject },
    name: input.name,
    version: formatVersion(input.version),
    tag,
    commit,
    createdAt: input.createdAt.toISOString(),
    pullRequest:
      input.pullRequest === null
        ? null
        : {
            number: input.pullRequest.number,
            url: input.pullRequest.url,
            approvers: [...input.pullRequest.approvers].sort(),
          },
    gate: gateOf(gate),
    metrics,
    data,
    assets: [...input.assets]
      .map(({ name, bytes, sha256 }) => ({ name, bytes, sha256 }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    ...(profiles.length > 0
      ? { profiles: profiles.map(({ dataset, asset, sha256, rows }) => ({ dataset, asset, sha256, rows })) }
      : {}),
  };
}
