// The `mlgate` executable: bundled to dist/cli/mlgate.js, linked as the workspace bin. Nothing but the
// failure handlers is imported statically: ES modules evaluate every static import before this file's first
// line, so the commands are loaded after the handlers are in place, and even one that throws while it loads
// is reported as an internal error (exit 3), never as Node's stack trace and exit 1.
import { installCliFailureHandlers, reportCliFailure } from './cli-failure.js';

const argv = process.argv.slice(2);
const io = {
  cwd: process.cwd(),
  stdout: (text: string) => void process.stdout.write(text),
  stderr: (text: string) => void process.stderr.write(text),
};
installCliFailureHandlers(argv, io);
try {
  const { runCli } = await import('./run-cli.js');
  process.exitCode = await runCli(argv, io);
} catch (error) {
  process.exitCode = reportCliFailure(argv, io, error);
}
