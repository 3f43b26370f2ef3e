/**
 * What a report is about. Every report names its subject so that a report travelling between workflows
 * (an artifact from a fork's run, read by a workflow_run job) can be checked against the event that carries it.
 */
export interface ReportSubject {
  /** `owner/name`, when known (absent for a local CLI run outside a repository). */
  readonly repository?: string;
  /** The commit the verdict is about: the pull request's head SHA, or the pushed commit. */
  readonly sha?: string;
  readonly pullRequest?: number;
  /** The workflow run that produced the report, to link to it and to order concurrent runs. */
  readonly runId?: number;
  readonly runAttempt?: number;
}

/** Stamped into every report so a reader can refuse a report from an incompatible mlgate. */
export const MLGATE_VERSION = '0.1.0';

/** A git commit: SHA-1, or SHA-256 in repositories that use it. */
export const COMMIT_SHA_SCHEMA = { type: 'string', pattern: '^[0-9a-f]{40}([0-9a-f]{24})?$' } as const;

/** The `subject` of every report kind's JSON Schema: one fragment, so the kinds cannot drift apart. */
export const SUBJECT_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    repository: { type: 'string', pattern: '^[^/\\s]+/[^/\\s]+$' },
    sha: COMMIT_SHA_SCHEMA,
    pullRequest: { type: 'integer', minimum: 1 },
    runId: { type: 'integer', minimum: 1 },
    runAttempt: { type: 'integer', minimum: 1 },
  },
} as const;
