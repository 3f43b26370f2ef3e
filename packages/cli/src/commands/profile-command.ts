import { DATA_FORMATS, groupDigits, UserError, writeFileAtomically } from '@mlgate/engine';
import type { ColumnProfile, FormatChoice, ProfileDocument } from '@mlgate/engine';
import { choiceOption } from '../argument-parser.js';
import type { CommandArgs, CommandSpec } from '../argument-parser.js';
import { defineCommand } from '../cli-io.js';
import type { CliIo } from '../cli-io.js';
import { outputTarget } from '../output-options.js';
import { dataFiles, profileDataFiles, schemaFor, warnAboutInvalidRows } from '../profile-input.js';

const SPEC = {
  name: 'profile',
  synopsis: '<data files…> [--schema <file>] [--json | --out <file>]',
  summary: `Profiles data files in one streaming pass: per column the count, nulls, min, max, mean, standard
deviation, a quantile sketch, a histogram, and value counts for text columns (kind mlgate/profile@1, a few KiB
per column whatever the row count). Save one as a drift baseline: mlgate drift --baseline profile.json.`,
  positionals: '<data files…>',
  options: {
    schema: {
      type: 'string',
      value: '<file>',
      description: 'Table Schema or JSON Schema for the columns (default: inferred from the first file)',
    },
    format: {
      type: 'string',
      value: '<format>',
      description: `auto (default: extension and magic bytes), ${DATA_FORMATS.join(', ')}`,
    },
    dataset: {
      type: 'string',
      value: '<name>',
      description: 'the dataset name in the profile (default: the first file)',
    },
    json: { type: 'boolean', description: 'print the profile as JSON' },
    out: { type: 'string', value: '<file>', description: 'write the profile (JSON) to this file' },
  },
  epilog: 'exit status: 0 profiled; 2 bad usage, schema or unreadable input; 3 internal error',
} as const satisfies CommandSpec;

function shown(value: number | null | undefined): string {
  if (value === null || value === undefined) return '-';
  return Number.isInteger(value) ? groupDigits(value) : value.toPrecision(6).replace(/\.?0+$/, '');
}

function columnLine(column: ColumnProfile): string {
  const head = `${column.name}  ${column.type}  ${groupDigits(column.count)} values, ${groupDigits(column.nulls)} null`;
  if (column.numeric !== undefined) {
    const n = column.numeric;
    const median = n.sketch.count > 0 ? ` median≈${shown(medianOf(n))}` : '';
    return `${head}; min ${shown(n.min)} mean ${shown(n.mean)} max ${shown(n.max)} std ${shown(n.std)}${median}`;
  }
  if (column.categories !== undefined) {
    const c = column.categories;
    const top = c.values
      .slice(0, 3)
      .map((v) => `${JSON.stringify(v.value)} ${groupDigits(v.count)}`)
      .join(', ');
    return `${head}; ${c.exact ? '' : '≥'}${groupDigits(c.distinct)} distinct; top ${top}`;
  }
  return head;
}

function medianOf(numeric: NonNullable<ColumnProfile['numeric']>): number {
  const items = numeric.sketch.levels
    .flatMap((level, h) => level.map((value) => [value, 2 ** h] as const))
    .sort((a, b) => a[0] - b[0]);
  let rank = 0;
  for (const [value, weight] of items) {
    rank += weight;
    if (rank >= numeric.sketch.count / 2) return value;
  }
  return numeric.max ?? 0;
}

export function profileText(profile: ProfileDocument): string {
  const lines = profile.columns.map(columnLine);
  return `${profile.dataset}: ${groupDigits(profile.rows)} rows, ${profile.columns.length} columns\n${lines.map((l) => `  ${l}\n`).join('')}`;
}

async function run({ values, positionals }: CommandArgs<typeof SPEC>, io: CliIo): Promise<number> {
  if (values.json === true && values.out !== undefined) throw new UserError('choose one of --json and --out');
  const format = choiceOption<FormatChoice>('format', values.format, ['auto', ...DATA_FORMATS]) ?? 'auto';
  const inputs = [...positionals, ...(values.schema !== undefined ? [values.schema] : [])];
  const target = await outputTarget(io.cwd, '--out', values.out, inputs);
  const files = await dataFiles(io, positionals, 'mlgate profile');
  const profiled = await profileDataFiles(io, {
    files: positionals,
    from: 'mlgate profile',
    schema: await schemaFor(io, values.schema, files[0]!, format),
    format,
    mode: 'sketch',
    ...(values.dataset !== undefined ? { dataset: values.dataset } : {}),
  });
  warnAboutInvalidRows(io, profiled);
  const document = profiled.profile.document;
  const json = `${JSON.stringify(document)}\n`;
  if (target !== undefined) {
    await writeFileAtomically(target, json);
    io.stderr(`mlgate: wrote the profile of ${document.columns.length} columns to ${values.out}\n`);
  } else if (values.json === true) io.stdout(json);
  else io.stdout(profileText(document));
  return 0;
}

export const profileCommand = defineCommand(SPEC, 'profiles data files (kind mlgate/profile@1)', run);
