import { commandUsage, parseCommandArgs } from './argument-parser.js';
import type { CommandArgs, CommandSpec } from './argument-parser.js';

/** Where a command writes and where it runs; injected so tests run commands in-process. */
export interface CliIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The environment (`GITHUB_TOKEN`, `GITHUB_REPOSITORY`, …); the process's when not given. */
  readonly env?: NodeJS.ProcessEnv;
}

/** A subcommand: parses its own arguments and returns the exit code (0 pass, 1 verdict failed, 2 error). */
export interface CliCommand {
  readonly name: string;
  readonly summary: string;
  /** A command of subcommands (`model download`): messages name the subcommand too. */
  readonly subcommands?: readonly string[];
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/**
 * A command from its spec and its body: every command parses alike, answers `--help` alike (from the spec)
 * and refuses an unknown option alike; the body only sees parsed arguments.
 */
export function defineCommand<S extends CommandSpec>(
  spec: S,
  summary: string,
  body: (args: CommandArgs<S>, io: CliIo) => Promise<number>,
): CliCommand {
  return {
    name: spec.name,
    summary,
    async run(argv, io) {
      const args = parseCommandArgs(spec, argv);
      if (args.help) {
        io.stdout(commandUsage(spec));
        return 0;
      }
      return body(args, io);
    },
  };
}
