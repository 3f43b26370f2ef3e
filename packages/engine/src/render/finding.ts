/**
 * One problem a report wants shown where it happened: a workflow annotation on the runner, a check run
 * annotation on the pull request's files. Files are named as the report names them (relative to the working
 * directory, or absolute outside it); the publisher maps them onto the repository.
 */
export interface Finding {
  readonly level: 'error' | 'warning' | 'notice';
  readonly title: string;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

export interface ReportFindings {
  /** In the report's order: the first are worth showing first. */
  readonly findings: readonly Finding[];
  /**
   * How many problems they stand for: a validation report lists only its first errors but counts them all,
   * so a note can say how many were not shown.
   */
  readonly total: number;
}
