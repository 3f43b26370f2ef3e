// One hostile input and what mlgate must do with it. The corpus is data, so docs/reliability.md can count it
// by class, and each case reads as the behaviour it pins down.

/** A file a case puts in its scratch directory: text, bytes, or something that is not a regular file. */
export type CaseFile =
  | string
  | Uint8Array
  | { readonly fifo: true }
  | { readonly directory: true }
  | { readonly symlinkTo: string }
  | { readonly sparseBytes: number };

export interface ExpectedOutcome {
  /** 0 passed, 1 the verdict failed, 2 bad input, config or environment (never 3 in the corpus). */
  readonly exit: 0 | 1 | 2;
  /** What the one error line (exit 2), or the output (exit 0 and 1), must say. */
  readonly says: RegExp;
  /** The file the line names, as `file`, `file:line` or `file:line:column`. */
  readonly at?: string;
}

export interface CliCase {
  /** The class of bad input, as docs/reliability.md groups them. */
  readonly kind: string;
  readonly title: string;
  readonly files?: Readonly<Record<string, CaseFile>>;
  /** `mlgate` arguments, run in the case's scratch directory. */
  readonly argv: readonly string[];
  /** Piped to the process's stdin (otherwise stdin is empty and closed). */
  readonly stdin?: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly expect: ExpectedOutcome;
  /** Files that must not exist afterwards: an output refused or abandoned leaves nothing half-written. */
  readonly noOutput?: readonly string[];
  /** Text that must never appear in stdout or stderr (an escaping case, a secret). */
  readonly never?: readonly (string | RegExp)[];
}

export interface ActionCase {
  readonly kind: string;
  readonly title: string;
  /** `validate-data`, `compare-metrics`, `comment`, `publish-model` or `.` (the root action). */
  readonly action: string;
  readonly files?: Readonly<Record<string, CaseFile>>;
  readonly inputs: Readonly<Record<string, string>>;
  /** The event: a pull request (the default) or a push to main after a merge. */
  readonly event?: 'pull_request' | 'push';
  readonly env?: Readonly<Record<string, string>>;
  readonly expect: ExpectedOutcome;
  readonly noOutput?: readonly string[];
  readonly never?: readonly (string | RegExp)[];
}
