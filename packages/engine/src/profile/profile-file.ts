import { documentValidator } from '../report/document-validators.js';
import { parseBoundedJson, schemaProblem } from '../report/published-document.js';
import { UserError } from '../user-error.js';
import type { ProfileDocument } from './column-profile.js';
import { PROFILE_KIND } from './column-profile.js';
import { PROFILE_SCHEMA } from './profile-schema.js';

/** A real profile is a few KiB per column; anything far above is not one (and must not exhaust memory). */
export const MAX_PROFILE_BYTES = 64 * 1024 * 1024;

/**
 * Parses a saved profile (a cache entry, `--baseline profile.json`, a release manifest's profile): untrusted,
 * so bounded in size and depth, checked against the published schema, and the sketch's own invariants
 * (sorted levels are not required, but every item finite and the count within the items' weight).
 */
export function parseProfile(text: string, file: string): ProfileDocument {
  const value = parseBoundedJson(text, file, 'a profile', MAX_PROFILE_BYTES, true);
  const kind = (value as { kind?: unknown } | null)?.kind;
  if (kind !== PROFILE_KIND) {
    throw new UserError(
      `not an mlgate profile (kind ${JSON.stringify(kind ?? null)}; expected ${PROFILE_KIND})`,
      {
        file,
      },
    );
  }
  const validator = documentValidator(PROFILE_SCHEMA);
  if (!validator(value)) {
    throw new UserError(
      `breaks the ${PROFILE_KIND} schema: ${schemaProblem(validator.errors!, 'the profile')}`,
      {
        file,
      },
    );
  }
  const profile = value as ProfileDocument;
  const nonFinite = nonFinitePath(profile, '');
  if (nonFinite !== undefined) {
    throw new UserError(`${nonFinite} is not a finite number (a literal beyond ±1.8e308)`, { file });
  }
  for (const column of profile.columns) {
    const sketch = column.numeric?.sketch;
    if (sketch === undefined) continue;
    const weight = sketch.levels.reduce((sum, level, h) => sum + level.length * 2 ** h, 0);
    if (weight !== sketch.count) {
      throw new UserError(
        `column ${JSON.stringify(column.name)}: the sketch's count ${sketch.count} is not the weight of its items (${weight})`,
        { file },
      );
    }
  }
  return profile;
}

/** Where JSON's only way to a non-finite number (a literal like 1e400) hides in a document, if anywhere. */
function nonFinitePath(value: unknown, at: string): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : at || '/';
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = nonFinitePath(item, `${at}/${key}`);
    if (found !== undefined) return found;
  }
  return undefined;
}
