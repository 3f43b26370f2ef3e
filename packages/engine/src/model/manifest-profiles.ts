import type { ProfileDocument } from '../profile/column-profile.js';
import { reportFileName } from '../report/report-files.js';
import { UserError } from '../user-error.js';

/**
 * A dataset's profile (`mlgate/profile@1`) a release carries as an asset: what the model was trained on, so
 * a later run can judge fresh data against the production model's data rather than the default branch's.
 */
export interface ManifestProfile {
  /** The dataset's name, as the profile gives it. */
  readonly dataset: string;
  /** The release asset holding the profile: `profile-<dataset>.json`. */
  readonly asset: string;
  readonly sha256: string;
  readonly rows: number;
}

/** The asset name a dataset's profile is published under: the name the root action writes it as. */
export function profileAssetName(dataset: string): string {
  return reportFileName('profile', dataset);
}

/**
 * Refuses profiles a release of `commit` cannot carry: one about another commit (it is not this model's
 * data), and two whose datasets share an asset name (a release holds one asset of a name).
 */
export function checkReleaseProfiles(
  profiles: readonly { readonly file: string; readonly profile: ProfileDocument }[],
  commit: string,
): void {
  const seen = new Map<string, string>();
  for (const { file, profile } of profiles) {
    const about = profile.subject.sha;
    if (about !== undefined && about !== commit) {
      throw new UserError(
        `${file} is about commit ${about.slice(0, 7)}, not ${commit.slice(0, 7)}: it is not the data of this release`,
      );
    }
    const asset = profileAssetName(profile.dataset);
    const other = seen.get(asset);
    if (other !== undefined) {
      throw new UserError(
        `${other} and ${file} would both be published as ${asset}: give one profile a dataset`,
      );
    }
    seen.set(asset, file);
  }
}
