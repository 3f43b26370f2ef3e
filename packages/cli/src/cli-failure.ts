import { ExitCode, MLGATE_VERSION, isUserError, redactSecrets, tokensIn } from '@mlgate/engine';
import type { UserError } from '@mlgate/engine';
import type { CliIo } from './cli-io.js';

/** `--debug` anywhere before a `--`, or MLGATE_DEBUG set: the stack of an internal error is shown. */
export function wantsDebug(argv: readonly string[], env: NodeJS.ProcessEnv): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--debug') || Boolean(env['MLGATE_DEBUG']);
}

/** `mlgate validate`, `mlgate model download`: what the messages of a run are prefixed with. */
export function commandLabel(argv: readonly string[], subcommands: readonly string[] = []): string {
  const [name, sub] = argv.filter((arg) => arg !== '--debug');
  if (name === undefined || name.startsWith('-')) return 'mlgate';
  return sub !== undefined && subcommands.includes(sub) ? `mlgate ${name} ${sub}` : `mlgate ${name}`;
}

/**
 * The line an internal error gets: what broke, where, the version, and that it is a bug to report; the stack
 * only with --debug. A UserError that escaped its command (from a callback) still gets its one line and 2.
 * Tokens in the environment never reach it.
 */
export function internalErrorLine(
  label: string,
  error: unknown,
  debug: boolean,
  env: NodeJS.ProcessEnv,
): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const line =
    `${label}: internal error (mlgate ${MLGATE_VERSION}): ${text.split('\n')[0]!}. ` +
    `This is a bug in mlgate: please report it${debug ? '' : ' (--debug shows the stack)'}.\n`;
  const stack = debug && error instanceof Error && error.stack !== undefined ? `${error.stack}\n` : '';
  return redactSecrets(line + stack, tokensIn(env));
}

/** A mistake in the input: one line, `file:line:column: ` first when it has a place. */
export function userErrorLine(label: string, error: UserError): string {
  const where = error.location
    ? `${[error.location.file, error.location.line, error.location.column].filter((part) => part !== undefined).join(':')}: `
    : '';
  return `${label}: ${where}${error.message}\n`;
}

/** Prints a failure that reached the top of the process and returns its exit code. */
export function reportCliFailure(argv: readonly string[], io: CliIo, error: unknown): ExitCode {
  const env = io.env ?? process.env;
  if (isUserError(error)) {
    io.stderr(redactSecrets(userErrorLine(commandLabel(argv), error), tokensIn(env)));
    return ExitCode.badInput;
  }
  io.stderr(internalErrorLine(commandLabel(argv), error, wantsDebug(argv, env), env));
  return ExitCode.internalError;
}

/**
 * A promise nobody awaited, or an error thrown from a stream's callback, would otherwise end the process
 * with Node's stack trace and exit 1, the code for a failed verdict. After one the state of the run is
 * unknown: report it and stop.
 */
export function installCliFailureHandlers(argv: readonly string[], io: CliIo): void {
  const stop = (error: unknown) => process.exit(reportCliFailure(argv, io, error));
  process.on('unhandledRejection', stop);
  process.on('uncaughtException', stop);
}
