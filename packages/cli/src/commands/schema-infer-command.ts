import path from 'node:path';
import {
  DATA_FORMATS,
  DEFAULT_INFER_SAMPLE_ROWS,
  UserError,
  detectFormat,
  inferTableSchema,
  openDataInputs,
  writeFileAtomically,
} from '@mlgate/engine';
import type { FormatChoice } from '@mlgate/engine';
import { choiceOption, commandUsage, integerOption } from '../argument-parser.js';
import type { CommandArgs, CommandSpec } from '../argument-parser.js';
import { defineCommand } from '../cli-io.js';
import type { CliCommand, CliIo } from '../cli-io.js';
import { outputTarget } from '../output-options.js';
import { schemaDiffCommand } from './schema-diff-command.js';

const SPEC = {
  name: 'schema infer',
  synopsis: '<data file> [--output <file>] [options]',
  summary: `Writes a Table Schema guessed from the first rows of a data file, to start from: CSV, TSV, JSONL and JSON
columns get the narrowest type their values fit, Parquet and Arrow columns the type the file declares. A
column is required when none of the rows looked at is null.`,
  positionals: '<data file>',
  options: {
    output: { type: 'string', value: '<file>', description: 'write the schema here instead of stdout' },
    format: {
      type: 'string',
      value: '<format>',
      description: `auto (default: extension and magic bytes), ${DATA_FORMATS.join(', ')}; required to read a pipe or device (e.g. /dev/stdin)`,
    },
    'sample-rows': {
      type: 'string',
      value: '<n>',
      description: `rows to look at (default ${DEFAULT_INFER_SAMPLE_ROWS})`,
    },
  },
} as const satisfies CommandSpec;

async function infer({ values, positionals }: CommandArgs<typeof SPEC>, io: CliIo): Promise<number> {
  if (positionals.length !== 1) throw new UserError('give exactly one data file');
  const format = choiceOption<FormatChoice>('format', values.format, ['auto', ...DATA_FORMATS]) ?? 'auto';
  const sampleRows = integerOption('sample-rows', values['sample-rows'], 1, DEFAULT_INFER_SAMPLE_ROWS);
  const given = positionals[0]!;
  const file = path.resolve(io.cwd, given);
  const target = await outputTarget(io.cwd, '--output', values.output, [given]);
  // A pipe or device is read only with --format, through a private copy; a folder or socket is refused.
  const opened = await openDataInputs([{ path: file, displayPath: given }], format);
  let schema;
  try {
    const input = opened.inputs[0]!;
    const detected = await detectFormat(input.path, given, format);
    schema = await inferTableSchema(input.path, detected, sampleRows, given);
  } finally {
    await opened.dispose();
  }
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  if (target !== undefined) await writeFileAtomically(target, text);
  else io.stdout(text);
  return 0;
}

const SUBCOMMANDS: Readonly<Record<string, CliCommand>> = {
  infer: defineCommand(SPEC, 'writes a Table Schema from data', infer),
  diff: schemaDiffCommand,
};

export const schemaCommand: CliCommand = {
  name: 'schema',
  subcommands: Object.keys(SUBCOMMANDS),
  summary:
    'schema tools: `schema infer <file>` writes a Table Schema from data, `schema diff <old> <new>` says what a change breaks',
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === undefined) {
      throw new UserError(`give a subcommand: ${Object.keys(SUBCOMMANDS).join(', ')} (mlgate schema --help)`);
    }
    if (sub === '--help' || sub === '-h') {
      io.stdout(commandUsage(SPEC));
      return 0;
    }
    const handler = SUBCOMMANDS[sub];
    if (!handler)
      throw new UserError(
        `unknown subcommand 'schema ${sub}' (known: ${Object.keys(SUBCOMMANDS).join(', ')})`,
      );
    return handler.run(rest, io);
  },
};
