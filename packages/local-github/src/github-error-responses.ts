import type { ErrorObject } from 'ajv';

/** Where GitHub points when no operation is more specific (its 404 and 401 bodies). */
export const REST_DOCUMENTATION_URL = 'https://docs.github.com/rest';
/** GitHub's own link in secondary-rate-limit bodies. */
export const SECONDARY_RATE_LIMIT_DOCUMENTATION_URL =
  'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits';

/** One entry of a 422 body's `errors`; `code` values are those GitHub documents for validation failures. */
export interface ValidationErrorEntry {
  readonly resource: string;
  /** Absent from some of GitHub's `custom` errors (a refusal of the whole resource, not of one field). */
  readonly field?: string;
  readonly code: 'missing_field' | 'invalid' | 'already_exists' | 'missing' | 'unprocessable' | 'custom';
  readonly message?: string;
}

export interface GitHubErrorBody {
  readonly message: string;
  readonly documentation_url: string;
  readonly status: string;
  readonly errors?: readonly ValidationErrorEntry[];
}

/**
 * An answer other than success, as GitHub shapes it. Route handlers throw it; the server sends it.
 * `violation` marks a request GitHub rejects for breaking its rules (not a missing thing or a conflict), so
 * tests can assert a client never sends one.
 */
export class GitHubHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: GitHubErrorBody,
    readonly options: {
      readonly violation?: boolean;
      /**
       * A refusal of the request's parameters for what they name (a ref, a workflow's inputs), not for their
       * shape: GitHub's generic 422, allowed on any operation that takes parameters, though not a violation.
       */
      readonly refusesParameters?: boolean;
      readonly headers?: Record<string, string>;
    } = {},
  ) {
    super(`${status} ${body.message}`);
    this.name = 'GitHubHttpError';
  }
}

export function errorBody(
  status: number,
  message: string,
  documentationUrl = REST_DOCUMENTATION_URL,
  errors?: readonly ValidationErrorEntry[],
): GitHubErrorBody {
  return {
    message,
    documentation_url: documentationUrl,
    status: String(status),
    ...(errors === undefined ? {} : { errors }),
  };
}

/**
 * How uploads.github.com shapes an error: the request id after the message, the generic documentation link,
 * no `status` (the 422 already_exists body of @octokit/fixtures' release-assets-conflict; the immutable
 * release refusal quoted in concourse/github-release-resource#151, 2026).
 */
export function uploadsErrorBody(body: GitHubErrorBody, requestId: string): Record<string, unknown> {
  return {
    message: body.message,
    request_id: requestId,
    documentation_url: REST_DOCUMENTATION_URL,
    ...(body.errors === undefined ? {} : { errors: body.errors }),
  };
}

export const notFound = (documentationUrl = REST_DOCUMENTATION_URL): GitHubHttpError =>
  new GitHubHttpError(404, errorBody(404, 'Not Found', documentationUrl));

export const problemsParsingJson = (documentationUrl: string): GitHubHttpError =>
  new GitHubHttpError(400, errorBody(400, 'Problems parsing JSON', documentationUrl), { violation: true });

const VALIDATION_FAILED = 'Validation Failed';

export function validationFailed(
  documentationUrl: string,
  errors: readonly ValidationErrorEntry[],
  options: { readonly violation?: boolean } = { violation: true },
): GitHubHttpError {
  return new GitHubHttpError(422, errorBody(422, VALIDATION_FAILED, documentationUrl, errors), options);
}

/**
 * One of GitHub's generic refusals of a request's parameters, which it answers on any operation that takes
 * some (GitHub REST docs, "Troubleshooting the REST API"): a request breaking its rules (400 or 422), or
 * parameters clashing with what exists (422 Validation Failed, `already_exists`).
 */
export function refusesParameters(error: GitHubHttpError): boolean {
  return (
    error.options.violation === true ||
    error.options.refusesParameters === true ||
    (error.status === 422 && error.body.message === VALIDATION_FAILED)
  );
}

/** A state conflict (`already_exists`): GitHub's answer, but not a broken client. */
export const alreadyExists = (documentationUrl: string, resource: string, field: string): GitHubHttpError =>
  validationFailed(documentationUrl, [{ resource, field, code: 'already_exists' }], { violation: false });

function fieldOf(error: ErrorObject, section: string): string {
  const below = error.instancePath.slice(section.length + 1).replace(/\//g, '.');
  const missing = error.keyword === 'required' ? String(error.params['missingProperty'] ?? '') : '';
  return [below, missing].filter((part) => part !== '').join('.');
}

/** Schema errors as GitHub lists them: one entry per field, `missing_field` for absent ones, else `invalid`. */
export function schemaErrorsToEntries(
  errors: readonly ErrorObject[],
  resource: string,
): ValidationErrorEntry[] {
  const entries = new Map<string, ValidationErrorEntry>();
  for (const error of errors) {
    const section = /^\/(requestBody|query|path|headers)/.exec(error.instancePath)?.[0] ?? '';
    const field = fieldOf(error, section) || section.slice(1) || 'body';
    if (entries.has(field)) continue;
    entries.set(field, {
      resource,
      field,
      code: error.keyword === 'required' ? 'missing_field' : 'invalid',
      ...(error.message === undefined ? {} : { message: `${field} ${error.message}` }),
    });
  }
  return [...entries.values()];
}
