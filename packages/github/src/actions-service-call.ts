/**
 * Calls into @actions/cache and @actions/artifact, bounded and watched. Both clients retry a failing service
 * for half a minute and wait on a request that never answers (their Twirp calls have no timeout); the cache
 * client also swallows every service error into a `::warning::` / `::error::` line and returns "no entry".
 */

/** How long one cache or artifact call may take before mlgate stops waiting on it. */
export const ACTIONS_SERVICE_BUDGET_MS = 120_000;

export class ActionsServiceTimeout extends Error {
  override readonly name = 'ActionsServiceTimeout';
}

/** `call`, or an ActionsServiceTimeout after `budgetMs`; the call itself is left to finish on its own. */
export async function withinBudget<T>(call: Promise<T>, budgetMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(new ActionsServiceTimeout(`${what} did not answer within ${Math.round(budgetMs / 1000)} s`)),
      budgetMs,
    );
    timer.unref();
  });
  try {
    return await Promise.race([call, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The failures @actions/cache 6.3 reports and swallows (lib/cache.js: `Failed to restore: …`,
 * `Failed to save: …`, printed with core.warning or core.error), seen while `call` runs, within `budgetMs`.
 * The lines still reach the log; this only lets mlgate tell "no entry" from "the service failed". When the
 * budget runs out the call goes on in the background, so the watch is switched off rather than unhooked if
 * something else has wrapped stdout since.
 */
export async function watchedWithinBudget<T>(
  prefix: 'Failed to restore: ' | 'Failed to save: ',
  call: () => Promise<T>,
  budgetMs: number,
  what: string,
): Promise<{ value: T; failure: string | undefined }> {
  const write = process.stdout.write;
  let failure: string | undefined;
  let watching = true;
  const pattern = new RegExp(`^::(?:warning|error)(?: [^:]*)?::${prefix}(.*)$`, 'm');
  const watch = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
    if (watching && failure === undefined) {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
      const match = pattern.exec(text);
      if (match !== null) failure = match[1]?.replaceAll('%0A', ' ').replaceAll('%25', '%');
    }
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof process.stdout.write;
  process.stdout.write = watch;
  try {
    const value = await withinBudget(call(), budgetMs, what);
    return { value, failure };
  } finally {
    watching = false;
    if (process.stdout.write === watch) process.stdout.write = write;
  }
}
