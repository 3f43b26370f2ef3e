import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  ExitCode,
  isUserError
} from "../chunks/chunk-VRBQBGW5.js";

// packages/cli/src/commands/index.ts
var commands = [];

// packages/cli/src/run-cli.ts
function usage(list) {
  const width = Math.max(...list.map((c) => c.name.length));
  const lines = list.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `usage: mlgate <command> [options]

commands:
${lines.join("\n")}

Run 'mlgate <command> --help' for a command's options.
`;
}
async function runCli(argv, io) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    (name === void 0 ? io.stderr : io.stdout)(usage(commands));
    return name === void 0 ? ExitCode.badInput : ExitCode.passed;
  }
  if (name === "--version") {
    const { MLGATE_VERSION } = await import("../chunks/src-WTTEUJP4.js");
    io.stdout(`${MLGATE_VERSION}
`);
    return ExitCode.passed;
  }
  const command = commands.find((c) => c.name === name);
  if (command === void 0) {
    io.stderr(`mlgate: unknown command '${name}'

${usage(commands)}`);
    return ExitCode.badInput;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (isUserError(error)) {
      const where = error.location ? `${error.location.file}${error.location.line !== void 0 ? `:${error.location.line}` : ""}${error.location.column !== void 0 ? `:${error.location.column}` : ""}: ` : "";
      io.stderr(`mlgate ${name}: ${where}${error.message}
`);
      return ExitCode.badInput;
    }
    throw error;
  }
}

// packages/cli/src/main.ts
var code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text)
});
process.exitCode = code;
