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
  /**
   * Where rate-limit notices go: a workflow warning in an action, stderr for the CLI. Passed in, so the
   * CLI's bundle never loads @actions/core (and the HTTP stack it drags in) just to start.
   */
  readonly warn: (message: string) => void;
}

/**
 * The one way mlgate talks to GitHub: @actions/github's octokit (so GITHUB_API_URL and the runner's proxy
 * settings apply) with the retry and throttling plugins. Loaded on first use: importing @actions/github
 * parses the event payload and loads the HTTP stack, which a run that never calls the API should not pay
 * for. The token is not masked here: every action entry masks it first thing (actions/action-runner.ts),
 * and the CLI must not print a workflow command at all.
 */
export async function createGitHubClient(options: GitHubClientOptions) {
  const { token } = options;
  if (token === '') throw new TypeError('createGitHubClient needs a token');
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
  ]);
  const { warn } = options;
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const maxWait = options.maxRateLimitWaitSeconds ?? 60;
  const shouldWait =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const wait = retryCount < rateLimitRetries && retryAfter <= maxWait;
      warn(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}: ${wait ? `retrying in ${retryAfter}s` : 'giving up'}`,
      );
      return wait;
    };
  return getOctokit(
    token,
    {
      ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
      retry: { retries: options.retries ?? 3, retryAfterBaseValue: options.retryBaseMs ?? 1000 },
      throttle: {
        onRateLimit: shouldWait('primary'),
        onSecondaryRateLimit: shouldWait('secondary'),
      },
    },
    retry,
    throttling,
  );
}
