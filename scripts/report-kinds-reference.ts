// The table of report kinds in docs/reports.md, from the published JSON Schemas in schemas/: one row per schema
// whose `kind` is a constant (every report kind, the partial, the profile and the model manifest; not the
// mlgate.yml schema), with its title and the top-level fields every document of the kind has. Generated, so
// a kind added to the engine (and written to schemas/ by write-schemas.ts) cannot be missing from the page.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { codeSpan, escapeText, markdownTable, tableCell } from './markdown-escape.js';

interface KindSchema {
  readonly title?: string;
  readonly required?: readonly string[];
  readonly properties?: { readonly kind?: { readonly const?: unknown } };
}

export interface ReportKindRow {
  readonly kind: string;
  /** The schema's file name in the schemas folder. */
  readonly file: string;
  readonly title: string;
  readonly required: readonly string[];
}

const SCHEMA_FILE = /\.schema\.json$/;

/** The kinds the schemas in `dir` publish, by kind. */
export function reportKindRows(dir: string): ReportKindRow[] {
  const rows: ReportKindRow[] = [];
  for (const file of readdirSync(dir).filter((name) => SCHEMA_FILE.test(name))) {
    const schema = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as KindSchema;
    const kind = schema.properties?.kind?.const;
    if (typeof kind !== 'string') continue;
    rows.push({ kind, file, title: schema.title ?? '', required: schema.required ?? [] });
  }
  return rows.sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}

/** The table, its schema links relative to `pageDir` (the folder of the page that holds it). */
export function renderReportKinds(dir: string, pageDir: string): string {
  const rows = reportKindRows(dir);
  if (rows.length === 0) throw new Error(`${dir} holds no schema with a constant \`kind\``);
  return markdownTable(
    ['Kind', 'Schema', 'Title', 'Fields every document has'],
    rows.map((row) => {
      const link = path.relative(pageDir, path.join(dir, row.file)).split(path.sep).join('/');
      return [
        codeSpan(row.kind),
        `[${escapeText(row.file)}](${link})`,
        tableCell(escapeText(row.title)),
        row.required.map(codeSpan).join(', '),
      ];
    }),
  );
}
