import * as core from '@actions/core';
import { ExitCode, MLGATE_VERSION, isUserError } from '@mlgate/engine';
import { describeGitHubFailure } from '../github-failure.js';
import { maskTokens, redactSecrets } from './secret-masking.js';

/** An action's body: what it does once the wrapper is in place, returning the exit code its verdict calls for. */
export type ActionBody = () => Promise<ExitCode>;

/** Where a failure happened, for an internal error's context. */
type Stage = 'while loading' | 'while running' | 'in an unhandled promise rejection' | 'in a callback';

/**
 * The one wrapper every action entry goes through, and the entry's only static import: ES modules evaluate
 * every static import before the importer's first line, so the body is imported here (`load`), after the
 * wrapper is in place, and even a module that throws while it loads is caught.
 *
 * Tokens are masked before anything else runs, so no message, not even one about the token input itself,
 * can print one. A UserError becomes one error annotation (on the file and line it names) and exit 2, as
 * does a request GitHub still refuses after the client's retries (the environment, not mlgate). Anything
 * else is a bug, including a promise nobody awaited and an error thrown from a callback: one line with the
 * mlgate version and where it happened asks for a report, the stack goes to the debug log, and exit 3 says
 * the verdict is unknown, never that it failed.
 */
export async function runAction(action: string, load: () => Promise<ActionBody>): Promise<void> {
  let stage: Stage = 'while loading';
  try {
    maskTokens();
    process.on('unhandledRejection', (reason) =>
      failAndExit(action, 'in an unhandled promise rejection', reason),
    );
    process.on('uncaughtException', (error) => failAndExit(action, 'in a callback', error));
    const body = await load();
    stage = 'while running';
    const code = await body();
    if (code !== ExitCode.passed) process.exitCode = code;
  } catch (error) {
    process.exitCode = report(action, stage, error);
  }
}

/** After an error outside the body's own flow the run's state is unknown: stop here, as Node would. */
function failAndExit(action: string, stage: Stage, error: unknown): never {
  process.exit(report(action, stage, error));
}

/** Prints what went wrong in one line and returns the exit code it calls for. */
function report(action: string, stage: Stage, error: unknown): ExitCode {
  if (isUserError(error)) {
    const where = error.location;
    // The annotation carries the file, but the log line shows only the message: it must name the file too
    // ("the schema file is a folder, not a file" alone leaves the reader guessing which).
    const message =
      where !== undefined && !error.message.includes(where.file)
        ? `${where.file}: ${error.message}`
        : error.message;
    core.error(
      redactSecrets(message),
      where ? { file: where.file, startLine: where.line, startColumn: where.column } : {},
    );
    return ExitCode.badInput;
  }
  const failure = describeGitHubFailure(error);
  if (failure !== undefined) {
    core.error(redactSecrets(failure));
    return ExitCode.badInput;
  }
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const described = text.split('\n')[0]!;
  // core.debug escapes the newlines: the stack stays one hidden command, shown only with step debugging.
  core.debug(redactSecrets(error instanceof Error ? (error.stack ?? text) : String(error)));
  core.error(
    redactSecrets(
      `mlgate internal error (mlgate ${MLGATE_VERSION}, ${action}, ${stage}): ${described}. ` +
        'This is a bug in mlgate: please report it, with the debug log (re-run the job with debug logging).',
    ),
  );
  return ExitCode.internalError;
}
