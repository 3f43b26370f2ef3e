/** Longest label shown on a chart axis or in its title, in characters. */
export const MERMAID_LABEL_MAX_CHARS = 24;

// Letters and digits of any script, spaces and a little punctuation that means nothing to Mermaid's lexer,
// to Markdown or to HTML. Everything else (quotes that would end the string, backticks and fences, `%%`
// comments, `#` entities, `<`, `;`, brackets, line breaks, bidi overrides) becomes `_`.
const UNSAFE = /[^\p{L}\p{N} _.,+\-/()]/gu;

/**
 * Untrusted text (a column name, a category value) as a label inside a Mermaid chart in a fenced block.
 * The Markdown escaper cannot serve here: Mermaid reads the text raw, and its quoted strings have no escape
 * for `"`. So the text is reduced to characters that are inert everywhere, capped (whole code points), and
 * never empty. The result goes between double quotes.
 */
export function mermaidLabel(text: string, max: number = MERMAID_LABEL_MAX_CHARS): string {
  const points = Array.from(text.replace(/\s+/g, ' ').trim().replace(UNSAFE, '_'));
  if (points.length === 0) return '(blank)';
  return points.length <= max ? points.join('') : `${points.slice(0, Math.max(1, max - 3)).join('')}...`;
}
