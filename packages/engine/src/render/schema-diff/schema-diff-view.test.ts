import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { gate } from '../../gate/gate.js';
import { reportVerdictOf } from '../../gate/report-verdict.js';
import { PUBLISHED_SCHEMAS } from '../../report/published-schemas.js';
import { parseReport } from '../../report/report-file.js';
import type { SchemaChange } from '../../schema-diff/schema-change.js';
import { diffSchemas } from '../../schema-diff/schema-diff.js';
import type { SchemaDiffReport } from '../../schema-diff/schema-diff.js';
import { loadSchema } from '../../validate/schema/schema-file.js';
import { renderReport } from '../report-document.js';
import { viewOf } from '../report-views.js';

const root = new URL('../../../../../', import.meta.url);
const fixture = (name: string) => `test/fixtures/schema-diff/penguins.${name}`;
const load = (name: string) => loadSchema(fileURLToPath(new URL(fixture(name), root)), fixture(name));
const subject = {
  repository: 'octo/penguins',
  sha: '4f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39',
  pullRequest: 7,
};
const context = { now: undefined, label: 'Schema changes', fold: ['pass'] as const };

let breaking: SchemaDiffReport;
let compatible: SchemaDiffReport;
let identical: SchemaDiffReport;
beforeAll(async () => {
  const [v1, v1yaml, v2, v2compatible] = await Promise.all(
    ['v1.schema.json', 'v1.schema.yaml', 'v2-breaking.schema.json', 'v2-compatible.schema.json'].map(load),
  );
  breaking = diffSchemas(v1!, v2!, subject);
  compatible = diffSchemas(v1!, v2compatible!, subject);
  identical = diffSchemas(v1!, v1yaml!, subject);
});

const markdownOf = (report: SchemaDiffReport): string =>
  viewOf(report)
    .sections(report, context)
    .map((section) => section.text)
    .join('');

const render = (markdown: string): string =>
  micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });

describe('a schema diff as a report', () => {
  it('is what `mlgate schema diff --json` prints, and reads back against its published schema', () => {
    expect(parseReport(JSON.stringify(breaking), 'diff.json')).toEqual(breaking);
    expect(() => parseReport(JSON.stringify({ ...breaking, verdict: 'fine' }), 'diff.json')).toThrow(
      /verdict/,
    );
    const published = JSON.parse(
      readFileSync(new URL('schemas/schema-diff-report.schema.json', root), 'utf8'),
    );
    expect(published).toEqual(PUBLISHED_SCHEMAS['schemas/schema-diff-report.schema.json']);
  });

  it('warns in the gate when it breaks data or consumers, and passes otherwise', () => {
    expect(reportVerdictOf(breaking)).toEqual({
      verdict: 'warn',
      verdictReason: 'breaking schema change, 1 change breaking data and 3 changes breaking consumers',
    });
    expect(reportVerdictOf(compatible)).toEqual({
      verdict: 'pass',
      verdictReason: '1 compatible change, none breaks data or consumers',
    });
    expect(reportVerdictOf(identical).verdict).toBe('pass');
    const result = gate([breaking, compatible], 'fail');
    expect([result.verdict, result.fails]).toEqual(['warn', false]);
    expect(gate([breaking], 'warn').exitCode).toBe(1);
  });

  it('judges a hand-made report by its changes, not by the verdict it claims', () => {
    expect(reportVerdictOf({ ...breaking, verdict: 'identical' }).verdict).toBe('warn');
  });
});

describe('the schema changes view', () => {
  it('leads with the verdict and the two files, then the breaking changes, data first', () => {
    const markdown = markdownOf(breaking);
    expect(markdown).toContain(
      '### ⚠️ Schema changes: breaking schema change, 1 change breaking data and 3 changes breaking consumers',
    );
    expect(markdown).toContain(
      '**breaking**: test/fixtures/schema-diff/penguins.v1.schema.json → test/fixtures/schema-diff/penguins.v2-breaking.schema.json (table-schema) · 4 changes, 4 breaking',
    );
    const rows = markdown.split('\n').filter((line) => line.startsWith('| ⚠️'));
    expect(rows).toEqual([
      '| ⚠️ breaks data | constraint-tightened | Body Mass \\(g\\) | maximum 6500 → 6000 |',
      '| ⚠️ breaks consumers | field-removed | Beak Depth \\(mm\\) | number column removed; old data that has the column now fails |',
      '| ⚠️ breaks consumers | type-changed | Flipper Length \\(mm\\) | integer → number |',
      '| ⚠️ breaks consumers | enum-value-added | Sex | enum gains "UNKNOWN" |',
    ]);
  });

  it('lists compatible changes alone, and says when nothing changed', () => {
    expect(markdownOf(compatible)).toContain('**compatible**:');
    expect(markdownOf(compatible)).toContain('| none | field-added | Year | year column added, optional |');
    const same = markdownOf(identical);
    expect(same).toContain('### ✅ Schema changes: schema unchanged in what it checks');
    expect(same).toContain('No change in what the schema checks.');
    expect(same).not.toContain('| Impact |');
  });

  it('prints one line per change for a terminal, breaking first', () => {
    expect(viewOf(breaking).text(breaking)).toBe(
      [
        'breaking: test/fixtures/schema-diff/penguins.v1.schema.json → test/fixtures/schema-diff/penguins.v2-breaking.schema.json',
        'verdict: warn (breaking schema change, 1 change breaking data and 3 changes breaking consumers)',
        '  data       constraint-tightened  Body Mass (g): maximum 6500 → 6000',
        '  consumers  field-removed         Beak Depth (mm): number column removed; old data that has the column now fails',
        '  consumers  type-changed          Flipper Length (mm): integer → number',
        '  consumers  enum-value-added      Sex: enum gains "UNKNOWN"',
        '',
      ].join('\n'),
    );
  });

  it('annotates each breaking change on the new schema file', () => {
    const { findings, total } = viewOf(breaking).findings(breaking);
    expect(total).toBe(4);
    expect(findings[0]).toEqual({
      level: 'warning',
      title: 'mlgate: schema field-removed',
      message:
        'Beak Depth (mm): number column removed; old data that has the column now fails (breaks consumers)',
      file: 'test/fixtures/schema-diff/penguins.v2-breaking.schema.json',
    });
    expect(viewOf(compatible).findings(compatible).findings).toEqual([]);
  });

  it('keeps hostile field names and details inside their cells', () => {
    const hostile: SchemaChange[] = [
      '<script>alert(1)</script>',
      '| a | b |\n| --- |',
      '```\n# heading',
      '@octo/team #1 https://x',
    ].map((text) => ({ kind: 'field-added', impact: 'data', field: text, detail: text }));
    const report = { ...breaking, changes: hostile, new: { ...breaking.new, path: '<img src=x>' } };
    const html = render(markdownOf(report));
    expect(html).not.toMatch(/<script|<img|<h1>|<pre>|href=/);
    expect(html.match(/<tr>/g)).toHaveLength(1 + hostile.length);
    expect(viewOf(report).text(report)).not.toMatch(/\n(?! {2}|verdict|$)/);
  });

  it('fits hundreds of changes under the comment limit, keeping the breaking ones first', () => {
    const many: SchemaChange[] = Array.from({ length: 900 }, (_, i) => ({
      kind: i % 3 === 0 ? 'field-added' : 'constraint-tightened',
      impact: i % 3 === 0 ? 'none' : 'data',
      field: `column_${i}_${'c'.repeat(40)}`,
      detail: `maximum ${i} → ${i - 1} ${'d'.repeat(60)}`,
    }));
    const report = { ...breaking, changes: many };
    const comment = renderReport([report], { maxLength: 65_536, fullReport: 'job-summary' });
    expect(comment.length).toBeLessThanOrEqual(65_536);
    expect(comment).toContain('leaving out: compatible schema changes, part of the breaking schema changes');
    expect(comment).toMatch(/\| … \| \| \| \d+ more breaking changes, in the full report \|/);
    expect(comment).toContain('600 breaking');
  });
});
