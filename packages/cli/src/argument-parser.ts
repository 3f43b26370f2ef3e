import { parseArgs } from 'node:util';
import { UserError } from '@mlgate/engine';

/** One option of a command, as its parser and its `--help` both read it. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** Takes every argument after it up to the next option: `--current a.json b.json`. */
  readonly list?: boolean;
  /** How `--help` shows the value: `<file>`. */
  readonly value?: string;
  readonly description: string;
}

export interface CommandSpec {
  /** `compare`, `schema infer`. */
  readonly name: string;
  /** The usage line after `mlgate <name> `: `[options] <data files…>`. */
  readonly synopsis: string;
  readonly summary: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** What the positional arguments are, for `--help` and errors; none: positionals are refused. */
  readonly positionals?: string;
  /** Flags an older mlgate took, refused with the name they have now. */
  readonly renamed?: Readonly<Record<string, string>>;
  /** Lines after the options in `--help`: exit status, examples. */
  readonly epilog?: string;
}

type ValueOf<O extends OptionSpec> = O['type'] extends 'boolean'
  ? boolean | undefined
  : O['list'] extends true
    ? string[]
    : string | undefined;

export interface CommandArgs<S extends CommandSpec> {
  readonly values: { readonly [K in keyof S['options']]: ValueOf<S['options'][K]> };
  readonly positionals: readonly string[];
}

export type ParsedArgs<S extends CommandSpec> =
  ({ readonly help: false } & CommandArgs<S>) | { readonly help: true };

/** `--help`: generated from the spec, so the help and the parser never disagree. */
export function commandUsage(spec: CommandSpec): string {
  const rows = Object.entries(spec.options).map(([name, option]) => {
    const value = option.type === 'string' ? ` ${option.value ?? '<value>'}${option.list ? '…' : ''}` : '';
    return [`--${name}${value}`, option.description] as const;
  });
  rows.push(['--help', 'show this help']);
  const width = Math.max(...rows.map(([flag]) => flag.length));
  const lines = rows.map(([flag, description]) => `  ${flag.padEnd(width)}  ${description}`);
  return [
    `usage: mlgate ${spec.name} ${spec.synopsis}`,
    '',
    spec.summary,
    '',
    'options:',
    ...lines,
    ...(spec.epilog !== undefined ? ['', spec.epilog.trimEnd()] : []),
    '',
  ].join('\n');
}

interface NodeParseError {
  readonly code?: string;
  readonly message: string;
}

function refusal(spec: CommandSpec, error: NodeParseError): UserError {
  const see = `(see mlgate ${spec.name} --help)`;
  const quoted = /'(-[^']*)'/.exec(error.message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UserError(`unknown option '${quoted ?? '?'}' ${see}`);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return new UserError(
        /argument missing|ambiguous/.test(error.message)
          ? `${/--[\w-]+/.exec(error.message)?.[0] ?? 'an option'} needs a value ${see}`
          : `${/--[\w-]+/.exec(error.message)?.[0] ?? 'an option'} takes no value ${see}`,
      );
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new UserError(`unexpected argument '${/'([^']*)'/.exec(error.message)?.[1] ?? '?'}' ${see}`);
    default:
      return new UserError(`${error.message} ${see}`);
  }
}

/**
 * Parses a command's arguments with node:util's parseArgs, strictly: an unknown option is refused alike in
 * every command, `--help` works in every command, a renamed flag names its new name. A `list` option also
 * takes the plain arguments that follow it, up to the next option.
 */
export function parseCommandArgs<S extends CommandSpec>(spec: S, argv: readonly string[]): ParsedArgs<S> {
  for (const arg of argv) {
    const flag = arg.split('=')[0]!;
    const now = spec.renamed?.[flag];
    if (now !== undefined) throw new UserError(`${flag} is now ${now} (see mlgate ${spec.name} --help)`);
  }
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const [name, option] of Object.entries(spec.options)) {
    options[name] = { type: option.type, ...(option.list ? { multiple: true } : {}) };
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw refusal(spec, error as NodeParseError);
  }
  if (parsed.values['help'] === true) return { help: true };

  const values: Record<string, unknown> = { ...parsed.values };
  const positionals: string[] = [];
  let list: string | undefined;
  for (const token of parsed.tokens) {
    if (token.kind === 'option') {
      list = spec.options[token.name]?.list ? token.name : undefined;
    } else if (token.kind === 'positional') {
      if (list !== undefined) (values[list] as string[]).push(token.value);
      else positionals.push(token.value);
    } else {
      list = undefined;
    }
  }
  for (const [name, option] of Object.entries(spec.options)) {
    if (option.list) values[name] ??= [];
  }
  if (spec.positionals === undefined && positionals.length > 0) {
    throw new UserError(`unexpected argument '${positionals[0]}' (see mlgate ${spec.name} --help)`);
  }
  return {
    help: false,
    values: values as { readonly [K in keyof S['options']]: ValueOf<S['options'][K]> },
    positionals,
  };
}

/** A whole number of at least `minimum` from a string option, or the fallback when it is not given. */
export function integerOption(
  flag: string,
  value: string | undefined,
  minimum: number,
  fallback: number,
): number {
  if (value === undefined) return fallback;
  const n = /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < minimum) {
    throw new UserError(`--${flag} needs a whole number of at least ${minimum}`);
  }
  return n;
}

/** One of `choices` from a string option; a value an older mlgate took names its new name. */
export function choiceOption<const T extends string>(
  flag: string,
  value: string | undefined,
  choices: readonly T[],
  renamed: Readonly<Record<string, T>> = {},
): T | undefined {
  if (value === undefined) return undefined;
  if ((choices as readonly string[]).includes(value)) return value as T;
  if (Object.hasOwn(renamed, value))
    throw new UserError(`--${flag} ${value} is now --${flag} ${renamed[value]}`);
  throw new UserError(`--${flag} must be one of ${choices.join(', ')}`);
}
