import { ExitCode, MLGATE_VERSION, isUserError, redactSecrets, tokensIn } from '@mlgate/engine';
import { describeGitHubFailure } from '@mlgate/github';
import { commandLabel, internalErrorLine, userErrorLine, wantsDebug } from './cli-failure.js';
import type { CliCommand, CliIo } from './cli-io.js';
import { commands } from './commands/index.js';

function usage(list: readonly CliCommand[]): string {
  const width = Math.max(...list.map((c) => c.name.length));
  const lines = list.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `usage: mlgate <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nRun 'mlgate <command> --help' for a command's options.\n`;
}

/**
 * Runs one mlgate command and returns its exit code. User errors become one line on stderr and exit 2;
 * anything else is a bug: a line with the version asking for a report and exit 3 (never 1, which would
 * read as a failed verdict), with the stack only with --debug (or MLGATE_DEBUG set).
 */
export async function runCli(given: readonly string[], io: CliIo): Promise<number> {
  const debug = wantsDebug(given, io.env ?? process.env);
  const argv = given.filter((arg) => arg !== '--debug');
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
  const label = commandLabel(argv, command.subcommands);
  const env = io.env ?? process.env;
  const secrets = tokensIn(env);
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (isUserError(error)) {
      io.stderr(redactSecrets(userErrorLine(label, error), secrets));
      return ExitCode.badInput;
    }
    const failure = describeGitHubFailure(error);
    if (failure !== undefined) {
      io.stderr(redactSecrets(`${label}: ${failure}\n`, secrets));
      return ExitCode.badInput;
    }
    io.stderr(internalErrorLine(label, error, debug, env));
    return ExitCode.internalError;
  }
}
