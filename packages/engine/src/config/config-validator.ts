import { Ajv } from 'ajv';
import type { Options, ValidateFunction } from 'ajv';
import { MLGATE_CONFIG_SCHEMA } from './mlgate-config-schema.js';

/** How the config schema is compiled, here and in the bundles' build-time copy (scripts/action-bundler.ts). */
export const CONFIG_AJV_OPTIONS = { allErrors: true, verbose: true, strict: true } as const satisfies Options;

let validator: ValidateFunction | undefined;

/**
 * The compiled config schema, compiled once, on first use: ajv compiles to code, which a command that never
 * reads a config should not pay for. Every action reads one at start, where the compile cost ~50 ms, so the
 * bundles replace this module with the same validator compiled at build time (ajv's standalone code, same
 * options): the source here is what tests and `tsx` run, the bundle skips only the compile.
 */
export function configValidator(): ValidateFunction {
  validator ??= new Ajv(CONFIG_AJV_OPTIONS).compile(MLGATE_CONFIG_SCHEMA);
  return validator;
}
