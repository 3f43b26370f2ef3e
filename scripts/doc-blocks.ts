// The generated blocks of a Markdown file, each between `<!-- action-docs <kind> <path> -->` and
// `<!-- /action-docs -->` on lines of their own (the path is relative to the Markdown file, an action.yml for
// an action's blocks, a JSON Schema for the `config` reference, the schemas folder for the `report-kinds`
// table): finding them, rendering them from the file they name already formatted as prettier would, and
// telling which are stale. Everything outside the markers is left as it is.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readActionManifest } from '@mlgate/runner-harness';
import * as prettier from 'prettier';
import { BLOCK_KINDS, renderBlock } from './action-reference.js';
import { renderConfigReference, type JsonSchema } from './config-reference.js';
import { renderReportKinds } from './report-kinds-reference.js';

/**
 * The blocks an action.yml renders, the mlgate.yml reference a JSON Schema renders, and the table of report
 * kinds the schemas folder renders.
 */
export const DOC_BLOCK_KINDS = [...BLOCK_KINDS, 'config', 'report-kinds'] as const;
export type DocBlockKind = (typeof DOC_BLOCK_KINDS)[number];

export interface DocBlock {
  readonly kind: DocBlockKind;
  /** The action.yml or schema as the marker names it, relative to the Markdown file. */
  readonly target: string;
  /** The opening marker's line, from 1. */
  readonly line: number;
  /** Offsets of the text between the marker lines. */
  readonly start: number;
  readonly end: number;
}

export class DocBlockError extends Error {
  override readonly name = 'DocBlockError';
}

const OPEN = /^<!-- action-docs (\S+) (\S+) -->$/;
const CLOSE = /^<!-- \/action-docs -->$/;
const OPENING_FENCE = /^ {0,3}(`{3,}|~{3,})/;
const CLOSING_FENCE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

function isBlockKind(kind: string): kind is DocBlockKind {
  return (DOC_BLOCK_KINDS as readonly string[]).includes(kind);
}

/**
 * The blocks of `markdown`, in order; markers inside fenced code are text. `where` names the file in errors,
 * all of which are reported at once.
 */
export function findDocBlocks(markdown: string, where: string): DocBlock[] {
  const blocks: DocBlock[] = [];
  const problems: string[] = [];
  let open: { kind: string; target: string; line: number; start: number } | undefined;
  let fence: string | undefined;
  let offset = 0;
  for (const [index, raw] of markdown.split('\n').entries()) {
    const lineStart = offset;
    offset += raw.length + 1;
    const line = raw.replace(/\r$/, '');
    if (fence !== undefined) {
      // Closed by a run of the same character at least as long, with nothing after it.
      const closing = CLOSING_FENCE.exec(line)?.[1];
      if (closing !== undefined && closing[0] === fence[0] && closing.length >= fence.length)
        fence = undefined;
      continue;
    }
    fence = OPENING_FENCE.exec(line)?.[1];
    if (fence !== undefined) continue;
    const opening = OPEN.exec(line);
    if (opening) {
      const [, kind = '', target = ''] = opening;
      if (open) {
        problems.push(`${where}:${index + 1}: a block opens before the one on line ${open.line} closes`);
      }
      open = { kind, target, line: index + 1, start: offset };
    } else if (CLOSE.test(line)) {
      if (open === undefined) {
        problems.push(`${where}:${index + 1}: '<!-- /action-docs -->' closes no block`);
      } else if (isBlockKind(open.kind)) {
        const { kind, target, line: at, start } = open;
        blocks.push({ kind, target, line: at, start, end: lineStart });
      } else {
        problems.push(
          `${where}:${open.line}: unknown block '${open.kind}'; one of ${DOC_BLOCK_KINDS.join(', ')}`,
        );
      }
      open = undefined;
    }
  }
  if (open) problems.push(`${where}:${open.line}: the block is never closed with '<!-- /action-docs -->'`);
  if (problems.length > 0) throw new DocBlockError(problems.join('\n'));
  return blocks;
}

export interface SyncedDoc {
  readonly blocks: readonly DocBlock[];
  /** The blocks whose text differs from what the file they name renders to. */
  readonly stale: readonly DocBlock[];
  /** `markdown` with every block rendered afresh. */
  readonly text: string;
}

/**
 * One block's Markdown, before formatting, from the file (or folder) its marker names (`source`, resolved);
 * `file` is the Markdown file, which links are relative to.
 */
function renderFrom(kind: DocBlockKind, source: string, file: string, repoRoot: string): string {
  if (kind === 'config') return renderConfigReference(JSON.parse(readFileSync(source, 'utf8')) as JsonSchema);
  if (kind === 'report-kinds') return renderReportKinds(source, path.dirname(file));
  const manifest = readActionManifest(source);
  return renderBlock(kind, manifest, path.relative(repoRoot, manifest.dir));
}

/**
 * Renders every block of `markdown` (the text of `file`) from the file it names. `repoRoot` places an
 * action in `uses:` examples. Problems with a block (a missing or broken source) are reported together.
 */
export async function syncDocBlocks(file: string, markdown: string, repoRoot: string): Promise<SyncedDoc> {
  const where = path.relative(repoRoot, file) || file;
  const blocks = findDocBlocks(markdown, where);
  const options = { ...(await prettier.resolveConfig(file)), parser: 'markdown' };
  const problems: string[] = [];
  const stale: DocBlock[] = [];
  let text = '';
  let copied = 0;
  for (const block of blocks) {
    const source = path.resolve(path.dirname(file), block.target);
    let content = markdown.slice(block.start, block.end);
    if (!existsSync(source)) {
      problems.push(`${where}:${block.line}: ${block.target} does not exist`);
    } else {
      try {
        const rendered = renderFrom(block.kind, source, file, repoRoot);
        const fresh = `\n${await prettier.format(rendered, options)}\n`;
        if (fresh !== content) stale.push(block);
        content = fresh;
      } catch (error) {
        problems.push(`${where}:${block.line}: ${(error as Error).message}`);
      }
    }
    text += markdown.slice(copied, block.start) + content;
    copied = block.end;
  }
  if (problems.length > 0) throw new DocBlockError(problems.join('\n'));
  return { blocks, stale, text: text + markdown.slice(copied) };
}
