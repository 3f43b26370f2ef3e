import { clientLimits, type GitHubClient } from '../../github-client.js';
import { httpStatusOf } from '../../github-failure.js';

/** A rate limit's answer: 429, or 403 with GitHub's secondary-rate-limit message. */
function rateLimitWaitSeconds(error: unknown): number | undefined {
  const status = httpStatusOf(error);
  const { message } = error as { message?: unknown };
  const secondary = status === 403 && typeof message === 'string' && /\bsecondary rate\b/i.test(message);
  if (status !== 429 && !secondary) return undefined;
  const headers = (error as { response?: { headers?: Record<string, unknown> } }).response?.headers ?? {};
  const retryAfter = Number(headers['retry-after']);
  if (Number.isFinite(retryAfter) && retryAfter >= 0) return retryAfter;
  const reset = Number(headers['x-ratelimit-reset']);
  return Number.isFinite(reset) ? Math.max(0, Math.ceil(reset - Date.now() / 1000)) : 60;
}

/**
 * How long to wait before trying a release transfer again, or undefined to give up now. The transfers
 * stream past octokit, so they keep its rules here: a 5xx or a lost connection backs off (doubling from
 * `backoffMs`), a rate limit waits what GitHub says (a minute at most), and all of it is charged to the
 * client's retry budget. Anything else (a 4xx) is final.
 */
export function transferRetryWaitMs(
  client: GitHubClient,
  error: unknown,
  triesDone: number,
  backoffMs: number,
): number | undefined {
  const limits = clientLimits(client);
  const status = httpStatusOf(error);
  const rateLimit = rateLimitWaitSeconds(error);
  let wait: number;
  if (rateLimit !== undefined) {
    if (rateLimit > 60) return undefined;
    wait = rateLimit * limits.rateLimitSecondMs;
  } else if (status === undefined || status >= 500) {
    wait = backoffMs * 2 ** (triesDone - 1);
  } else {
    return undefined;
  }
  return limits.ledger.reserve(wait) ? wait : undefined;
}
