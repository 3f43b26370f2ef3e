import picomatch from 'picomatch';

/**
 * Metric-name globs, matched with picomatch over dotted names: `.` separates segments the way `/` separates
 * path segments, so `*` matches within one segment (`per_class.*.recall` matches `per_class.cat.recall`, not
 * `per_class.cat.top1.recall`) and `**` crosses segments (`per_class.**` matches both; `a.**.b` also matches
 * `a.b`). `?`, `[abc]` and `{a,b}` work as in picomatch. A `/` inside a name is an ordinary character.
 */
export interface MetricGlob {
  readonly pattern: string;
  /** Tests a name already put through `toGlobSubject` (done once per metric, not once per rule). */
  readonly test: (subject: string) => boolean;
  /** Higher is more specific: [segments without wildcards, characters outside wildcards]. */
  readonly specificity: readonly [number, number];
}

// picomatch's path separator is `/`; swapping `.` and `/` lets it treat dots as separators and slashes as text.
const SWAP: Readonly<Record<string, string>> = { '.': '/', '/': '.' };
export function toGlobSubject(name: string): string {
  return name.replace(/[./]/g, (char) => SWAP[char]!);
}

export function isMetricGlob(pattern: string): boolean {
  return picomatch.scan(pattern).isGlob;
}

const WILDCARD_CHARACTERS = /[*?[\]{}()!+@|]/g;

export function compileMetricGlob(pattern: string): MetricGlob {
  const matcher = picomatch(toGlobSubject(pattern), { dot: true });
  const segments = pattern.split('.');
  const literalSegments = segments.filter((segment) => !isMetricGlob(segment)).length;
  const literalCharacters = pattern.replace(WILDCARD_CHARACTERS, '').length;
  return { pattern, test: (subject) => matcher(subject), specificity: [literalSegments, literalCharacters] };
}

/** Orders globs most specific first; equal specificity keeps declaration order (Array.prototype.sort is stable). */
export function bySpecificity(a: MetricGlob, b: MetricGlob): number {
  return b.specificity[0] - a.specificity[0] || b.specificity[1] - a.specificity[1];
}
