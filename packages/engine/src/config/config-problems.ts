import type { ErrorObject } from 'ajv';
import { closestKey } from './closest-key.js';
import { pointerSegments } from '../yaml-locator.js';

/** One thing wrong in the config, located by JSON Pointer segments; `at` says whether to point at the key. */
export interface ConfigProblem {
  readonly segments: readonly string[];
  readonly at: 'key' | 'value';
  readonly message: string;
}

function dotted(segments: readonly string[]): string {
  return segments.length === 0 ? 'the top level' : segments.join('.');
}

function described(error: ErrorObject): string | undefined {
  const parent = error.parentSchema as { description?: string } | undefined;
  return parent?.description;
}

/**
 * Turns ajv's errors into one message per mistake. ajv reports a failed `oneOf` once for itself and once per
 * branch; only the `oneOf` is kept, worded with the schema's description of what is expected.
 */
export function configProblems(errors: readonly ErrorObject[]): ConfigProblem[] {
  const alternatives = errors.filter((error) => error.keyword === 'oneOf' || error.keyword === 'anyOf');
  const isBranchNoise = (error: ErrorObject): boolean =>
    alternatives.some(
      (alternative) =>
        alternative !== error &&
        error.instancePath.startsWith(alternative.instancePath) &&
        error.schemaPath.startsWith(`${alternative.schemaPath}/`),
    );
  const problems: ConfigProblem[] = [];
  for (const error of errors) {
    if (isBranchNoise(error)) continue;
    const segments = pointerSegments(error.instancePath);
    const where = dotted(segments);
    switch (error.keyword) {
      case 'additionalProperties': {
        const key = String((error.params as { additionalProperty: string }).additionalProperty);
        const properties = (error.parentSchema as { properties?: Record<string, unknown> }).properties ?? {};
        const suggestion = closestKey(key, Object.keys(properties));
        problems.push({
          segments: [...segments, key],
          at: 'key',
          message:
            `unknown key '${key}' in ${where}` +
            (suggestion !== undefined
              ? `; did you mean '${suggestion}'?`
              : `; expected one of ${Object.keys(properties).join(', ')}`),
        });
        break;
      }
      case 'enum': {
        const allowed = (error.params as { allowedValues: readonly unknown[] }).allowedValues.map(String);
        const suggestion = closestKey(String(error.data), allowed);
        problems.push({
          segments,
          at: 'value',
          message:
            `${where}: ${JSON.stringify(error.data)} is not one of ${allowed.join(', ')}` +
            (suggestion !== undefined ? `; did you mean '${suggestion}'?` : ''),
        });
        break;
      }
      case 'oneOf':
      case 'anyOf':
      case 'pattern':
        problems.push({
          segments,
          at: 'value',
          message: `${where}: ${JSON.stringify(error.data)} is not valid: ${described(error) ?? error.message ?? 'no branch matched'}`,
        });
        break;
      case 'required': {
        const missing = (error.params as { missingProperty: string }).missingProperty;
        problems.push({ segments, at: 'key', message: `${where}: '${missing}' is required` });
        break;
      }
      default:
        problems.push({ segments, at: 'value', message: `${where}: ${error.message ?? error.keyword}` });
    }
  }
  return problems;
}
