import * as core from '@actions/core';
import { UserError, checkCheckName, parseShard } from '@mlgate/engine';
import type { Shard } from '@mlgate/engine';

// Typed readers over core.getInput. The runner has already applied action.yml defaults, so an empty string
// means "not given"; every refusal is a UserError that names the input.

export function stringInput(name: string): string | undefined {
  const value = core.getInput(name).trim();
  return value === '' ? undefined : value;
}

export function requiredStringInput(name: string): string {
  const value = stringInput(name);
  if (value === undefined) throw new UserError(`input '${name}' is required`);
  return value;
}

/** `check-name`: required, and one line fit to be a check run's name. */
export function checkNameInput(name: string): string {
  return checkCheckName(requiredStringInput(name), `input '${name}'`);
}

/** One entry a line, blank lines and `#` comments dropped: how users write globs and file lists. */
export function listInput(name: string): string[] {
  return core
    .getInput(name)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/**
 * One of `choices`; unset gives `fallback`. A value an older mlgate took (`renamed`) is refused with the
 * name it has now, so a workflow written for it fails with the fix in the message.
 */
export function choiceInput<const T extends string>(
  name: string,
  choices: readonly T[],
  fallback: T,
  renamed: Readonly<Record<string, T>> = {},
): T {
  return optionalChoiceInput(name, choices, renamed) ?? fallback;
}

export function optionalChoiceInput<const T extends string>(
  name: string,
  choices: readonly T[],
  renamed: Readonly<Record<string, T>> = {},
): T | undefined {
  const value = stringInput(name);
  if (value === undefined) return undefined;
  if ((choices as readonly string[]).includes(value)) return value as T;
  if (Object.hasOwn(renamed, value)) {
    throw new UserError(`input '${name}' is '${value}', which is now called '${renamed[value]}'`);
  }
  throw new UserError(`input '${name}' is '${value}'; expected one of: ${choices.join(', ')}`);
}

export function booleanInput(name: string, fallback: boolean): boolean {
  return optionalBooleanInput(name) ?? fallback;
}

/** undefined when not given, so a setting in mlgate.yml can apply. */
export function optionalBooleanInput(name: string): boolean | undefined {
  const value = stringInput(name);
  if (value === undefined) return undefined;
  // The YAML 1.2 core schema's booleans, as core.getBooleanInput accepts them.
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UserError(`input '${name}' is '${value}'; expected true or false`);
}

export function integerInput(
  name: string,
  fallback: number,
  range: { min?: number; max?: number } = {},
): number {
  return optionalIntegerInput(name, range) ?? fallback;
}

export function optionalIntegerInput(
  name: string,
  range: { min?: number; max?: number } = {},
): number | undefined {
  const value = stringInput(name);
  if (value === undefined) return undefined;
  const parsed = /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(parsed))
    throw new UserError(`input '${name}' is '${value}'; expected a whole number`);
  if (range.min !== undefined && parsed < range.min)
    throw new UserError(`input '${name}' must be at least ${range.min}`);
  if (range.max !== undefined && parsed > range.max)
    throw new UserError(`input '${name}' must be at most ${range.max}`);
  return parsed;
}

/** `k/n`, the shard a matrix job validates; unset runs the whole. */
export function optionalShardInput(name: string): Shard | undefined {
  const value = stringInput(name);
  return value === undefined ? undefined : parseShard(value, `input '${name}'`);
}
