/**
 * A mistake in what the user gave us (a file, a config, an input, the environment), as opposed to a bug.
 * Its message is one line, shown as-is, with no stack trace; the process exits 2.
 * Anything that is not a UserError is a bug and is shown with its context.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  /** Where the mistake is, when it has a place: shown as `file:line:column` and as a workflow annotation. */
  readonly location: SourceLocation | undefined;

  constructor(message: string, location?: SourceLocation) {
    super(message.replace(/\s*\n\s*/g, ' '));
    this.location = location;
  }
}

export interface SourceLocation {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

export const ExitCode = {
  passed: 0,
  verdictFailed: 1,
  badInput: 2,
  internalError: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
