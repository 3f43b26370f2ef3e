/**
 * A request GitHub refused or failed, after the client's retries: the service or the token, not a bug in
 * mlgate, so it is reported as the environment (exit 2) in one line naming the request, never as an
 * internal error with a stack.
 */
export function describeGitHubFailure(error: unknown): string | undefined {
  const failure = error as {
    name?: string;
    status?: number;
    message?: string;
    request?: { method?: string; url?: string };
  };
  if (failure?.name !== 'HttpError' || failure.request === undefined || typeof failure.status !== 'number') {
    return undefined;
  }
  const url = (failure.request.url ?? '').replace(/\?.*$/, '');
  const message = (failure.message ?? '').split('\n')[0]!.slice(0, 300);
  return `GitHub answered ${failure.status} to ${failure.request.method ?? 'a request'} ${url}: ${message}`;
}

/** The HTTP status of a failed GitHub request (octokit's errors and the transfers' carry one), if any. */
export function httpStatusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
