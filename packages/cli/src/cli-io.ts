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
  run(args: readonly string[], io: CliIo): Promise<number>;
}
