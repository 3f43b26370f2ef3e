import * as core from '@actions/core';
import { ExitCode, isUserError } from '@mlgate/engine';

/**
 * The one wrapper every action entry goes through. The body returns the exit code its verdict calls for;
 * a UserError becomes one error annotation (on the file and line it names) and exit 2; anything else is a bug,
 * reported with its stack so it can be fixed, also exit 2 because the verdict is unknown.
 */
export async function runAction(body: () => Promise<ExitCode>): Promise<void> {
  try {
    const code = await body();
    if (code !== ExitCode.passed) process.exitCode = code;
  } catch (error) {
    if (isUserError(error)) {
      const where = error.location;
      core.error(
        error.message,
        where ? { file: where.file, startLine: where.line, startColumn: where.column } : {},
      );
    } else {
      core.error(
        `mlgate internal error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
    process.exitCode = ExitCode.badInput;
  }
}
