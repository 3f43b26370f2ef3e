/**
 * The one escaper for untrusted text (metric names, file names, values from a pull request's files, reports
 * from a fork's artifact): every renderer, Markdown or terminal, goes through it.
 *
 * In GitHub-flavoured Markdown, beyond formatting, it keeps such text from pinging people (`@user`), linking
 * issues (`#12`), injecting HTML (`<img>`), or breaking out of a table cell (`|`, newlines). In a terminal, it
 * keeps it from moving the cursor or reordering what is shown.
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

/** Longest untrusted text shown in one table cell or line, in characters; the JSON report keeps it whole. */
export const UNTRUSTED_CELL_MAX_CHARS = 120;

const WORD_BREAK = '&#8203;';

/**
 * Cuts text to `max` characters (whole code points), marking the cut with `…`. Done before escaping, so
 * an entity or a backslash escape is never split.
 */
export function capText(text: string, max: number = UNTRUSTED_CELL_MAX_CHARS): string {
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/**
 * GitHub finds mentions and issue references in the rendered HTML's text, where `&#64;` is `@` again, so
 * an entity alone still pings `@org/team`. A zero-width space after `@` and `#` breaks the pattern
 * (Renovate and Dependabot do the same); `://` and `www.` get one too, so no bare URL is autolinked.
 */
function breakAutolinks(escaped: string): string {
  // Every `www.`, not only after a word boundary: GFM also autolinks one that follows `_` (escaped `\_`, where
  // \b finds no boundary), `*`, `~` or `(`.
  return escaped
    .replaceAll('&#64;', `&#64;${WORD_BREAK}`)
    .replaceAll('&#35;', `&#35;${WORD_BREAK}`)
    .replaceAll('\\:', `\\:${WORD_BREAK}`)
    .replace(/([Ww])([Ww])([Ww])\./g, `$1$2$3${WORD_BREAK}.`);
}

// Control characters other than the whitespace escapeMarkdown already turns into spaces, and the bidi
// overrides that make text read differently from what it is ("Trojan Source", CVE-2021-42574).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;

function visible(text: string): string {
  return text.replace(INVISIBLE, '\uFFFD');
}

/** Untrusted text inline in a paragraph or a list item: capped, escaped, no mention, reference or link. */
export function escapeUntrusted(text: string, max: number = UNTRUSTED_CELL_MAX_CHARS): string {
  return breakAutolinks(escapeMarkdown(capText(visible(text), max)));
}

/** Untrusted text in a table cell: as escapeUntrusted, and it can never end the cell or the row. */
export function escapeUntrustedCell(text: string, max: number = UNTRUSTED_CELL_MAX_CHARS): string {
  return breakAutolinks(escapeTableCell(capText(visible(text), max)));
}

// The terminal also obeys line breaks, escape sequences (ESC, CSI) and the C1 controls.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TERMINAL_UNSAFE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Untrusted text for a terminal: one line, no escape sequence, no bidi override. */
export function terminalText(text: string): string {
  return text.replace(TERMINAL_UNSAFE, '\uFFFD');
}
