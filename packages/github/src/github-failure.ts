/**
 * A request GitHub refused or failed, after the client's retries, or one that never got an answer: the
 * service, the network or the token, not a bug in mlgate, so it is reported as the environment (exit 2) in
 * one line naming the request, never as an internal error with a stack.
 */
export function describeGitHubFailure(error: unknown): string | undefined {
  const failure = error as {
    name?: string;
    status?: number;
    message?: string;
    request?: { method?: string; url?: string };
  };
  const code = networkFailureCode(error);
  if (code !== undefined && failure?.request !== undefined) {
    const url = (failure.request.url ?? '').replace(/\?.*$/, '');
    const request = `${failure.request.method ?? 'a request'} ${url}`;
    if (code === 'ETIMEDOUT')
      return `GitHub at ${originOf(url)} did not answer ${request}: ${firstLine(failure.message)}`;
    return `cannot reach GitHub at ${originOf(url)}: ${code} (${request})`;
  }
  if (failure?.name !== 'HttpError' || failure.request === undefined || typeof failure.status !== 'number') {
    return undefined;
  }
  const url = (failure.request.url ?? '').replace(/\?.*$/, '');
  return `GitHub answered ${failure.status} to ${failure.request.method ?? 'a request'} ${url}: ${firstLine(failure.message)}`;
}

function firstLine(message: string | undefined): string {
  return (message ?? '').split('\n')[0]!.slice(0, 300);
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

/** The HTTP status of a failed GitHub request (octokit's errors and the transfers' carry one), if any. */
export function httpStatusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * The system error code (ECONNREFUSED, ENOTFOUND, ECONNRESET, ETIMEDOUT…) of a request that got no answer,
 * or undefined when GitHub answered. Octokit reports such a request as status 500 with no response and the
 * fetch failure (whose own cause holds the code) as its cause; undici's codes (UND_ERR_SOCKET: the other side
 * closed) count as a reset.
 */
export function networkFailureCode(error: unknown): string | undefined {
  const failure = error as { status?: unknown; response?: unknown; code?: unknown; cause?: unknown } | null;
  if (typeof failure !== 'object' || failure === null) return undefined;
  if (failure.response !== undefined) return undefined;
  if (typeof failure.status === 'number' && failure.status !== 500) return undefined;
  let cause: unknown = failure;
  for (let depth = 0; depth < 5 && typeof cause === 'object' && cause !== null; depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && code !== '') return code.startsWith('UND_ERR') ? 'ECONNRESET' : code;
    cause = (cause as { cause?: unknown }).cause;
  }
  // Octokit's 500 without a response but with no code either: the connection failed some other way.
  return failure.status === 500 && 'cause' in failure ? 'ECONNRESET' : undefined;
}
