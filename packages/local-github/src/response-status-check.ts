import type { SpecOperation } from './openapi-validator.js';

/**
 * Statuses GitHub answers on any operation, whatever the description lists for it: each operation's
 * `responses` names only its own outcomes, not the ones every request can meet. Anything else an operation
 * does not declare is a response GitHub would never send. 304 is not among them: GitHub sends it only to a
 * conditional request (`If-None-Match`, `If-Modified-Since`), and this server sends no ETags to make one.
 */
export const STATUSES_ANY_OPERATION_MAY_ANSWER: ReadonlyMap<number, string> = new Map([
  [
    401,
    'missing or invalid credentials (GitHub REST docs, "Authenticating to the REST API": failed login limit)',
  ],
  [
    403,
    'a primary or secondary rate limit, or a token without the permission (GitHub REST docs, "Troubleshooting ' +
      'the REST API": rate limit errors, resource not accessible; "Authenticating to the REST API")',
  ],
  [
    404,
    'a resource that does not exist or that the token may not see (GitHub REST docs, "Troubleshooting the ' +
      'REST API": 404 Not Found for an existing resource)',
  ],
  [
    429,
    'a primary or secondary rate limit (GitHub REST docs, "Troubleshooting the REST API": rate limit errors)',
  ],
  [
    500,
    'a request GitHub gave up on after 10 seconds, "Server Error" (GitHub REST docs, "Troubleshooting the ' +
      'REST API": timeouts)',
  ],
  [
    502,
    'Bad Gateway from GitHub’s front end in an incident (reported: octokit/request.js#52, renovatebot/renovate#513)',
  ],
  [503, 'GitHub unavailable: the description declares it (`service_unavailable`) on dozens of operations'],
  [504, 'Gateway Timeout from GitHub’s front end in an incident (reported: octobox/octobox#759)'],
]);

/**
 * GitHub's statuses for refusing a request's parameters, on any operation that takes some (GitHub REST docs,
 * "Troubleshooting the REST API": problems parsing JSON, body should be a JSON object, invalid request,
 * validation failed). Allowed only for those refusals (`refusesParameters`), not for a 400 or 422 an operation
 * answers for its own reasons, which it must declare.
 */
export const STATUSES_OF_REFUSED_REQUESTS: ReadonlySet<number> = new Set([400, 422]);

/** HTTP forbids content on these (RFC 9110, 15.3.5 and 15.4.5), whatever the description says. */
export const BODILESS_STATUSES: ReadonlySet<number> = new Set([204, 304]);

export interface AnsweredResponse {
  readonly status: number;
  readonly hasBody: boolean;
  /** The answer is one of GitHub's generic refusals of the request's parameters (`refusesParameters`). */
  readonly refusedRequest: boolean;
}

/** Why GitHub would never send this status, or this status with or without a body, for `operation`. */
export function responseStatusProblems(operation: SpecOperation, answer: AnsweredResponse): string[] {
  const { status, hasBody, refusedRequest } = answer;
  const declared = operation.responseStatuses.includes(String(status));
  const allowed =
    declared ||
    STATUSES_ANY_OPERATION_MAY_ANSWER.has(status) ||
    (refusedRequest && STATUSES_OF_REFUSED_REQUESTS.has(status));
  const problems: string[] = [];
  if (!allowed) {
    problems.push(
      `status ${status} is not declared for this operation (it declares ${operation.responseStatuses.join(', ')})`,
    );
  }
  if (hasBody && BODILESS_STATUSES.has(status)) problems.push(`a ${status} response must have no body`);
  if (!hasBody && declared && operation.responseStatusesWithBody.includes(String(status))) {
    problems.push(`the description gives a ${status} response a body, and this one has none`);
  }
  return problems;
}
