import type { TemporalPattern } from './check-plan.js';

/**
 * Temporal values as numbers, for bounds and enums compiled at schema-compile time. The worker kernel has its
 * own copies of these formulas (it must be self-contained); csv-kernel.test.ts pins that both agree.
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

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIME = /^(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?$/;
const ISO_DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$/;

export function isoDateToDays(text: string): number | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return daysFromCivil(y, mo, d);
}

export function isoTimeToSeconds(text: string): number | undefined {
  const m = ISO_TIME.exec(text);
  if (!m) return undefined;
  const [h, mi, s] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (h > 23 || mi > 59 || s > 60) return undefined;
  return h * 3600 + mi * 60 + s + (m[4] ? Number(`0.${m[4]}`) : 0);
}

export function isoDatetimeToMillis(text: string): number | undefined {
  const m = ISO_DATETIME.exec(text);
  if (!m) return undefined;
  const days = isoDateToDays(`${m[1]}-${m[2]}-${m[3]}`);
  const seconds = isoTimeToSeconds(`${m[4]}:${m[5]}:${m[6]}${m[7] ? `.${m[7]}` : ''}`);
  if (days === undefined || seconds === undefined) return undefined;
  const offset = m[9] ? (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11])) * 60 : 0;
  return (days * 86400 + seconds - offset) * 1000;
}

/** Table Schema `format` patterns for temporal fields: `%Y-%m-%d`, `%d/%m/%y %H:%M`, … */
export function compileTemporalPattern(format: string): TemporalPattern | undefined {
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
