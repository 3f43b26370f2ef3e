import { GitHubLimits } from '../surfaces/github-limits.js';
import { UserError } from '../user-error.js';
import { SHA256SUMS_FILE, checkAssetName } from './sha256-sums.js';

/** The release's manifest (`mlgate/model-manifest@1`): lineage, metrics, the model files and their digests. */
export const MODEL_MANIFEST_FILE = 'manifest.json';

/** The model card in Hugging Face form, to push to a model hub unchanged. */
export const MODEL_CARD_FILE = 'MODEL_CARD.md';

/**
 * The files publish-model adds to every release beside the model files, in the order they can be made:
 * the manifest lists the model files; the card is rendered from the manifest; SHA256SUMS lists the model
 * files, the card and the manifest (everything but itself), so `sha256sum -c SHA256SUMS` checks a whole
 * download and GitHub's asset digest vouches for SHA256SUMS.
 */
export const RELEASE_OWN_FILES = [MODEL_MANIFEST_FILE, MODEL_CARD_FILE, SHA256SUMS_FILE] as const;

/** A model file about to be published: its asset name (the file's base name) and size. */
export interface ModelFile {
  readonly name: string;
  readonly bytes: number;
}

const gibibytes = (bytes: number): string => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;

/**
 * Refuses, before anything is created, model files a release cannot carry as they are: a name that is not a
 * plain asset name, that is one of the release's own files, or that two files share (a release holds one
 * asset of a name), and a file over GitHub's release asset limit.
 */
export function checkModelFiles(files: readonly ModelFile[]): void {
  if (files.length === 0) throw new UserError('no model files to publish');
  const seen = new Set<string>();
  for (const file of files) {
    checkAssetName(file.name);
    if ((RELEASE_OWN_FILES as readonly string[]).includes(file.name)) {
      throw new UserError(
        `model file '${file.name}' has the name of a file publish-model adds to every release; rename it`,
      );
    }
    if (seen.has(file.name)) {
      throw new UserError(`two model files are named '${file.name}': a release holds one asset of a name`);
    }
    seen.add(file.name);
    // The limit is stated as "under 2 GiB", so a file of exactly 2 GiB is refused too.
    if (file.bytes >= GitHubLimits.releaseAssetBytes) {
      throw new UserError(
        `model file '${file.name}' is ${gibibytes(file.bytes)}; GitHub takes a release asset only under ` +
          `${gibibytes(GitHubLimits.releaseAssetBytes)}: split it into parts under the limit, or keep it in an ` +
          'external store (object storage, a model registry) and publish a small file that points at it',
      );
    }
  }
}
