import type { Octokit } from '@octokit/core';
import { RetryLedger, isFinal, markFinal, nextRetryWaitMs, retryVerdict } from './retry-budget.js';

/** The octokit mlgate uses: REST methods, pagination, retries and throttling. */
export type GitHubClient = Awaited<ReturnType<typeof createGitHubClient>>;

export interface GitHubClientOptions {
  readonly token: string;
  /** Defaults to GITHUB_API_URL (GitHub Enterprise Server, a local server), then api.github.com. */
  readonly baseUrl?: string;
  /** Retries of a 5xx or network failure; 4xx other than rate limits are final. */
  readonly retries?: number;
  /** First retry waits this long, the n-th (n+1)² times it: octokit's own backoff, scaled for tests. */
  readonly retryBaseMs?: number;
  /** How often one request may wait out a primary or secondary rate limit before giving up. */
  readonly rateLimitRetries?: number;
  /** Longest wait for a rate limit we accept; a longer `retry-after` fails fast instead of stalling a job. */
  readonly maxRateLimitWaitSeconds?: number;
  /** How long one second of a `retry-after` or a rate-limit reset lasts: 1000, shrunk by tests. */
  readonly rateLimitSecondMs?: number;
  /**
   * Longest one request may go without its whole answer before it is abandoned (and retried, unless it
   * created something GitHub may have made anyway). Octokit has no timeout: a hung connection would hang
   * the step until the job's own timeout, hours later. Default: MLGATE_GITHUB_TIMEOUT_SECONDS, else 60 s.
   */
  readonly requestTimeoutMs?: number;
  /**
   * Most time all retries of this client may spend together, failed tries and waits included: a step never
   * spends longer than this retrying, whatever GitHub does. Default: MLGATE_GITHUB_RETRY_BUDGET_SECONDS,
   * else 300 s.
   */
  readonly retryBudgetMs?: number;
  /**
   * Least time between two writes of this client. GitHub asks for a second between content-creating
   * requests (REST best practices) and the throttling plugin keeps it; tests shrink it.
   */
  readonly writeSpacingMs?: number;
  /** Where the defaults above are read from; process.env unless given. */
  readonly env?: NodeJS.ProcessEnv;
  /**
   * Where rate-limit notices go: a workflow warning in an action, stderr for the CLI. Passed in, so the
   * CLI's bundle never loads @actions/core (and the HTTP stack it drags in) just to start.
   */
  readonly warn: (message: string) => void;
}

/** What the release transfers, which bypass octokit, need to keep the same bounds. */
export interface ClientLimits {
  readonly requestTimeoutMs: number;
  /** The first wait before a retry; uploads double it from there. */
  readonly retryBaseMs: number;
  /** How long one second of a `retry-after` lasts. */
  readonly rateLimitSecondMs: number;
  readonly ledger: RetryLedger;
}

const DEFAULT_REQUEST_TIMEOUT_SECONDS = 60;
const DEFAULT_RETRY_BUDGET_SECONDS = 300;
/** The throttling plugin's spacing: 1 s between writes, 3 s between writes that notify someone. */
const WRITE_SPACING_MS = 1000;
const NOTIFYING_WRITE_SPACING_MS = 3000;

const limitsOf = new WeakMap<object, ClientLimits>();

/** The bounds a client was made with (defaults for a client made elsewhere, as tests do). */
export function clientLimits(client: object): ClientLimits {
  return (
    limitsOf.get(client) ?? {
      requestTimeoutMs: DEFAULT_REQUEST_TIMEOUT_SECONDS * 1000,
      retryBaseMs: 1000,
      rateLimitSecondMs: 1000,
      ledger: new RetryLedger(DEFAULT_RETRY_BUDGET_SECONDS * 1000),
    }
  );
}

function secondsFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  const seconds = text === undefined || text.trim() === '' ? NaN : Number(text);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : fallback) * 1000;
}

let clientCount = 0;

/**
 * The one way mlgate talks to GitHub: @actions/github's octokit (so GITHUB_API_URL and the runner's proxy
 * settings apply) with the retry and throttling plugins, each request bounded in time and all retries
 * together bounded by one budget. Loaded on first use: importing @actions/github parses the event payload
 * and loads the HTTP stack, which a run that never calls the API should not pay for. The token is not
 * masked here: every action entry masks it first thing (actions/action-runner.ts), and the CLI must not
 * print a workflow command at all.
 */
export async function createGitHubClient(options: GitHubClientOptions) {
  const { token } = options;
  if (token === '') throw new TypeError('createGitHubClient needs a token');
  const [{ getOctokit }, { retry }, { throttling }, { default: Bottleneck }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
    import('bottleneck/light.js'),
  ]);
  const env = options.env ?? process.env;
  const { warn } = options;
  const retries = options.retries ?? 3;
  const retryBaseMs = options.retryBaseMs ?? 1000;
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const maxWait = options.maxRateLimitWaitSeconds ?? 60;
  const secondMs = options.rateLimitSecondMs ?? 1000;
  const limits: ClientLimits = {
    retryBaseMs,
    rateLimitSecondMs: secondMs,
    requestTimeoutMs:
      options.requestTimeoutMs ??
      secondsFromEnv(env, 'MLGATE_GITHUB_TIMEOUT_SECONDS', DEFAULT_REQUEST_TIMEOUT_SECONDS),
    ledger: new RetryLedger(
      options.retryBudgetMs ??
        secondsFromEnv(env, 'MLGATE_GITHUB_RETRY_BUDGET_SECONDS', DEFAULT_RETRY_BUDGET_SECONDS),
    ),
  };
  const shouldWait =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const wait =
        retryCount < rateLimitRetries &&
        retryAfter <= maxWait &&
        limits.ledger.reserve(retryAfter * secondMs);
      warn(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}: ${wait ? `retrying in ${retryAfter}s` : 'giving up'}`,
      );
      return wait;
    };
  const writeSpacing = options.writeSpacingMs ?? WRITE_SPACING_MS;
  // Limiters of this client's own: the plugin's defaults are shared by every client in the process.
  const spacing = (minTime: number) => new Bottleneck.Group({ maxConcurrent: 1, minTime });
  const client = getOctokit(
    token,
    {
      ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
      retry: {
        retries,
        retryAfterBaseValue: retryBaseMs,
        // 429 is the throttling plugin's to wait out, at the time GitHub names, not at octokit's backoff.
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      },
      throttle: {
        id: `mlgate-${++clientCount}`,
        retryAfterBaseValue: secondMs,
        write: spacing(writeSpacing),
        notifications: spacing(
          options.writeSpacingMs === undefined ? NOTIFYING_WRITE_SPACING_MS : writeSpacing,
        ),
        onRateLimit: shouldWait('primary'),
        onSecondaryRateLimit: shouldWait('secondary'),
      },
    },
    // First: its hook runs innermost, once per try, inside the retries and the throttling.
    boundedTries(limits, { retries, retryBaseMs }),
    retry,
    throttling,
  );
  limitsOf.set(client, limits);
  return client;
}

interface RequestOptions {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string | number | undefined>;
  readonly request?: {
    readonly signal?: AbortSignal | null;
    readonly retryCount?: number;
    readonly retries?: number;
  };
}

/**
 * Each try gets the request timeout; a failed try is charged to the budget and made final (never retried)
 * when a retry would overrun it, when the API cannot be reached at all after one retry, or when a write
 * that may have landed lost its answer: retrying it could create a second comment, release or check run.
 */
/** The signal a request was made with, if any, per request (its options object lives as long as it). */
const callerSignals = new WeakMap<object, AbortSignal | undefined>();

function boundedTries(limits: ClientLimits, backoff: { retries: number; retryBaseMs: number }) {
  return (octokit: Octokit) => {
    octokit.hook.wrap('request', async (request, endpoint) => {
      // Errors name the request as octokit's do: the method and the expanded URL.
      const options = { ...endpoint, url: octokit.request.endpoint.parse(endpoint).url } as RequestOptions;
      const started = Date.now();
      const timeout = AbortSignal.timeout(limits.requestTimeoutMs);
      // Every hook gets this same options object (before-after-hook binds it; what a hook passes on is
      // ignored), so the try's signal is set on it, never on the `request` object it may share with the
      // client's defaults; the caller's own signal is kept for the tries after this one.
      if (!callerSignals.has(endpoint)) callerSignals.set(endpoint, endpoint.request?.signal ?? undefined);
      const own = callerSignals.get(endpoint);
      const signal = own === undefined ? timeout : AbortSignal.any([own, timeout]);
      endpoint.request = { ...endpoint.request, signal };
      try {
        const response = await request(endpoint);
        if (isCutShort(response)) throw connectionLost(options, 'the answer broke off before its end');
        return response;
      } catch (caught) {
        if (isFinal(caught)) throw caught;
        const error =
          timeout.aborted && !own?.aborted ? timedOut(options, limits.requestTimeoutMs, caught) : caught;
        limits.ledger.spend(Date.now() - started);
        const retryCount = options.request?.retryCount ?? 0;
        const verdict = retryVerdict(error, options.method, retryCount);
        if (verdict === 'final') throw markFinal(error);
        if (verdict === 'backoff') {
          const retriesLeft = (options.request?.retries ?? backoff.retries) > retryCount;
          if (retriesLeft && !limits.ledger.reserve(nextRetryWaitMs(retryCount, backoff.retryBaseMs))) {
            throw markFinal(error);
          }
        }
        throw error;
      }
    });
  };
}

/**
 * A 2xx whose JSON body broke off: octokit swallows the read error and hands back an empty string, which a
 * caller would then take for the resource and crash on.
 */
function isCutShort(response: unknown): boolean {
  const { status, data, headers } = response as {
    status: number;
    data: unknown;
    headers: Record<string, string | undefined>;
  };
  return status !== 204 && data === '' && Number(headers['content-length'] ?? '0') > 0;
}

/** Shaped as octokit's error for a request that got no answer (status 500, no response), so it is retried. */
function noAnswer(options: RequestOptions, reason: Error): Error {
  const { authorization: _token, ...headers } = options.headers ?? {};
  return Object.assign(new Error(reason.message, { cause: reason }), {
    name: 'HttpError',
    status: 500,
    request: { ...options, headers },
  });
}

function timedOut(options: RequestOptions, timeoutMs: number, cause: unknown): Error {
  const seconds = timeoutMs / 1000;
  return noAnswer(
    options,
    Object.assign(new Error(`no answer within ${seconds} s`), { code: 'ETIMEDOUT', cause }),
  );
}

function connectionLost(options: RequestOptions, message: string): Error {
  return noAnswer(options, Object.assign(new Error(message), { code: 'ECONNRESET' }));
}
