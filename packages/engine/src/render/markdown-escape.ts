/**
 * Escaping for untrusted text (metric names, file names, values from a pull request's files) placed in
 * GitHub-flavoured Markdown. Beyond formatting, it keeps such text from pinging people (`@user`), linking
 * issues (`#12`), injecting HTML (`<img>`), or breaking out of a table cell (`|`, newlines).
 */
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '@': '&#64;',
  '#': '&#35;',
  '|': '&#124;',
};

// Characters CommonMark lets a backslash escape and that could start emphasis, code or links.
const BACKSLASHED = new Set(['\\', '`', '*', '_', '[', ']', '{', '}', '(', ')', '!', '~', ':']);
const SPECIAL = /[&<>@#|\\`*_[\]{}()!~:\n\r\t]/g;
// These start a list item or a heading underline only at the start of a line, so only there are they escaped.
const LINE_START = /^[-+=]/;

function replaceSpecial(char: string): string {
  const entity = ENTITIES[char];
  if (entity !== undefined) return entity;
  return BACKSLASHED.has(char) ? `\\${char}` : ' ';
}

export function escapeMarkdown(text: string): string {
  return text.replace(SPECIAL, replaceSpecial).replace(LINE_START, '\\$&');
}

/** A table cell: escaped text, never empty (an empty cell collapses in some renderers). A cell never starts a line. */
export function escapeTableCell(text: string): string {
  return text === '' ? ' ' : text.replace(SPECIAL, replaceSpecial);
}
