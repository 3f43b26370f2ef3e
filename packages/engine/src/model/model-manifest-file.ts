import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
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

// ajv-formats is CommonJS with its function on `default` under some loaders and as the module under others.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

let validator: ValidateFunction | undefined;

/**
 * The most specific problem: under a `oneOf` (the pull request, the gate, a metric value) every branch
 * reports one, and the deepest is the one that says what is wrong (`/pullRequest/url`, not `/pullRequest
 * must be null`).
 */
function mostSpecific(errors: readonly ErrorObject[]): ErrorObject {
  const specific = errors.filter((error) => error.keyword !== 'oneOf');
  return [...(specific.length > 0 ? specific : errors)].sort(
    (a, b) => b.instancePath.split('/').length - a.instancePath.split('/').length,
  )[0]!;
}

function describeProblem(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the manifest' : error.instancePath;
  const extra =
    error.keyword === 'additionalProperties'
      ? ` ('${String((error.params as { additionalProperty?: string }).additionalProperty)}')`
      : '';
  return `${where} ${error.message ?? error.keyword}${extra}`;
}

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
  return undefined;
}

/**
 * Parses and checks a manifest read back from a release: size, JSON, kind, the schema, then the fields that
 * must agree (tag and version, commit and subject, asset names). Anything else is a UserError naming `source`.
 */
export function parseModelManifest(text: string, source: string): ModelManifest {
  if (Buffer.byteLength(text, 'utf8') > MAX_MANIFEST_BYTES) {
    throw new UserError(`${source}: a model manifest is at most ${MAX_MANIFEST_BYTES} bytes`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${source}: not JSON (${(error as Error).message})`);
  }
  return checkManifest(value, source);
}

function checkManifest(value: unknown, source: string): ModelManifest {
  const kind = (value as { kind?: unknown } | null)?.kind;
  if (kind !== MODEL_MANIFEST_KIND) {
    throw new UserError(
      `${source}: not an mlgate model manifest (kind ${JSON.stringify(kind ?? null)}; expected ${MODEL_MANIFEST_KIND})`,
    );
  }
  validator ??= addFormats(new Ajv({ allErrors: true, strict: false })).compile(MODEL_MANIFEST_SCHEMA);
  if (!validator(value)) {
    throw new UserError(
      `${source}: breaks the ${MODEL_MANIFEST_KIND} schema: ${describeProblem(mostSpecific(validator.errors!))}`,
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
