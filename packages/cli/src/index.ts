export { runCli } from './run-cli.js';
export type { CliCommand, CliIo } from './cli-io.js';
