import path from 'node:path';
import { UserError, diffSchemas, displayPath, loadSchema } from '@mlgate/engine';
import type { SchemaDiffReport } from '@mlgate/engine';
import type { CommandArgs, CommandSpec } from '../argument-parser.js';
import { defineCommand } from '../cli-io.js';
import type { CliCommand, CliIo } from '../cli-io.js';

const SPEC = {
  name: 'schema diff',
  synopsis: '<old schema> <new schema> [--json]',
  summary: `Compares two versions of a Table Schema or a JSON Schema for one row and says, for each change, what it
breaks: data (rows valid before may now fail), consumers (code relying on the old guarantees may see new
values or miss a column) or none.`,
  positionals: '<old schema> <new schema>',
  options: {
    json: { type: 'boolean', description: 'print the report (kind mlgate/schema-diff@1) as JSON' },
  },
  epilog: `--json prints: kind, verdict (identical | compatible | breaking), old and new (path, language, sha256),
changes[] with kind, impact (data | consumers | none), field (null for the whole schema) and detail.

exit status: 0 identical or compatible (every change has impact none); 1 breaking; 2 a schema unreadable or
invalid, or the two in different languages; 3 internal error`,
} as const satisfies CommandSpec;

async function diff({ values, positionals }: CommandArgs<typeof SPEC>, io: CliIo): Promise<number> {
  if (positionals.length !== 2) throw new UserError('give two schema files: the old version, then the new');
  const [before, after] = await Promise.all(
    positionals.map((file) => loadSchema(path.resolve(io.cwd, file), displayPath(io.cwd, file))),
  );
  const report = diffSchemas(before!, after!);
  io.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : diffText(report));
  return report.verdict === 'breaking' ? 1 : 0;
}

/** A summary line, then one line per change: `  data  constraint-tightened  body_mass_g: maximum 6300 → 6000`. */
function diffText(report: SchemaDiffReport): string {
  const { changes, verdict } = report;
  const count = changes.length === 1 ? '1 change' : `${changes.length} changes`;
  const breaking = changes.filter((change) => change.impact !== 'none').length;
  const summary =
    verdict === 'identical'
      ? `identical: ${report.old.path} and ${report.new.path} check the same things`
      : verdict === 'compatible'
        ? `compatible: ${count}, none breaks data or consumers`
        : `breaking: ${count}, ${breaking} breaking data or consumers`;
  const width = Math.max(0, ...changes.map((change) => change.kind.length));
  const lines = changes.map(
    (change) =>
      `  ${change.impact.padEnd(9)}  ${change.kind.padEnd(width)}  ${change.field === null ? '' : `${change.field}: `}${change.detail}`,
  );
  return `${[summary, ...lines].join('\n')}\n`;
}

export const schemaDiffCommand: CliCommand = defineCommand(
  SPEC,
  'compares two versions of a schema: what breaks data, what breaks consumers',
  diff,
);
