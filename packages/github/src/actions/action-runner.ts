import * as core from '@actions/core';
import { ExitCode, isUserError } from '@mlgate/engine';
import { describeGitHubFailure } from '../github-failure.js';

/**
 * The one wrapper every action goes through. The token is masked before anything else runs, so no error
 * message, not even one about the token input itself, can print it. The body returns the exit code its
 * verdict calls for; a UserError becomes one error annotation (on the file and line it names) and exit 2, as
 * does a request GitHub still refuses after the client's retries (the environment, not mlgate); anything
 * else is a bug: its stack goes to the debug log, one line asks for a report, and exit 3 says the
 * verdict is unknown, never that it failed.
 */
export async function runAction(body: () => Promise<ExitCode>): Promise<void> {
  try {
    const token = core.getInput('token');
    if (token !== '') core.setSecret(token);
    const code = await body();
    if (code !== ExitCode.passed) process.exitCode = code;
  } catch (error) {
    if (isUserError(error)) {
      const where = error.location;
      core.error(
        error.message,
        where ? { file: where.file, startLine: where.line, startColumn: where.column } : {},
      );
      process.exitCode = ExitCode.badInput;
      return;
    }
    const failure = describeGitHubFailure(error);
    if (failure !== undefined) {
      core.error(failure);
      process.exitCode = ExitCode.badInput;
      return;
    }
    core.debug(error instanceof Error ? (error.stack ?? error.message) : String(error));
    core.error(
      `mlgate internal error (please report it, with the debug log): ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = ExitCode.internalError;
  }
}
