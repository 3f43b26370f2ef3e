import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  PROFILE_KIND,
  PROFILE_SCHEMA,
  documentValidator,
  parseBoundedJson,
  schemaProblem
} from "./chunk-MJ5NRDFC.js";
import {
  UserError
} from "./chunk-LPQDUCI6.js";

// packages/engine/src/profile/profile-file.ts
var MAX_PROFILE_BYTES = 64 * 1024 * 1024;
function parseProfile(text, file) {
  const value = parseBoundedJson(text, file, "a profile", MAX_PROFILE_BYTES, true);
  const kind = value?.kind;
  if (kind !== PROFILE_KIND) {
    throw new UserError(
      `not an mlgate profile (kind ${JSON.stringify(kind ?? null)}; expected ${PROFILE_KIND})`,
      {
        file
      }
    );
  }
  const validator = documentValidator(PROFILE_SCHEMA);
  if (!validator(value)) {
    throw new UserError(
      `breaks the ${PROFILE_KIND} schema: ${schemaProblem(validator.errors, "the profile")}`,
      {
        file
      }
    );
  }
  const profile = value;
  const nonFinite = nonFinitePath(profile, "");
  if (nonFinite !== void 0) {
    throw new UserError(`${nonFinite} is not a finite number (a literal beyond ±1.8e308)`, { file });
  }
  for (const column of profile.columns) {
    const sketch = column.numeric?.sketch;
    if (sketch === void 0) continue;
    const weight = sketch.levels.reduce((sum, level, h) => sum + level.length * 2 ** h, 0);
    if (weight !== sketch.count) {
      throw new UserError(
        `column ${JSON.stringify(column.name)}: the sketch's count ${sketch.count} is not the weight of its items (${weight})`,
        { file }
      );
    }
  }
  return profile;
}
function nonFinitePath(value, at) {
  if (typeof value === "number") return Number.isFinite(value) ? void 0 : at || "/";
  if (typeof value !== "object" || value === null) return void 0;
  for (const [key, item] of Object.entries(value)) {
    const found = nonFinitePath(item, `${at}/${key}`);
    if (found !== void 0) return found;
  }
  return void 0;
}

export {
  MAX_PROFILE_BYTES,
  parseProfile
};
