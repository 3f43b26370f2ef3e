// The runner's readers for the per-step command files (actions/runner src/Runner.Worker/FileCommandManager.cs).
// They run after the process exits, in this order: GITHUB_PATH, GITHUB_ENV, GITHUB_STEP_SUMMARY,
// GITHUB_STATE, GITHUB_OUTPUT. Only LF ends a line on Linux: a CR before it stays in the value.

export type RunnerOs = 'Linux' | 'Windows';

/** CreateStepSummaryCommand.AttachmentSizeLimit: the runner refuses a larger GITHUB_STEP_SUMMARY. */
export const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** Names SetEnvFileCommand refuses, compared without case. */
export const ENV_BLOCK_LIST = ['NODE_OPTIONS'] as const;

export interface KeyValueParse {
  /** Pairs in file order, up to the first error: the runner applies them as it reads. */
  readonly pairs: readonly (readonly [name: string, value: string])[];
  /** The runner's exception message, when the file is malformed. */
  readonly error?: string;
}

interface Line {
  readonly text: string;
  readonly newline: string | undefined;
}

function readLine(text: string, index: number, os: RunnerOs): { line?: Line; next: number } {
  if (index >= text.length) return { next: index };
  const lf = text.indexOf('\n', index);
  if (lf < 0) return { line: { text: text.slice(index), newline: undefined }, next: text.length };
  if (os === 'Windows') {
    const crlf = text.indexOf('\r\n', index);
    if (crlf >= 0 && crlf < lf)
      return { line: { text: text.slice(index, crlf), newline: '\r\n' }, next: crlf + 2 };
  }
  return { line: { text: text.slice(index, lf), newline: '\n' }, next: lf + 1 };
}

/** File.ReadAllText drops a UTF-8 byte order mark. */
function stripBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** EnvFileKeyValuePairs: `NAME=VALUE` split at the first `=`, or a `NAME<<DELIMITER` heredoc. */
export function parseKeyValueFile(content: string, os: RunnerOs = 'Linux'): KeyValueParse {
  const text = stripBom(content);
  const pairs: (readonly [string, string])[] = [];
  let index = 0;
  for (let read = readLine(text, index, os); read.line !== undefined; read = readLine(text, index, os)) {
    index = read.next;
    const line = read.line.text;
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      // The runner checks the whole line for emptiness here, not the name: `=value` gives an empty name.
      pairs.push([line.slice(0, equals), line.slice(equals + 1)]);
    } else if (heredoc >= 0 && (equals < 0 || heredoc < equals)) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (name === '' || delimiter === '') {
        return {
          pairs,
          error: `Invalid format '${line}'. Name must not be empty and delimiter must not be empty`,
        };
      }
      const start = index;
      let end = index;
      let value = readLine(text, index, os);
      while (value.line?.text !== delimiter) {
        if (value.line === undefined) {
          return { pairs, error: `Invalid value. Matching delimiter not found '${delimiter}'` };
        }
        if (value.line.newline === undefined) {
          return { pairs, error: 'Invalid value. EOF marker missing new line.' };
        }
        index = value.next;
        end = index - value.line.newline.length;
        value = readLine(text, index, os);
      }
      index = value.next;
      pairs.push([name, end > start ? text.slice(start, end) : '']);
    } else {
      return { pairs, error: `Invalid format '${line}'` };
    }
  }
  return { pairs };
}

/** File.ReadAllLines (CR, LF or CRLF end a line), empty lines skipped: the entries in file order. */
export function parsePathFile(content: string): string[] {
  return splitReaderLines(stripBom(content)).filter((line) => line !== '');
}

/** StreamReader.ReadLine semantics: CR, LF and CRLF all end a line; a final line break adds no line. */
export function splitReaderLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r\n|\r|\n/);
  if (/[\r\n]$/.test(text)) lines.pop();
  return lines;
}

export type StepSummaryResult =
  | { readonly kind: 'empty' }
  | { readonly kind: 'too-large'; readonly error: string }
  | { readonly kind: 'attached'; readonly markdown: string };

/**
 * CreateStepSummaryCommand: an empty file attaches nothing; over the limit, the runner reports an error
 * (the step does not fail) and attaches nothing; otherwise each line is masked and written back with LF.
 */
export function processStepSummary(bytes: Uint8Array, mask: (line: string) => string): StepSummaryResult {
  if (bytes.length === 0) return { kind: 'empty' };
  if (bytes.length > STEP_SUMMARY_LIMIT_BYTES) {
    const limitK = Math.floor(STEP_SUMMARY_LIMIT_BYTES / 1024);
    const gotK = Math.floor(bytes.length / 1024);
    return {
      kind: 'too-large',
      error: `$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of ${limitK}k, got ${gotK}k. For more information see: https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-markdown-summary`,
    };
  }
  const text = stripBom(Buffer.from(bytes).toString('utf8'));
  return {
    kind: 'attached',
    markdown: splitReaderLines(text)
      .map((line) => `${mask(line)}\n`)
      .join(''),
  };
}
