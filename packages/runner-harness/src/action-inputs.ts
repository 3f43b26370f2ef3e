// How the runner turns a step's `with:` and the action.yml inputs into INPUT_* variables
// (actions/runner src/Runner.Worker/ActionRunner.cs, Handlers/Handler.cs AddInputsToEnvironment).
import type { ActionManifest } from './action-manifest.js';

export class HarnessError extends Error {
  override readonly name = 'HarnessError';
}

/** `INPUT_` + the name with spaces turned to `_`, upper-cased; hyphens stay. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replaceAll(' ', '_').toUpperCase()}`;
}

export interface ExpressionContexts {
  readonly github: Readonly<Record<string, string>>;
  readonly runner: Readonly<Record<string, string>>;
  readonly env: Readonly<Record<string, string>>;
}

/**
 * Input defaults are expressions evaluated by the runner. Property access into `github`, `runner` and `env`
 * (`${{ github.token }}`, `${{ github.repository }}`) is what action.yml defaults use; anything else is
 * refused loudly rather than guessed.
 */
export function evaluateDefault(template: string, contexts: ExpressionContexts): string {
  return template.replace(/\$\{\{(.*?)\}\}/g, (_match, body: string) => {
    const expression = body.trim();
    const access = /^(github|runner|env)\.([A-Za-z_][A-Za-z0-9_-]*)$/.exec(expression);
    if (access === null) {
      throw new HarnessError(
        `the harness evaluates only github.*, runner.* and env.* in input defaults, not '${expression}'`,
      );
    }
    const [, context, key] = access as unknown as [string, keyof ExpressionContexts, string];
    const values = contexts[context];
    // github and runner contexts ignore case; a missing property is an empty string.
    const found = Object.keys(values).find((k) =>
      context === 'env' ? k === key : k.toLowerCase() === key.toLowerCase(),
    );
    return found === undefined ? '' : (values[found] ?? '');
  });
}

export interface ResolvedInputs {
  /** Name → value: what the step gave, then every declared input it did not give (default or empty). */
  readonly values: Readonly<Record<string, string>>;
  readonly env: Readonly<Record<string, string>>;
  /** The runner's warnings: deprecated inputs used, inputs the action does not declare. */
  readonly warnings: readonly string[];
}

/**
 * Mirrors ActionRunner.RunAsync: defaults come from action.yml (the runner's job, not the toolkit's), an
 * undeclared input earns one warning, and `required` is not enforced.
 */
export function resolveInputs(
  manifest: ActionManifest,
  given: Readonly<Record<string, string>>,
  contexts: ExpressionContexts,
): ResolvedInputs {
  const values: Record<string, string> = { ...given };
  const warnings: string[] = [];
  const declared = Object.keys(manifest.inputs);
  const isDeclared = (name: string): string | undefined =>
    declared.find((d) => d.toLowerCase() === name.toLowerCase());
  for (const name of Object.keys(given)) {
    const match = isDeclared(name);
    const message = match === undefined ? undefined : manifest.inputs[match]?.deprecationMessage;
    if (message !== undefined) warnings.push(`Input '${name}' has been deprecated with message: ${message}`);
  }
  for (const name of declared) {
    if (Object.keys(values).some((v) => v.toLowerCase() === name.toLowerCase())) continue;
    const template = manifest.inputs[name]?.default;
    if (template !== undefined && typeof template !== 'string') {
      throw new HarnessError(`${manifest.file}: the default of input '${name}' must be a string`);
    }
    values[name] = template === undefined ? '' : evaluateDefault(template, contexts);
  }
  const unexpected = Object.keys(given).filter((name) => isDeclared(name) === undefined);
  if (unexpected.length > 0) {
    warnings.push(
      `Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${declared.join("', '")}']`,
    );
  }
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) env[inputEnvName(name)] = value;
  return { values, env, warnings };
}
