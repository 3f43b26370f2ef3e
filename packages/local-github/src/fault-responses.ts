import {
  GitHubHttpError,
  SECONDARY_RATE_LIMIT_DOCUMENTATION_URL,
  errorBody,
} from './github-error-responses.js';
import type { Fault } from './fault-injection.js';

/** The error a fault answers with instead of the route, or undefined for faults that let the route run. */
export function faultError(fault: Fault, requestId: string, nowMs: number): GitHubHttpError | undefined {
  switch (fault.kind) {
    case 'status':
      return new GitHubHttpError(fault.status, errorBody(fault.status, fault.message ?? 'Server Error'));
    case 'secondary-rate-limit':
      return new GitHubHttpError(
        403,
        errorBody(
          403,
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach ' +
            `out to GitHub Support for help, please include the request ID ${requestId}.`,
          SECONDARY_RATE_LIMIT_DOCUMENTATION_URL,
        ),
        { headers: { 'retry-after': String(fault.retryAfterSeconds ?? 60) } },
      );
    case 'rate-limit-429': {
      const reset = Math.ceil(nowMs / 1000) + (fault.resetAfterSeconds ?? 1);
      return new GitHubHttpError(
        429,
        errorBody(
          429,
          'API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include ' +
            `the request ID ${requestId}.`,
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
        ),
        {
          headers: {
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset': String(reset),
            'retry-after': String(fault.resetAfterSeconds ?? 1),
          },
        },
      );
    }
    default:
      return undefined;
  }
}

/** GitHub's 502 when what is behind its front end fails (the upload operation's description names it). */
export const badGateway = (): GitHubHttpError => new GitHubHttpError(502, errorBody(502, 'Bad Gateway'));

/** Removes `field` (from the object, or from each item of an array) to simulate a broken GitHub response. */
export function withoutField(body: unknown, field: string): unknown {
  const strip = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    const { [field]: _dropped, ...rest } = value as Record<string, unknown>;
    return rest;
  };
  return Array.isArray(body) ? body.map(strip) : strip(body);
}
