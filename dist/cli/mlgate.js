import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  installCliFailureHandlers,
  reportCliFailure
} from "./chunks/chunk-W5U5NCEZ.js";
import "./chunks/chunk-LPQDUCI6.js";
import "./chunks/chunk-JY54KWOX.js";

// packages/cli/src/main.ts
var argv = process.argv.slice(2);
var stdoutClosed = false;
process.stdout.on("error", (error) => {
  if (error.code !== "EPIPE") throw error;
  stdoutClosed = true;
});
var io = {
  cwd: process.cwd(),
  stdout: (text) => void (stdoutClosed || process.stdout.write(text)),
  stderr: (text) => void process.stderr.write(text)
};
installCliFailureHandlers(argv, io);
try {
  const { runCli } = await import("./chunks/run-cli-MNV5ATMA.js");
  process.exitCode = await runCli(argv, io);
} catch (error) {
  process.exitCode = reportCliFailure(argv, io, error);
}
