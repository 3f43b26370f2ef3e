/** Where a command writes and where it runs; injected so tests run commands in-process. */
export interface CliIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** A subcommand: parses its own arguments and returns the process exit code (0 pass, 1 verdict failed, 2 error). */
export interface CliCommand {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  run(args: readonly string[], io: CliIo): Promise<number>;
}
