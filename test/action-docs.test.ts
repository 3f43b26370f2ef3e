import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { parseConfig } from '../packages/engine/src/config/config-loader.js';
import { codeSpan, escapeText, tableCell } from '../scripts/markdown-escape.js';
import { DocBlockError, findDocBlocks, syncDocBlocks } from '../scripts/doc-blocks.js';
import { reportKindRows } from '../scripts/report-kinds-reference.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Folded and literal scalars, `|` inside and outside code spans, an empty default next to a missing one,
// a required input, a deprecated one, a default holding a backtick, an output without a description.
const ACTION_YML = `name: Fixture
description: >-
  Checks \`a | b\` and *stars*
  over two folded lines.

  A second paragraph, <html> kept as text.
inputs:
  pipes:
    description: >-
      One of \`a|b\` or c|d, folded
      over lines.
    required: true
  empty:
    description: Defaults to the empty string.
    default: ''
  none:
    description: No default at all.
  token:
    description: |
      A literal block
      keeps its line breaks.
    default: \${{ github.token }}
  old:
    description: Superseded.
    deprecationMessage: Use \`token\`.
    default: 'x'
  ticks:
    description: A default with a backtick.
    default: 'a\`b'
outputs:
  verdict:
    description: '\`pass\` or \`fail\` | \`warn\`.'
  bare:
    value: x
runs:
  using: node24
  main: main.js
`;

const README = `# Fixture

<!-- action-docs description action.yml -->
<!-- /action-docs -->

Markers in fenced code are text:

\`\`\`md
<!-- action-docs inputs missing.yml -->
\`\`\`

<!-- action-docs usage action.yml -->
<!-- /action-docs -->

<!-- action-docs inputs action.yml -->
<!-- /action-docs -->

<!-- action-docs outputs action.yml -->

stale text

<!-- /action-docs -->
`;

const DESCRIPTION = `
Checks \`a | b\` and \\*stars\\* over two folded lines.

A second paragraph, \\<html> kept as text.
`;

const USAGE = `
\`\`\`yaml
- uses: mlgate/mlgate/actions/fixture@v1
  with:
    pipes: <pipes>
\`\`\`
`;

const INPUTS = `
| Input   | Description                                 | Default               | Required |
| ------- | ------------------------------------------- | --------------------- | -------- |
| \`pipes\` | One of \`a\\|b\` or c\\|d, folded over lines.   |                       | yes      |
| \`empty\` | Defaults to the empty string.               | \`''\`                  | no       |
| \`none\`  | No default at all.                          |                       | no       |
| \`token\` | A literal block<br>keeps its line breaks.   | \`\${{ github.token }}\` | no       |
| \`old\`   | **Deprecated:** Use \`token\`.<br>Superseded. | \`x\`                   | no       |
| \`ticks\` | A default with a backtick.                  | \`\`a\`b\`\`               | no       |
`;

const OUTPUTS = `
| Output    | Description                 |
| --------- | --------------------------- |
| \`verdict\` | \`pass\` or \`fail\` \\| \`warn\`. |
| \`bare\`    |                             |
`;

let root: string;
let readme: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'mlgate-action-docs-'));
  await mkdir(path.join(root, 'actions', 'fixture'), { recursive: true });
  // The repository's prettier settings, found the way `prettier --check .` finds them.
  await copyFile(path.join(repoRoot, '.prettierrc.json'), path.join(root, '.prettierrc.json'));
  await writeFile(path.join(root, 'actions', 'fixture', 'action.yml'), ACTION_YML);
  readme = path.join(root, 'actions', 'fixture', 'README.md');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const blockText = (text: string, marker: string): string => {
  const start = text.indexOf(`${marker}\n`) + marker.length + 1;
  return text.slice(start, text.indexOf('<!-- /action-docs -->', start)).trim();
};

describe('action docs rendered from action.yml', () => {
  let text: string;

  beforeAll(async () => {
    text = (await syncDocBlocks(readme, README, root)).text;
  });

  it('escapes `|` in every cell, code spans included, and keeps backticks as code', () => {
    expect(blockText(text, '<!-- action-docs inputs action.yml -->')).toBe(INPUTS.trim());
    expect(blockText(text, '<!-- action-docs outputs action.yml -->')).toBe(OUTPUTS.trim());
  });

  it('writes the description as paragraphs and a minimal step naming the required inputs', () => {
    expect(blockText(text, '<!-- action-docs description action.yml -->')).toBe(DESCRIPTION.trim());
    expect(blockText(text, '<!-- action-docs usage action.yml -->')).toBe(USAGE.trim());
  });

  it('leaves everything outside the markers alone, markers in fenced code included', () => {
    expect(text.replace(/(-->\n)[^]*?(<!-- \/action-docs -->)/g, '$1$2')).toBe(
      README.replace(/(-->\n)[^]*?(<!-- \/action-docs -->)/g, '$1$2'),
    );
    expect(text).toContain('```md\n<!-- action-docs inputs missing.yml -->\n```');
  });

  it('is already formatted as prettier --check wants it', async () => {
    const options = { ...(await prettier.resolveConfig(readme)), parser: 'markdown' };
    expect(await prettier.format(text, options)).toBe(text);
  });

  it('finds every block stale before the first sync, and none after', async () => {
    const first = await syncDocBlocks(readme, README, root);
    expect(first.stale.map(({ kind, line }) => ({ kind, line }))).toEqual([
      { kind: 'description', line: 3 },
      { kind: 'usage', line: 12 },
      { kind: 'inputs', line: 15 },
      { kind: 'outputs', line: 18 },
    ]);
    const again = await syncDocBlocks(readme, text, root);
    expect(again.stale).toEqual([]);
    expect(again.text).toBe(text);
  });

  it('finds the one block an action.yml change makes stale', async () => {
    // The same action in a second repository, one description changed.
    const otherRoot = path.join(root, 'other');
    const changed = path.join(otherRoot, 'actions', 'fixture');
    await mkdir(changed, { recursive: true });
    const yml = (await readFile(path.join(root, 'actions', 'fixture', 'action.yml'), 'utf8')).replace(
      'No default at all.',
      'Still no default.',
    );
    await writeFile(path.join(changed, 'action.yml'), yml);
    const { stale } = await syncDocBlocks(path.join(changed, 'README.md'), text, otherRoot);
    expect(stale.map(({ kind, target, line }) => ({ kind, target, line }))).toEqual([
      { kind: 'inputs', target: 'action.yml', line: 27 },
    ]);
  });
});

describe('markers that cannot be rendered', () => {
  it('names each misplaced marker with its line, all at once', () => {
    const text = [
      '<!-- /action-docs -->',
      '<!-- action-docs table action.yml -->',
      '<!-- /action-docs -->',
      '<!-- action-docs inputs action.yml -->',
    ].join('\n');
    expect(() => findDocBlocks(text, 'README.md')).toThrow(
      new DocBlockError(
        [
          "README.md:1: '<!-- /action-docs -->' closes no block",
          "README.md:2: unknown block 'table'; one of description, usage, inputs, outputs, config, report-kinds",
          "README.md:4: the block is never closed with '<!-- /action-docs -->'",
        ].join('\n'),
      ),
    );
  });

  it('names a block whose action.yml does not exist', async () => {
    const text = '# x\n\n<!-- action-docs inputs nowhere/action.yml -->\n<!-- /action-docs -->\n';
    await expect(syncDocBlocks(readme, text, root)).rejects.toThrow(
      'actions/fixture/README.md:3: nowhere/action.yml does not exist',
    );
  });
});

describe('markdown escaping', () => {
  it('escapes markup outside code spans only, and leaves `_` inside words', () => {
    expect(escapeText('a *b* [c](d) <e> `*f* <g>` pull_request _h_ \\')).toBe(
      'a \\*b\\* \\[c\\](d) \\<e> `*f* <g>` pull_request \\_h\\_ \\\\',
    );
    expect(escapeText('an ` unclosed backtick *x*')).toBe('an ` unclosed backtick \\*x\\*');
  });

  it('fences a code span longer than the backtick runs it holds', () => {
    expect(codeSpan('plain')).toBe('`plain`');
    expect(codeSpan('a``b')).toBe('```a``b```');
    expect(codeSpan('`edge')).toBe('`` `edge ``');
  });

  it('keeps a table cell on one line', () => {
    expect(tableCell('one\ntwo `x\ny` a|b')).toBe('one<br>two `x y` a\\|b');
  });
});

describe('the mlgate.yml reference rendered from its JSON Schema', () => {
  // A $ref used twice, an array of objects, a map, oneOf, an enum, a pattern holding `|`, a default.
  const SCHEMA = {
    type: 'object',
    properties: {
      version: { const: 1, description: 'The format.' },
      items: { type: 'array', description: 'Things.', items: { $ref: '#/definitions/thing' } },
      rules: {
        type: 'object',
        description: 'Rules by name.',
        additionalProperties: { $ref: '#/definitions/rule' },
      },
      fallback: { $ref: '#/definitions/rule', description: 'The rule for the rest.' },
    },
    definitions: {
      thing: {
        type: 'object',
        description: 'One thing.',
        required: ['path'],
        properties: {
          path: {
            description: 'A path or a list.',
            oneOf: [
              { type: 'string', minLength: 1 },
              { type: 'array', items: { type: 'string' }, minItems: 1 },
            ],
          },
          source: { type: 'string', pattern: '^(a|b)$', default: 'a', description: '`a` or `b`.' },
        },
      },
      rule: {
        type: 'object',
        description: 'How a thing is judged.',
        properties: { severity: { enum: ['fail', 'warn'], description: 'What *breaking* it does.' } },
      },
    },
  };
  const PAGE =
    '# Config\n\nHand-written.\n\n<!-- action-docs config schema.json -->\n<!-- /action-docs -->\n';
  let page: string;
  let text: string;

  beforeAll(async () => {
    await writeFile(path.join(root, 'schema.json'), JSON.stringify(SCHEMA));
    page = path.join(root, 'config.md');
    text = (await syncDocBlocks(page, PAGE, root)).text;
  });

  it('documents every object once, with an anchor, and links to it from each use', () => {
    expect(text.match(/^#+ .*$/gm)).toEqual([
      '# Config',
      '## Top-level keys',
      '## `version`',
      '## `items`',
      '### `items[]`',
      '## `rules`',
      '### `rules.<name>`',
      '## `fallback`',
    ]);
    expect(text).toContain('<a id="rules-name"></a>');
    expect(text).toContain('The same keys under `fallback`.');
    expect(text).toMatch(
      /\| `items\[\]\.path` +\| string or array of strings +\| yes +\| +\| string: non-empty; array of strings: not empty +\|/,
    );
    expect(text).toMatch(
      /\| `items\[\]\.source` +\| string +\| no +\| `a` +\| matches `\^\(a\\\|b\)\$` +\| `a` or `b`\. +\|/,
    );
    expect(text).toMatch(/\| `rules` +\| map of `<name>` to \[object\]\(#rules-name\) +\|/);
    expect(text).toMatch(
      /\| `fallback` +\| \[object\]\(#rules-name\) +\| no +\| +\| +\| The rule for the rest\. +\|/,
    );
    expect(text).toMatch(
      /\| `rules\.<name>\.severity` +\| string +\| no +\| +\| `fail`, `warn` +\| What \\\*breaking\\\* it does\. +\|/,
    );
    expect(text.startsWith('# Config\n\nHand-written.\n\n')).toBe(true);
  });

  it('is stale when the schema changes, and current after a sync', async () => {
    expect((await syncDocBlocks(page, text, root)).stale).toEqual([]);
    const changed = structuredClone(SCHEMA);
    changed.definitions.rule.properties.severity.description = 'What it does.';
    await writeFile(path.join(root, 'schema.json'), JSON.stringify(changed));
    try {
      const { stale } = await syncDocBlocks(page, text, root);
      expect(stale.map(({ kind, target, line }) => ({ kind, target, line }))).toEqual([
        { kind: 'config', target: 'schema.json', line: 5 },
      ]);
    } finally {
      await writeFile(path.join(root, 'schema.json'), JSON.stringify(SCHEMA));
    }
  });

  it('is current in the committed docs/config.md, whose example config loads', async () => {
    const committed = path.join(repoRoot, 'docs', 'config.md');
    const markdown = await readFile(committed, 'utf8');
    const synced = await syncDocBlocks(committed, markdown, repoRoot);
    expect(synced.blocks.map(({ kind, target }) => ({ kind, target }))).toEqual([
      { kind: 'config', target: '../schemas/mlgate.schema.json' },
    ]);
    expect(synced.stale).toEqual([]);
    const example = /## An example using every section\n\n```yaml\n([^]*?)```/.exec(markdown)?.[1];
    expect(example).toBeDefined();
    const config = parseConfig(example!, 'docs/config.md');
    for (const section of ['publish', 'drift', 'retrain', 'evaluate'] as const) {
      expect(config[section]).toBeDefined();
    }
  });
});

describe('the table of report kinds rendered from schemas/', () => {
  it('lists every published kind once, with its schema file, and not the mlgate.yml schema', () => {
    const rows = reportKindRows(path.join(repoRoot, 'schemas'));
    expect(rows.map(({ kind, file }) => [kind, file])).toEqual([
      ['mlgate/comparison@1', 'comparison-report.schema.json'],
      ['mlgate/drift@1', 'drift-report.schema.json'],
      ['mlgate/evaluation@1', 'evaluation-report.schema.json'],
      ['mlgate/model-manifest@1', 'model-manifest.schema.json'],
      ['mlgate/profile@1', 'profile.schema.json'],
      ['mlgate/schema-diff@1', 'schema-diff-report.schema.json'],
      ['mlgate/validation-partial@1', 'validation-partial.schema.json'],
      ['mlgate/validation@1', 'validation-report.schema.json'],
    ]);
  });

  it('is current in the committed docs/reports.md', async () => {
    const committed = path.join(repoRoot, 'docs', 'reports.md');
    const synced = await syncDocBlocks(committed, await readFile(committed, 'utf8'), repoRoot);
    expect(synced.blocks.map(({ kind, target }) => ({ kind, target }))).toEqual([
      { kind: 'report-kinds', target: '../schemas' },
    ]);
    expect(synced.stale).toEqual([]);
  });
});
