import { documentValidator } from '../report/document-validators.js';
import { parseBoundedJson, schemaProblem } from '../report/published-document.js';
import { UserError } from '../user-error.js';
import { MODEL_MANIFEST_KIND } from './model-manifest.js';
import type { ModelManifest } from './model-manifest.js';
import { MODEL_MANIFEST_SCHEMA } from './model-manifest-schema.js';
import { checkModelName, formatVersion, parseVersion } from './model-version.js';
import { RELEASE_OWN_FILES } from './release-assets.js';
import { isPlainAssetName } from './sha256-sums.js';

/**
 * A manifest is kilobytes (metrics, a few datasets, the model files); one read from a release is untrusted,
 * so a larger one is refused before it is parsed.
 */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

/** What the schema cannot say: fields that must agree with each other. */
function inconsistency(manifest: ModelManifest): string | undefined {
  try {
    checkModelName(manifest.name);
    const version = formatVersion(parseVersion(manifest.version));
    if (manifest.tag !== `${manifest.name}-v${version}`) {
      return `tag '${manifest.tag}' is not ${manifest.name}-v${version}`;
    }
  } catch (error) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
  if (manifest.commit !== manifest.subject.sha) return 'commit and subject.sha differ';
  if (manifest.gate.source !== 'not-required' && manifest.gate.sha !== manifest.commit) {
    return `the gate is shown for ${manifest.gate.sha}, not for commit ${manifest.commit}`;
  }
  const names = new Set<string>();
  for (const { name } of manifest.assets) {
    if (!isPlainAssetName(name)) return `asset '${name}' is not a plain asset name`;
    if ((RELEASE_OWN_FILES as readonly string[]).includes(name))
      return `asset '${name}' is one of the release's own files`;
    if (names.has(name)) return `asset '${name}' is listed twice`;
    names.add(name);
  }
  for (const { asset } of manifest.profiles ?? []) {
    if (!isPlainAssetName(asset)) return `profile asset '${asset}' is not a plain asset name`;
    if ((RELEASE_OWN_FILES as readonly string[]).includes(asset) || names.has(asset))
      return `profile asset '${asset}' has the name of another file of the release`;
    names.add(asset);
  }
  return undefined;
}

/**
 * Parses and checks a manifest read back from a release: size, JSON, kind, the schema, then the fields that
 * must agree (tag and version, commit and subject, asset names). Anything else is a UserError naming `source`.
 */
export function parseModelManifest(text: string, source: string): ModelManifest {
  return checkManifest(parseBoundedJson(text, source, 'a model manifest', MAX_MANIFEST_BYTES), source);
}

function checkManifest(value: unknown, source: string): ModelManifest {
  const kind = (value as { kind?: unknown } | null)?.kind;
  if (kind !== MODEL_MANIFEST_KIND) {
    throw new UserError(
      `${source}: not an mlgate model manifest (kind ${JSON.stringify(kind ?? null)}; expected ${MODEL_MANIFEST_KIND})`,
    );
  }
  const validator = documentValidator(MODEL_MANIFEST_SCHEMA);
  if (!validator(value)) {
    throw new UserError(
      `${source}: breaks the ${MODEL_MANIFEST_KIND} schema: ${schemaProblem(validator.errors!, 'the manifest')}`,
    );
  }
  const manifest = value as ModelManifest;
  const problem = inconsistency(manifest);
  if (problem !== undefined) throw new UserError(`${source}: ${problem}`);
  return manifest;
}

/**
 * A manifest as written into a release: pretty JSON, so a person can read it on the release page. Checked as
 * a download will check it, so a manifest that would be refused there is never published (a bug, not the
 * user's mistake: the builder made it).
 */
export function formatModelManifest(manifest: ModelManifest): string {
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  try {
    checkManifest(JSON.parse(text), 'the manifest built for the release');
  } catch (error) {
    if (error instanceof UserError) throw new Error(error.message, { cause: error });
    throw error;
  }
  return text;
}
