import { runCli } from './run-cli.js';

// The `mlgate` executable: bundled to dist/cli/mlgate.js, linked as the workspace bin.
const code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = code;
