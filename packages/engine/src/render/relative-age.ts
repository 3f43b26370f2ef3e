const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** `3 days old`, `5 hours old`; undefined for a date that does not parse or lies in the future. */
export function describeAge(isoDate: string | undefined, now: Date | undefined): string | undefined {
  if (isoDate === undefined || now === undefined) return undefined;
  const then = Date.parse(isoDate);
  if (Number.isNaN(then)) return undefined;
  const age = now.getTime() - then;
  if (age < 0) return undefined;
  if (age < HOUR_MS) return 'less than an hour old';
  if (age < DAY_MS) {
    const hours = Math.floor(age / HOUR_MS);
    return `${hours} hour${hours === 1 ? '' : 's'} old`;
  }
  const days = Math.floor(age / DAY_MS);
  return `${days} day${days === 1 ? '' : 's'} old`;
}
