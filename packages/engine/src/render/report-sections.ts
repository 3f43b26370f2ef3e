/**
 * A rendered report is a list of sections, each with how much it matters. When the whole does not fit a
 * surface's limit (a comment's 65,536 characters, a job summary's 1 MiB), the least important sections go
 * first; the verdict and the regressions are never dropped, only shortened, row by row, as a last resort.
 */
export interface ReportSection {
  /** What the section holds, for the note that lists what was left out: `unchanged metrics`. */
  readonly title: string;
  /** Higher survives longer; `KEEP` is never dropped. */
  readonly priority: number;
  readonly text: string;
  /** A table that may lose rows from its end when even the kept sections do not fit. */
  readonly table?: SectionTable;
}

export interface SectionTable {
  readonly head: string;
  readonly rows: readonly string[];
  readonly tail: string;
  /** The line that replaces the rows cut off: `… and 120 more regressions in the job summary`. */
  readonly more: (omitted: number) => string;
}

export const KEEP = Number.POSITIVE_INFINITY;

export type LengthUnit = 'chars' | 'utf8-bytes';

export function measure(text: string, unit: LengthUnit): number {
  return unit === 'chars' ? text.length : Buffer.byteLength(text, 'utf8');
}

export function tableSection(title: string, priority: number, table: SectionTable): ReportSection {
  return { title, priority, text: `${table.head}${table.rows.join('')}${table.tail}`, table };
}

export interface FitOptions {
  readonly maxLength: number;
  readonly unit: LengthUnit;
  /** The note added when something was left out or shortened, given the titles left out. */
  readonly note: (leftOut: readonly string[]) => string;
}

function shortened(table: SectionTable, keep: number): string {
  const omitted = table.rows.length - keep;
  const rows = table.rows.slice(0, keep).join('');
  return `${table.head}${rows}${omitted > 0 ? table.more(omitted) : ''}${table.tail}`;
}

/** The sections joined, within `maxLength`; sections keep their order, whatever is dropped. */
export function fitSections(sections: readonly ReportSection[], options: FitOptions): string {
  const { maxLength, unit } = options;
  const size = (text: string): number => measure(text, unit);
  const whole = sections.map((section) => section.text).join('');
  if (size(whole) <= maxLength) return whole;

  const texts = sections.map((section) => section.text as string | undefined);
  const leftOut: string[] = [];
  const total = (): number => texts.reduce((sum, text) => sum + (text === undefined ? 0 : size(text)), 0);
  const fits = (): boolean => total() + size(options.note(leftOut)) <= maxLength;

  // Least important first; among equals, the one further down the page.
  const droppable = sections
    .map((section, index) => ({ section, index }))
    .filter(({ section }) => section.priority !== KEEP)
    .sort((a, b) => a.section.priority - b.section.priority || b.index - a.index);
  for (const { section, index } of droppable) {
    if (fits()) break;
    texts[index] = undefined;
    leftOut.push(section.title);
  }

  // Still too long: shorten the kept tables, the last one first, keeping as many rows as fit.
  for (let index = sections.length - 1; index >= 0 && !fits(); index--) {
    const table = sections[index]!.table;
    if (table === undefined || texts[index] === undefined) continue;
    texts[index] = undefined;
    leftOut.push(`part of the ${sections[index]!.title}`);
    const room = maxLength - total() - size(options.note(leftOut));
    let low = 0;
    let high = table.rows.length;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (size(shortened(table, middle)) <= room) low = middle;
      else high = middle - 1;
    }
    texts[index] = shortened(table, low);
  }

  let body = texts.filter((text) => text !== undefined).join('');
  const note = options.note(leftOut);
  // A last resort no real report reaches: cut on a line boundary so no table row or tag is left open.
  if (size(body) + size(note) > maxLength) {
    let cut = body.slice(0, Math.max(0, maxLength - size(note)));
    while (size(cut) + size(note) > maxLength) cut = cut.slice(0, Math.floor(cut.length * 0.9));
    body = cut.slice(0, Math.max(0, cut.lastIndexOf('\n') + 1));
  }
  return `${body}${note}`;
}
