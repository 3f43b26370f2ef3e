import type { FieldKind, TemporalPattern } from './check-plan.js';

/**
 * Temporal values as numbers (date: days since 1970-01-01, datetime: epoch milliseconds, time: seconds since
 * midnight): one set of formulas for the bounds compiled at schema-compile time and for the cells the kernel
 * checks (checks/cell-kernel/cell-checks.ts), so a value equal to a bound compares equal.
 *
 * The `…Days`/`…Seconds`/`…Millis` forms return NaN for an invalid value and allocate nothing: they run once
 * per cell. The `…To…` forms return undefined instead, for the compilers and schema inference.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const MINUS = 45;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIME = /^(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?$/;
const ISO_DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$/;

/** An ISO date (`YYYY-MM-DD`) read straight from UTF-8 bytes [s, e), or NaN. */
export function isoDateDays(buf: Uint8Array, s: number, e: number): number {
  if (e - s !== 10 || buf[s + 4] !== MINUS || buf[s + 7] !== MINUS) return NaN;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const d = buf[s + i]! - 48;
    if (d < 0 || d > 9) return NaN;
    y = y * 10 + d;
  }
  const m1 = buf[s + 5]! - 48;
  const m2 = buf[s + 6]! - 48;
  const d1 = buf[s + 8]! - 48;
  const d2 = buf[s + 9]! - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return NaN;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return NaN;
  return daysFromCivil(y, m, d);
}

export function isoTimeSeconds(text: string): number {
  const m = ISO_TIME.exec(text);
  if (!m) return NaN;
  const h = Number(m[1]);
  const mi = Number(m[2]);
  const sec = Number(m[3]);
  if (h > 23 || mi > 59 || sec > 60) return NaN;
  return h * 3600 + mi * 60 + sec + (m[4] ? Number(`0.${m[4]}`) : 0);
}

export function isoDatetimeMillis(text: string): number {
  const m = ISO_DATETIME.exec(text);
  if (!m) return NaN;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const h = Number(m[4]);
  const mi = Number(m[5]);
  const sec = Number(m[6]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || sec > 60) return NaN;
  const offset = m[9] ? (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11])) * 60 : 0;
  return (
    (daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec + (m[7] ? Number(`0.${m[7]}`) : 0) - offset) *
    1000
  );
}

/**
 * A value in a custom strftime-like format (compileTemporalPattern below), as days for a date, seconds for a
 * time and milliseconds for anything else (a datetime); NaN when it does not fit.
 */
export function temporalPatternValue(pattern: TemporalPattern, kind: FieldKind, text: string): number {
  const m = new RegExp(pattern.source).exec(text);
  if (!m) return NaN;
  const part = (index: number, fallback: number): number => (index > 0 ? Number(m[index]) : fallback);
  let y = part(pattern.year, 1970);
  if (pattern.twoDigitYear) y += y < 69 ? 2000 : 1900;
  const mo = part(pattern.month, 1);
  const d = part(pattern.day, 1);
  const h = part(pattern.hour, 0);
  const mi = part(pattern.minute, 0);
  const sec = part(pattern.second, 0) + (pattern.fraction > 0 ? Number(`0.${m[pattern.fraction]}`) : 0);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || sec >= 61) return NaN;
  if (kind === 'date') return daysFromCivil(y, mo, d);
  if (kind === 'time') return h * 3600 + mi * 60 + sec;
  return (daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec) * 1000;
}

const orUndefined = (value: number): number | undefined => (value === value ? value : undefined);

export function isoDateToDays(text: string): number | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return daysFromCivil(y, mo, d);
}

export function isoTimeToSeconds(text: string): number | undefined {
  return orUndefined(isoTimeSeconds(text));
}

export function isoDatetimeToMillis(text: string): number | undefined {
  return orUndefined(isoDatetimeMillis(text));
}

/**
 * The first directive a format writes twice (`%Y` and `%y` are both the year), or undefined. Each directive
 * may appear once: a repeat would overwrite the first, and the RegExp a format compiles to backtracks over
 * its directives' widths, so thirty `%m` took exponential time; with each directive once the work per value
 * is bounded.
 */
export function repeatedTemporalDirective(format: string): string | undefined {
  const seen = new Set<string>();
  for (let i = 0; i < format.length; i++) {
    if (format[i] !== '%') continue;
    const directive = format[++i];
    if (directive === undefined || directive === '%') continue;
    const key = directive === 'y' ? 'Y' : directive;
    if (seen.has(key)) return directive;
    seen.add(key);
  }
  return undefined;
}

/** Table Schema `format` patterns for temporal fields: `%Y-%m-%d`, `%d/%m/%y %H:%M`, … */
export function compileTemporalPattern(format: string): TemporalPattern | undefined {
  if (repeatedTemporalDirective(format) !== undefined) return undefined;
  const groups = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, fraction: 0 };
  let twoDigitYear = false;
  let index = 0;
  let source = '^';
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c !== '%') {
      source += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      continue;
    }
    const directive = format[++i];
    const group = (key: keyof typeof groups, pattern: string): void => {
      groups[key] = ++index;
      source += `(${pattern})`;
    };
    switch (directive) {
      case 'Y':
        group('year', '\\d{4}');
        break;
      case 'y':
        group('year', '\\d{2}');
        twoDigitYear = true;
        break;
      case 'm':
        group('month', '\\d{1,2}');
        break;
      case 'd':
        group('day', '\\d{1,2}');
        break;
      case 'H':
        group('hour', '\\d{1,2}');
        break;
      case 'M':
        group('minute', '\\d{1,2}');
        break;
      case 'S':
        group('second', '\\d{1,2}');
        break;
      case 'f':
        group('fraction', '\\d{1,9}');
        break;
      case 'z':
        source += '(?:Z|[+-]\\d{2}:?\\d{2})?';
        break;
      case '%':
        source += '%';
        break;
      default:
        return undefined;
    }
  }
  return { source: `${source}$`, ...groups, twoDigitYear };
}
