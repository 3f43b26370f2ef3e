// The `mlgate` executable: bundled to dist/cli/mlgate.js, linked as the workspace bin. Nothing but the
// failure handlers is imported statically: ES modules evaluate every static import before this file's first
// line, so the commands are loaded after the handlers are in place, and even one that throws while it loads
// is reported as an internal error (exit 3), never as Node's stack trace and exit 1.
import { installCliFailureHandlers, reportCliFailure } from './cli-failure.js';

const argv = process.argv.slice(2);
// A reader that stops early (`mlgate … | head`) closes the pipe: the lines it did not want are not an error
// of mlgate's, so writing stops quietly and the exit status stays the verdict's.
let stdoutClosed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  stdoutClosed = true;
});
const io = {
  cwd: process.cwd(),
  stdout: (text: string) => void (stdoutClosed || process.stdout.write(text)),
  stderr: (text: string) => void process.stderr.write(text),
};
installCliFailureHandlers(argv, io);
try {
  const { runCli } = await import('./run-cli.js');
  process.exitCode = await runCli(argv, io);
} catch (error) {
  process.exitCode = reportCliFailure(argv, io, error);
}
