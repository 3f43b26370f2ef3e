import { Ajv } from 'ajv';
import type { Options, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS with its function on `default` under some loaders and as the module under others.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

/**
 * How a published document's schema is compiled, here and in the bundles' build-time copy
 * (scripts/precompiled-document-validators.ts). It stops at the first failing keyword (a hostile document
 * with a million bad entries gets one error, not a million); `oneOf` still reports each branch, which
 * `schemaProblem` reads.
 */
export const DOCUMENT_AJV_OPTIONS = { allErrors: false, strict: false } as const satisfies Options;

const compiled = new Map<object, ValidateFunction>();

/**
 * The validator of one of the published schemas (PUBLISHED_SCHEMAS), compiled on first use. Compiling to
 * code costs tens of milliseconds a schema, paid at the start of every action that reads a report; the
 * bundles replace this module with the same validators compiled at build time (ajv's standalone code, same
 * options), keyed by the same schema objects: the source here is what tests and `tsx` run.
 */
export function documentValidator(schema: object): ValidateFunction {
  let validator = compiled.get(schema);
  if (validator === undefined) {
    validator = addFormats(new Ajv(DOCUMENT_AJV_OPTIONS)).compile(schema);
    compiled.set(schema, validator);
  }
  return validator;
}
