import { describe, expect, it } from '@jest/globals';
import { describeGitHubFailure, networkFailureCode } from './github-failure.js';
import { RetryLedger, nextRetryWaitMs, retryVerdict } from './retry-budget.js';

/** Octokit's error for a request that got no answer: status 500, no response, the fetch failure as cause. */
function noAnswer(code: string, method = 'GET', url = 'https://api.github.com/repos/o/r') {
  const cause = Object.assign(new TypeError('fetch failed'), {
    cause: Object.assign(new Error(code), { code }),
  });
  return Object.assign(new Error(`connect ${code}`), {
    name: 'HttpError',
    status: 500,
    cause,
    request: { method, url },
  });
}

const answered = (status: number) =>
  Object.assign(new Error('Server Error'), {
    name: 'HttpError',
    status,
    response: { data: {} },
    request: { method: 'GET', url: 'https://api.github.com/repos/o/r?page=2' },
  });

describe('the retry budget', () => {
  it('charges failed tries and waits, and refuses a wait that would overrun it', () => {
    const ledger = new RetryLedger(1000);
    ledger.spend(600);
    expect(ledger.reserve(300)).toBe(true);
    expect(ledger.reserve(200)).toBe(false);
    expect(ledger.spent).toBe(900);
  });

  it('backs off as octokit does: (n+1)² × base', () => {
    expect([0, 1, 2].map((count) => nextRetryWaitMs(count, 1000))).toEqual([1000, 4000, 9000]);
  });
});

describe('which failed tries are tried again', () => {
  it('an address nobody listens at: once', () => {
    expect(retryVerdict(noAnswer('ECONNREFUSED'), 'GET', 0)).toBe('backoff');
    expect(retryVerdict(noAnswer('ENOTFOUND'), 'GET', 1)).toBe('final');
  });

  it('a lost answer: a read again, a create never (it may have landed)', () => {
    expect(retryVerdict(noAnswer('ECONNRESET'), 'GET', 2)).toBe('backoff');
    expect(retryVerdict(noAnswer('ETIMEDOUT', 'PATCH'), 'PATCH', 0)).toBe('backoff');
    expect(retryVerdict(noAnswer('ETIMEDOUT', 'POST'), 'POST', 0)).toBe('final');
    expect(retryVerdict(noAnswer('ECONNRESET', 'POST', 'https://api.github.com/graphql'), 'POST', 0)).toBe(
      'backoff',
    );
  });

  it('a 5xx answer backs off; a 4xx is the plugins’ to judge', () => {
    expect(retryVerdict(answered(502), 'POST', 0)).toBe('backoff');
    expect(retryVerdict(answered(403), 'GET', 0)).toBe('plugins');
  });
});

describe('the one line a GitHub failure gets', () => {
  it('names the code and the address when GitHub never answered', () => {
    expect(networkFailureCode(answered(500))).toBeUndefined();
    expect(describeGitHubFailure(noAnswer('ECONNREFUSED'))).toBe(
      'cannot reach GitHub at https://api.github.com: ECONNREFUSED (GET https://api.github.com/repos/o/r)',
    );
  });

  it('says what GitHub answered, without the query', () => {
    expect(describeGitHubFailure(answered(503))).toBe(
      'GitHub answered 503 to GET https://api.github.com/repos/o/r: Server Error',
    );
  });

  it('leaves other errors to the internal-error path', () => {
    expect(describeGitHubFailure(new TypeError('x is undefined'))).toBeUndefined();
    expect(describeGitHubFailure(Object.assign(new Error('disk full'), { code: 'ENOSPC' }))).toBeUndefined();
  });
});
