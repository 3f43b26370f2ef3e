// How the text of an action.yml becomes Markdown. Descriptions are plain text in which `code` spans are the
// one markup their authors use (GitHub shows them verbatim elsewhere), so everything outside a code span is
// escaped and the spans are kept.

/** A piece of text: inside a code span (with its backtick fence) or outside. */
interface Piece {
  readonly text: string;
  readonly code: boolean;
}

/**
 * Splits text the way CommonMark finds code spans: a run of n backticks opens one, the next run of exactly n
 * closes it; a run that is never closed is literal text.
 */
function splitCodeSpans(text: string): Piece[] {
  const pieces: Piece[] = [];
  const runs = [...text.matchAll(/`+/g)];
  let plainFrom = 0;
  for (let i = 0; i < runs.length; i++) {
    const open = runs[i]!;
    if (open.index < plainFrom) continue;
    const close = runs.slice(i + 1).find((run) => run[0].length === open[0].length);
    if (close === undefined) continue;
    pieces.push({ text: text.slice(plainFrom, open.index), code: false });
    plainFrom = close.index + close[0].length;
    pieces.push({ text: text.slice(open.index, plainFrom), code: true });
    i = runs.indexOf(close);
  }
  pieces.push({ text: text.slice(plainFrom), code: false });
  return pieces.filter((piece) => piece.text !== '');
}

/**
 * Backslash-escapes what would otherwise become markup inline: emphasis (`*`, and `_` at a word's edge, since
 * GFM ignores it inside words such as `pull_request`), HTML and autolinks (`<`), links (`[`, `]`),
 * strikethrough (`~`), entities (`&`) and escapes themselves (`\`).
 */
function escapePlain(text: string): string {
  return text.replace(/[\\*<[\]~&]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, (char) => `\\${char}`);
}

/** Plain text with code spans as inline Markdown; line breaks are left to the caller. */
export function escapeText(text: string): string {
  return splitCodeSpans(text)
    .map((piece) => (piece.code ? piece.text : escapePlain(piece.text)))
    .join('');
}

/** `text` as one code span, with a fence longer than any backtick run inside it. */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * Markdown for one table cell, which must stay on one line: line breaks become `<br>` (spaces inside a code
 * span, where a tag would show), and every `|` is escaped, code spans included (GFM splits cells first).
 */
export function tableCell(markdown: string): string {
  return splitCodeSpans(markdown.trim())
    .map((piece) => piece.text.replace(/\r?\n/g, piece.code ? ' ' : '<br>'))
    .join('')
    .replaceAll('|', '\\|');
}

/** A GFM table; prettier pads the columns afterwards. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}
