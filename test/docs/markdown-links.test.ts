import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Every relative link of the README, docs/, the action pages and the example project points at a file that
// exists, and every #anchor at a heading of its page (GitHub's slugs): renamed workflows and pages must not
// leave dead links behind.
const root = fileURLToPath(new URL('../..', import.meta.url));

function markdownFiles(): string[] {
  const files = ['README.md'];
  for (const folder of ['docs', 'actions', 'examples']) {
    const walk = (dir: string): void => {
      for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
        const relative = path.join(dir, entry.name);
        if (entry.isDirectory() && entry.name !== 'node_modules') walk(relative);
        else if (entry.name.endsWith('.md')) files.push(relative);
      }
    };
    if (existsSync(path.join(root, folder))) walk(folder);
  }
  return files;
}

/** The text outside fenced code blocks and inline code, where a `](…)` is a link. */
function prose(text: string): string {
  return text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

/**
 * GitHub's heading anchors (lower case, formatting and punctuation dropped, spaces to dashes, repeats
 * numbered) and the explicit `<a id>` ones.
 */
function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const match of text
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const heading = match[1]!
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[`*_]/g, (c) => (c === '_' ? c : ''));
    const base = heading
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count === 0 ? base : `${base}-${count}`);
  }
  for (const match of text.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) result.add(match[1]!);
  return result;
}

interface Link {
  readonly file: string;
  readonly target: string;
}

function relativeLinks(file: string): Link[] {
  const text = prose(readFileSync(path.join(root, file), 'utf8'));
  return [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((match) => match[1]!)
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target))
    .map((target) => ({ file, target }));
}

function brokenReason({ file, target }: Link): string | undefined {
  const [pathPart, anchor] = target.split('#', 2) as [string, string | undefined];
  const resolved =
    pathPart === '' ? path.join(root, file) : path.resolve(root, path.dirname(file), decodeURI(pathPart));
  if (!resolved.startsWith(root)) return 'points outside the repository';
  if (!existsSync(resolved)) return 'no such file';
  if (anchor === undefined) return undefined;
  if (statSync(resolved).isDirectory() || !resolved.endsWith('.md')) return undefined;
  return anchors(readFileSync(resolved, 'utf8')).has(anchor) ? undefined : `no heading #${anchor}`;
}

describe('markdown links', () => {
  const files = markdownFiles();

  it('finds the pages it checks', () => {
    expect(files).toEqual(expect.arrayContaining(['README.md', 'docs/README.md', 'docs/quick-start.md']));
  });

  it('every relative link and anchor resolves', () => {
    const broken = files
      .flatMap(relativeLinks)
      .map((link) => ({ link, reason: brokenReason(link) }))
      .filter(({ reason }) => reason !== undefined)
      .map(({ link, reason }) => `${link.file}: (${link.target}) ${reason}`);
    expect(broken).toEqual([]);
  });

  it('slugs headings as GitHub does', () => {
    expect([...anchors('# `fail-on`: exit status and check conclusion\n## Profiles\n## Profiles\n')]).toEqual(
      ['fail-on-exit-status-and-check-conclusion', 'profiles', 'profiles-1'],
    );
  });
});
