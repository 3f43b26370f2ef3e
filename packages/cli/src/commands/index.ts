import type { CliCommand } from '../cli-io.js';

// Each command lives in its own module (validate-command.ts, compare-command.ts, report-command.ts, …) and is
// listed here once.
export const commands: readonly CliCommand[] = [];
