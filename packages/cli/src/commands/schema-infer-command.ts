import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  DATA_FORMATS,
  DEFAULT_INFER_SAMPLE_ROWS,
  ExitCode,
  UserError,
  detectFormat,
  inferTableSchema,
} from '@mlgate/engine';
import type { FormatChoice } from '@mlgate/engine';
import type { CliCommand, CliIo } from '../cli-io.js';

const USAGE = `usage: mlgate schema infer <data file> [--output <file>] [--format <format>] [--sample-rows <n>]

Writes a Table Schema guessed from the first rows of a data file, to start from: CSV, TSV, JSONL and JSON
columns get the narrowest type their values fit, Parquet and Arrow columns the type the file declares. A
column is required when none of the rows looked at is null.

options:
  --output <file>        write the schema here instead of stdout
  --format <format>      auto (default), csv, tsv, jsonl, json, parquet, arrow
  --sample-rows <n>      rows to look at (default ${DEFAULT_INFER_SAMPLE_ROWS})
`;

async function infer(args: readonly string[], io: CliIo): Promise<number> {
  let output: string | undefined;
  let format: FormatChoice = 'auto';
  let sampleRows = DEFAULT_INFER_SAMPLE_ROWS;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') {
      io.stdout(USAGE);
      return ExitCode.passed;
    }
    if (arg === '--output' || arg === '--format' || arg === '--sample-rows') {
      const value = args[++i];
      if (value === undefined) throw new UserError(`${arg} needs a value`);
      if (arg === '--output') output = value;
      else if (arg === '--format') {
        if (value !== 'auto' && !DATA_FORMATS.includes(value as (typeof DATA_FORMATS)[number]))
          throw new UserError(`--format must be auto or one of ${DATA_FORMATS.join(', ')}`);
        format = value as FormatChoice;
      } else {
        sampleRows = Number(value);
        if (!Number.isInteger(sampleRows) || sampleRows < 1)
          throw new UserError('--sample-rows needs a positive integer');
      }
      continue;
    }
    if (arg.startsWith('--')) throw new UserError(`unknown option ${arg}`);
    files.push(arg);
  }
  if (files.length !== 1) throw new UserError('give exactly one data file');
  const file = path.resolve(io.cwd, files[0]!);
  const detected = await detectFormat(file, files[0]!, format);
  const schema = await inferTableSchema(file, detected, sampleRows, files[0]!);
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  if (output !== undefined) await writeFile(path.resolve(io.cwd, output), text);
  else io.stdout(text);
  return ExitCode.passed;
}

const SUBCOMMANDS: Readonly<Record<string, (args: readonly string[], io: CliIo) => Promise<number>>> = {
  infer,
};

export const schemaCommand: CliCommand = {
  name: 'schema',
  summary: 'schema tools: `schema infer <file>` writes a Table Schema from data',
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === undefined || sub === '--help' || sub === '-h') {
      (sub === undefined ? io.stderr : io.stdout)(USAGE);
      return sub === undefined ? ExitCode.badInput : ExitCode.passed;
    }
    const handler = SUBCOMMANDS[sub];
    if (!handler)
      throw new UserError(
        `unknown subcommand 'schema ${sub}' (known: ${Object.keys(SUBCOMMANDS).join(', ')})`,
      );
    return handler(rest, io);
  },
};
