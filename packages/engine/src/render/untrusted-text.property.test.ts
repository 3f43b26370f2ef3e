import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { escapeUntrusted, escapeUntrustedCell } from './untrusted-text.js';

/**
 * The escaper judged on what GitHub shows, not on the Markdown text: any string, escaped and put where the
 * renderers put untrusted text, is rendered by a GFM renderer (micromark with the GFM extensions, raw HTML
 * let through as GitHub does before sanitising), and the HTML must hold no link, image or tag from the input,
 * no mention or issue reference, no bidi control, the template's own structure, and the input's text.
 */

const render = (markdown: string): string =>
  micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });

/** Where the renderers put untrusted text (report-document.ts, comparison-sections.ts, validation-sections.ts). */
interface Context {
  readonly name: string;
  readonly markdown: (text: string) => string;
  /** The cap of each place the text goes, in order. */
  readonly caps: readonly number[];
  /** Bold needs text that neither starts nor ends with a space (file names); elsewhere anything goes. */
  readonly bold?: true;
}

const inline = (max: number) => (text: string) => escapeUntrusted(text, max);
const cell = (max: number) => (text: string) => escapeUntrustedCell(text, max);

const CONTEXTS: readonly Context[] = [
  {
    name: 'a paragraph',
    markdown: (t) => `12 rows checked · schema: ${inline(120)(t)} (table-schema)\n\nafter\n`,
    caps: [120],
  },
  { name: 'a list item', markdown: (t) => `- ⚠️ ${inline(300)(t)}\n- next\n`, caps: [300] },
  {
    name: 'bold in a list item',
    markdown: (t) => `- ✅ **${inline(60)(t)}**: ${inline(200)(t)}\n`,
    caps: [60, 200],
    bold: true,
  },
  { name: 'a heading', markdown: (t) => `## ✅ ${inline(100)(t)}: passed\n\nafter\n`, caps: [100] },
  {
    name: 'a third-level heading',
    markdown: (t) => `### ❌ model: ${inline(200)(t)}\n\nafter\n`,
    caps: [200],
  },
  {
    name: 'a table cell',
    markdown: (t) =>
      `| File | Row | Value |\n| --- | ---: | --- |\n| ${cell(120)(t)} | 3 | ${cell(80)(t)} |\n| x | 4 | y |\n`,
    caps: [120, 80],
  },
  {
    name: 'a table cell inside <details>',
    markdown: (t) =>
      `<details><summary>**2 regressions**</summary>\n\n| Status | Metric | Why |\n| --- | --- | --- |\n| ❌ | ${cell(120)(t)} | ${cell(160)(t)} |\n\n</details>\n\nafter\n`,
    caps: [120, 160],
  },
];

/** A placeholder no escaper changes: rendering the template with it gives the tags the template makes. */
const PLACEHOLDER = 'PLACEHOLDER';

const tagsOf = (html: string): string[] => html.match(/<\/?[a-zA-Z][^>]*>/g) ?? [];

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot);/gi, (_, entity: string) => {
    if (entity[0] === '#')
      return String.fromCodePoint(
        entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)),
      );
    return { amp: '&', lt: '<', gt: '>', quot: '"' }[entity.toLowerCase()]!;
  });
}

/** The text of rendered HTML, one segment per element (`|` between), before any whitespace folding. */
const rawText = (html: string): string => decodeEntities(html.replace(/<[^>]*>/g, '\u0001'));

/** Markdown's whitespace folding and trimming, undone alike on what is rendered and on what is expected. */
const folded = (text: string): string =>
  text
    .replaceAll('\u200B', '') // the escaper's own word breaks
    .replace(/[ \t\n\r]+/g, ' ')
    .replaceAll(' \u0001', '\u0001')
    .replaceAll('\u0001 ', '\u0001')
    .split('\u0001')
    .filter((segment) => segment !== '')
    .join('|')
    .trim();

// What the escaper documents it changes, written out independently: control characters and bidi
// overrides/isolates become U+FFFD, line breaks and tabs become spaces, and the text is capped.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;

function shownText(text: string, max: number): string {
  const points = Array.from(text.replace(CONTROLS, '\uFFFD'));
  const capped = points.length <= max ? points.join('') : `${points.slice(0, max - 1).join('')}…`;
  return capped.replace(/[\n\r\t]/g, ' ');
}

/** The text the template shows with `text` in it, each occurrence capped as its renderer caps it. */
function expectedText(context: Context, text: string): string {
  let occurrence = 0;
  const template = rawText(render(context.markdown(PLACEHOLDER)));
  return folded(template.replaceAll(PLACEHOLDER, () => shownText(text, context.caps[occurrence++]!)));
}

// ---------------------------------------------------------------------------------------------------------
// Hostile strings.

const TOKENS = [
  '@',
  '@octocat',
  '@org/team',
  '#',
  '#123',
  'GH-12',
  '<',
  '>',
  '&',
  '&#64;',
  '&#x40;',
  '&commat;',
  '&#35;',
  '&amp;',
  '&lt;img src=x&gt;',
  'http://evil.example',
  'https://evil.example/x?y=1',
  'www.evil.com',
  'WWW.EVIL.COM',
  '_www.evil.com',
  'javascript:alert(1)',
  'mailto:a@b.co',
  'a@b.co',
  'xmpp:a@b.co',
  '![',
  '](',
  '](http://x)',
  ')',
  '[',
  ']',
  '[x]: http://evil.example',
  '`',
  '```',
  '|',
  '\\',
  '\\|',
  '*',
  '**',
  '_',
  '~',
  '~~',
  '<img src=x onerror=alert(1)>',
  '<a href="http://x">',
  '<script>',
  '</details>',
  '<!--',
  '-->',
  '<https://evil.example>',
  '<a@b.co>',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '\t',
  ' ',
  '    ',
  '-',
  '+',
  '=',
  '1.',
  '> ',
  ':',
  '://',
  '.',
  '\0',
  '\u001b[31m',
  'x',
  'foo',
  '12',
];

const hostile = fc.oneof(
  fc
    .array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: 'binary', maxLength: 3 })), {
      maxLength: 12,
    })
    .map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

// ---------------------------------------------------------------------------------------------------------

function checkRendering(context: Context, text: string): void {
  const html = render(context.markdown(text));
  const template = render(context.markdown(PLACEHOLDER));
  // Only the template's own tags, in its order: no link, image or raw HTML from the text, no extra table
  // cell from a `|`, no row, list item or paragraph from a line break.
  expect(tagsOf(html)).toEqual(tagsOf(template));
  const textNodes = decodeEntities(html.replace(/<[^>]*>/g, ' '));
  // GitHub links `@name` and `#12` in the HTML's text nodes (where `&#64;` is `@` again).
  expect(textNodes).not.toMatch(/@[\w-]/);
  expect(textNodes).not.toMatch(/#\d/);
  expect(textNodes).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  expect(folded(rawText(html))).toBe(expectedText(context, text));
}

describe('untrusted text rendered by a GFM renderer', () => {
  it.each(CONTEXTS.map((c) => [c.name, c] as const))(
    'in %s: the counterexamples found so far',
    (_, context) => {
      // `_www.` escaped is `\_www.`: no word boundary before the w's, so no word break, and GFM autolinks a
      // www. that follows `_` (found by the property below).
      for (const text of ['_www.evil.com', 'x_WWW.evil.com']) checkRendering(context, text);
    },
  );

  it.each(CONTEXTS.map((c) => [c.name, c] as const))(
    'in %s: no link, image, tag, mention or bidi control; the same text',
    (_, context) => {
      fc.assert(
        fc.property(hostile, (text) => {
          fc.pre(context.bold !== true || /^\S(.*\S)?$/su.test(shownText(text, 60)));
          checkRendering(context, text);
        }),
        { numRuns: 400 },
      );
    },
  );
});
