import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  DATA_FORMATS,
  DEFAULT_EXAMPLES_PER_COLUMN,
  DEFAULT_MAX_ERRORS,
  ExitCode,
  UserError,
  validateDataset,
} from '@mlgate/engine';
import type { FormatChoice, ValidationReport } from '@mlgate/engine';
import type { CliCommand, CliIo } from '../cli-io.js';

const USAGE = `usage: mlgate validate --schema <file> [options] <data files…>

Checks data files (CSV, TSV, JSONL, JSON, Parquet, Arrow) against a Table Schema or a JSON Schema for one row.

options:
  --schema <file>        Table Schema (has "fields") or JSON Schema, as JSON or YAML (required)
  --format <format>      auto (default: extension and magic bytes), ${DATA_FORMATS.join(', ')}
  --delimiter <char>     CSV delimiter (default: "," for csv, tab for tsv)
  --max-errors <n>       errors listed in the report and output (default ${DEFAULT_MAX_ERRORS}); counts stay exact
  --examples-per-column <n>  errors kept per column and file (default ${DEFAULT_EXAMPLES_PER_COLUMN})
  --workers <n>          worker threads for large CSV files (default: available cores, at most 8)
  --report <file>        also write the JSON report to this file
  --json                 print the JSON report instead of the text summary

exit status: 0 valid; 1 the data broke the schema; 2 bad usage, schema or unreadable input
`;

interface ValidateArgs {
  readonly schema: string;
  readonly files: readonly string[];
  readonly format: FormatChoice;
  readonly delimiter?: string;
  readonly maxErrors: number;
  readonly examplesPerColumn: number;
  readonly workers?: number;
  readonly report?: string;
  readonly json: boolean;
}

function count(flag: string, value: string | undefined, minimum: number): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < minimum)
    throw new UserError(`${flag} needs an integer of at least ${minimum}`);
  return n;
}

export function parseValidateArgs(args: readonly string[]): ValidateArgs | 'help' {
  const values = new Map<string, string>();
  const files: string[] = [];
  let json = false;
  const takesValue = new Set([
    '--schema',
    '--format',
    '--delimiter',
    '--max-errors',
    '--examples-per-column',
    '--workers',
    '--report',
  ]);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--json') {
      json = true;
      continue;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const flag = eq > 0 ? arg.slice(0, eq) : arg;
      if (!takesValue.has(flag)) throw new UserError(`unknown option ${flag}`);
      const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined) throw new UserError(`${flag} needs a value`);
      values.set(flag, value);
      continue;
    }
    files.push(arg);
  }
  const schema = values.get('--schema');
  if (schema === undefined) throw new UserError('--schema <file> is required');
  if (files.length === 0) throw new UserError('give at least one data file');
  const format = (values.get('--format') ?? 'auto') as FormatChoice;
  if (format !== 'auto' && !DATA_FORMATS.includes(format))
    throw new UserError(`--format must be auto or one of ${DATA_FORMATS.join(', ')}`);
  const delimiter = values.get('--delimiter');
  const unescaped = delimiter === '\\t' ? '\t' : delimiter;
  if (
    unescaped !== undefined &&
    (unescaped.length !== 1 || unescaped.charCodeAt(0) > 127 || /["\r\n]/.test(unescaped))
  ) {
    throw new UserError('--delimiter must be one ASCII character other than a quote or a newline');
  }
  return {
    schema,
    files,
    format,
    ...(unescaped !== undefined ? { delimiter: unescaped } : {}),
    maxErrors: values.has('--max-errors')
      ? count('--max-errors', values.get('--max-errors'), 0)
      : DEFAULT_MAX_ERRORS,
    examplesPerColumn: values.has('--examples-per-column')
      ? count('--examples-per-column', values.get('--examples-per-column'), 1)
      : DEFAULT_EXAMPLES_PER_COLUMN,
    ...(values.has('--workers') ? { workers: count('--workers', values.get('--workers'), 1) } : {}),
    ...(values.has('--report') ? { report: values.get('--report')! } : {}),
    json,
  };
}

const plural = (n: number, word: string): string =>
  `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** The text summary: one `file:row:field: code message` line per listed error, then the totals. */
export function renderValidationText(report: ValidationReport): string {
  const lines = report.errors.map((e) => {
    const where = [e.file, e.row ?? undefined, e.field ?? undefined]
      .filter((part) => part !== undefined)
      .join(':');
    return `${where}: ${e.code} ${e.message}`;
  });
  if (report.errorsTruncated)
    lines.push(
      `… ${plural(report.errorCount - report.errors.length, 'more error')} not listed (see --max-errors, --json)`,
    );
  const codes = Object.entries(report.errorsByCode)
    .map(([code, n]) => `${code} ${n.toLocaleString('en-US')}`)
    .join(', ');
  const summary = `${plural(report.files.length, 'file')}, ${plural(report.rows, 'row')}`;
  lines.push(
    report.valid
      ? `valid: ${summary}, no errors`
      : `invalid: ${summary}, ${plural(report.errorCount, 'error')} (${codes})`,
  );
  return `${lines.join('\n')}\n`;
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseValidateArgs(args);
  if (parsed === 'help') {
    io.stdout(USAGE);
    return ExitCode.passed;
  }
  const report = await validateDataset({
    cwd: io.cwd,
    schema: parsed.schema,
    data: parsed.files,
    format: parsed.format,
    maxErrors: parsed.maxErrors,
    examplesPerColumn: parsed.examplesPerColumn,
    ...(parsed.workers !== undefined ? { workers: parsed.workers } : {}),
    ...(parsed.delimiter !== undefined ? { delimiter: parsed.delimiter } : {}),
  });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  if (parsed.report !== undefined) await writeFile(path.resolve(io.cwd, parsed.report), json);
  io.stdout(parsed.json ? json : renderValidationText(report));
  return report.valid ? ExitCode.passed : ExitCode.verdictFailed;
}

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'check data files against a Table Schema or JSON Schema',
  usage: USAGE,
  run,
};
