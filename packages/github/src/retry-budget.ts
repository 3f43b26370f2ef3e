import { networkFailureCode } from './github-failure.js';

/**
 * The time one client's retries may take together, failed tries and waits alike: whatever GitHub does, a
 * step stops retrying once it is spent and fails with the last error.
 */
export class RetryLedger {
  private spentMs = 0;
  constructor(readonly budgetMs: number) {}

  /** Charges time already lost (a failed try). */
  spend(ms: number): void {
    this.spentMs += ms;
  }

  /** Charges a wait before a retry if it fits; false means give up now. */
  reserve(ms: number): boolean {
    if (this.spentMs + ms > this.budgetMs) return false;
    this.spentMs += ms;
    return true;
  }

  get spent(): number {
    return this.spentMs;
  }
}

/** Octokit's own backoff before retry number `retryCount + 1` (plugin-retry: (n+1)² × base). */
export function nextRetryWaitMs(retryCount: number, retryBaseMs: number): number {
  return (retryCount + 1) ** 2 * retryBaseMs;
}

/** Codes that say nothing listens at the API's address: retried once, not for minutes. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * What to do with a failed try: `final` stops here, `backoff` lets octokit retry it (budget allowing),
 * `plugins` leaves it to the retry and throttling plugins' own rules (4xx, rate limits).
 */
export function retryVerdict(
  error: unknown,
  method: string,
  retryCount: number,
): 'final' | 'backoff' | 'plugins' {
  const failure = error as { status?: unknown; response?: unknown; request?: { url?: string } };
  const code = networkFailureCode(error);
  if (code !== undefined) {
    if (UNREACHABLE.has(code)) return retryCount >= 1 ? 'final' : 'backoff';
    // The request went out and its answer was lost: a write may have landed, and repeating it could make a
    // second comment, release or check run. The caller's re-run finds what landed and converges.
    const isGraphQL = /\/graphql$/.test(failure.request?.url ?? '');
    return method.toUpperCase() === 'POST' && !isGraphQL ? 'final' : 'backoff';
  }
  return typeof failure.status === 'number' && failure.status >= 500 ? 'backoff' : 'plugins';
}

const finals = new WeakSet<object>();

/** Makes an error one the retry plugin passes through (it retries only errors that carry their options). */
export function markFinal(error: unknown): unknown {
  if (typeof error !== 'object' || error === null) return error;
  const failure = error as { request?: Record<string, unknown> };
  if (failure.request !== undefined) failure.request = { ...failure.request, request: undefined };
  finals.add(error);
  return error;
}

export function isFinal(error: unknown): boolean {
  return typeof error === 'object' && error !== null && finals.has(error);
}
