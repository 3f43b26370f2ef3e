/** The primary limit GitHub gives a GITHUB_TOKEN: 1,000 requests per hour per repository (REST docs). */
export const GITHUB_TOKEN_RATE_LIMIT = 1000;
const WINDOW_SECONDS = 3600;

export interface RateLimitSnapshot {
  readonly limit: number;
  readonly remaining: number;
  readonly used: number;
  /** Epoch seconds when the window resets. */
  readonly reset: number;
}

/** Counts requests per token in hourly windows, for the `x-ratelimit-*` headers and `GET /rate_limit`. */
export class RateLimitTracker {
  private readonly windows = new Map<string, { reset: number; used: number }>();

  /** Counts one request by `key` and returns the state after it. */
  count(key: string, nowMs = Date.now()): RateLimitSnapshot {
    const window = this.current(key, nowMs);
    window.used += 1;
    return this.snapshot(window);
  }

  peek(key: string, nowMs = Date.now()): RateLimitSnapshot {
    return this.snapshot(this.current(key, nowMs));
  }

  private current(key: string, nowMs: number): { reset: number; used: number } {
    const now = Math.floor(nowMs / 1000);
    const existing = this.windows.get(key);
    if (existing !== undefined && existing.reset > now) return existing;
    const fresh = { reset: now + WINDOW_SECONDS, used: 0 };
    this.windows.set(key, fresh);
    return fresh;
  }

  private snapshot(window: { reset: number; used: number }): RateLimitSnapshot {
    return {
      limit: GITHUB_TOKEN_RATE_LIMIT,
      remaining: Math.max(0, GITHUB_TOKEN_RATE_LIMIT - window.used),
      used: window.used,
      reset: window.reset,
    };
  }
}

export function rateLimitHeaders(snapshot: RateLimitSnapshot): Record<string, string> {
  return {
    'x-ratelimit-limit': String(snapshot.limit),
    'x-ratelimit-remaining': String(snapshot.remaining),
    'x-ratelimit-reset': String(snapshot.reset),
    'x-ratelimit-used': String(snapshot.used),
    'x-ratelimit-resource': 'core',
  };
}
