import { ExitCode, MLGATE_VERSION, isUserError } from '@mlgate/engine';
import { describeGitHubFailure } from '@mlgate/github';
import type { CliCommand, CliIo } from './cli-io.js';
import { commands } from './commands/index.js';

function usage(list: readonly CliCommand[]): string {
  const width = Math.max(...list.map((c) => c.name.length));
  const lines = list.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `usage: mlgate <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nRun 'mlgate <command> --help' for a command's options.\n`;
}

/**
 * Runs one mlgate command and returns its exit code. User errors become one line on stderr and exit 2;
 * anything else is a bug: one line asking for a report and exit 3 (never 1, which would read as a failed
 * verdict), with the stack only when MLGATE_DEBUG is set.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  const names = commands.map((c) => c.name).join(', ');
  if (name === undefined) {
    io.stderr(`mlgate: give a command: ${names} (mlgate --help describes them)\n`);
    return ExitCode.badInput;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage(commands));
    return ExitCode.passed;
  }
  if (name === '--version') {
    io.stdout(`${MLGATE_VERSION}\n`);
    return ExitCode.passed;
  }
  const command = commands.find((c) => c.name === name);
  if (command === undefined) {
    io.stderr(
      `mlgate: unknown command '${name}'; the commands are ${names} (mlgate --help describes them)\n`,
    );
    return ExitCode.badInput;
  }
  // `mlgate model download: …`, not `mlgate model: …`, when the error is the subcommand's.
  const label = command.subcommands?.includes(rest[0] ?? '') === true ? `${name} ${rest[0]}` : name;
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (isUserError(error)) {
      const where = error.location
        ? `${error.location.file}${error.location.line !== undefined ? `:${error.location.line}` : ''}${error.location.column !== undefined ? `:${error.location.column}` : ''}: `
        : '';
      io.stderr(`mlgate ${label}: ${where}${error.message}\n`);
      return ExitCode.badInput;
    }
    const failure = describeGitHubFailure(error);
    if (failure !== undefined) {
      io.stderr(`mlgate ${label}: ${failure}\n`);
      return ExitCode.badInput;
    }
    const debug = (io.env ?? process.env)['MLGATE_DEBUG'];
    const detail =
      error instanceof Error ? (debug ? (error.stack ?? error.message) : error.message) : String(error);
    io.stderr(
      `mlgate ${label}: internal error, please report it (MLGATE_DEBUG=1 shows the stack): ${detail.replace(/\s*\n\s*/g, debug ? '\n' : ' ')}\n`,
    );
    return ExitCode.internalError;
  }
}
