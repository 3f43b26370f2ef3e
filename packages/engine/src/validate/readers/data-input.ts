import { constants } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../../user-error.js';
import { openUserFile, readUserStream } from '../../user-file.js';
import type { FormatChoice } from './data-format.js';
import { MAX_RECORD_BYTES } from './data-reader.js';

/**
 * A data file the user named, made into a regular file the readers can seek in. A regular file is used as
 * it is. A pipe or a device (`cmd | mlgate validate --format csv /dev/stdin`, process substitution, a FIFO)
 * is read only with an explicit --format, since nothing can be sniffed without consuming it; it is then
 * copied, as it arrives, into a private temporary file that the readers use, the report hashes, and that is
 * removed afterwards. Copying keeps one reader per format (CSV's parallel ranges, Parquet's footer, Arrow's
 * random access all need a seekable file) at the cost of disk, which the limits below bound.
 */
export interface DataInput {
  /** Where the readers read: the file itself, or its spooled copy. */
  readonly path: string;
  readonly displayPath: string;
}

export interface StreamLimits {
  /** A stream longer than this is refused (it may be endless, like /dev/urandom). */
  readonly maxBytes: number;
  /**
   * For line formats (CSV, TSV, JSON Lines): a line longer than this is refused while it is read, so a
   * stream without newlines (/dev/zero) ends at once. The readers stop at the same length in a file.
   */
  readonly maxLineBytes: number;
  /** How long a FIFO made with mkfifo may wait for its first writer. */
  readonly writerWaitMs?: number;
}

export const DEFAULT_STREAM_LIMITS: StreamLimits = {
  maxBytes: 1024 * 1024 * 1024,
  maxLineBytes: MAX_RECORD_BYTES,
};

const LINE_FORMATS: ReadonlySet<FormatChoice> = new Set(['csv', 'tsv', 'jsonl']);

function size(bytes: number): string {
  if (bytes % 1024 ** 3 === 0) return `${bytes / 1024 ** 3} GiB`;
  return bytes % 1024 ** 2 === 0 ? `${bytes / 1024 ** 2} MiB` : `${bytes} bytes`;
}

/**
 * Checks a stream as it is copied: the longest line (line formats) and, for a JSON array, the first byte,
 * so an endless stream of something else is refused at its start rather than at the size cap.
 */
class StreamGuard {
  private line = 1;
  private lineBytes = 0;
  private total = 0;
  private sawContent = false;

  constructor(
    private readonly format: FormatChoice,
    private readonly limits: StreamLimits,
    private readonly displayPath: string,
  ) {}

  check(chunk: Buffer): void {
    this.total += chunk.length;
    if (this.total > this.limits.maxBytes) {
      throw new UserError(
        `the stream is longer than ${size(this.limits.maxBytes)}, the most read from a pipe or a device; write it to a file and validate the file`,
        { file: this.displayPath },
      );
    }
    if (this.format === 'json' && !this.sawContent) this.checkJsonStart(chunk);
    if (LINE_FORMATS.has(this.format)) this.checkLines(chunk);
  }

  private checkJsonStart(chunk: Buffer): void {
    for (const [i, b] of chunk.entries()) {
      if (b === 32 || b === 9 || b === 10 || b === 13) continue;
      if (this.total === chunk.length && i < 3 && [0xef, 0xbb, 0xbf][i] === b) continue;
      if (b !== 91) {
        throw new UserError(
          'a JSON data file must hold an array of records (use --format jsonl for one record per line)',
          { file: this.displayPath, line: 1 },
        );
      }
      this.sawContent = true;
      return;
    }
  }

  private checkLines(chunk: Buffer): void {
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(10, from);
      const run = this.lineBytes + (nl < 0 ? chunk.length : nl) - from;
      if (run > this.limits.maxLineBytes) {
        throw new UserError(
          `line ${this.line} is longer than ${size(this.limits.maxLineBytes)}, the longest line read from a stream`,
          { file: this.displayPath, line: this.line },
        );
      }
      if (nl < 0) {
        this.lineBytes = run;
        return;
      }
      this.line++;
      this.lineBytes = 0;
      from = nl + 1;
    }
  }
}

export interface OpenedDataInputs {
  readonly inputs: readonly DataInput[];
  /** Removes the spooled copies. */
  dispose(): Promise<void>;
}

/**
 * Opens every data file a run names, refusing what cannot be read (a folder, a socket, a stream without
 * --format) in one line that names it, and spooling the streams. Call `dispose` when done, also on failure.
 */
export async function openDataInputs(
  files: readonly DataInput[],
  format: FormatChoice,
  limits: StreamLimits = DEFAULT_STREAM_LIMITS,
): Promise<OpenedDataInputs> {
  let spoolDir: string | undefined;
  const dispose = async (): Promise<void> => {
    if (spoolDir !== undefined) await rm(spoolDir, { recursive: true, force: true });
  };
  const inputs: DataInput[] = [];
  try {
    for (const file of files) {
      const where = { file: file.displayPath };
      let opened;
      try {
        opened = await openUserFile(file.path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new UserError(
          code === 'ENOENT' ? 'data file not found' : `cannot read the data file (${code ?? String(error)})`,
          where,
        );
      }
      if (opened.kind === 'directory') throw new UserError('is a directory, not a data file', where);
      if (opened.handle === undefined) throw new UserError(`not a regular file (a ${opened.kind})`, where);
      try {
        if (opened.kind === 'regular file') {
          inputs.push(file);
          continue;
        }
        if (format === 'auto') {
          throw new UserError(
            `not a regular file (a ${opened.kind}); give --format to read it as a stream`,
            where,
          );
        }
        spoolDir ??= await mkdtemp(path.join(tmpdir(), 'mlgate-stream-'));
        const copy = path.join(spoolDir, `${inputs.length}.${format}`);
        const out = await open(copy, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
        try {
          const guard = new StreamGuard(format, limits, file.displayPath);
          const chunks = readUserStream(file.path, opened, file.displayPath, {
            ...(limits.writerWaitMs !== undefined ? { writerWaitMs: limits.writerWaitMs } : {}),
          });
          for await (const chunk of chunks) {
            guard.check(chunk);
            await out.write(chunk);
          }
        } finally {
          await out.close();
        }
        inputs.push({ path: copy, displayPath: file.displayPath });
      } finally {
        await opened.handle.close();
      }
    }
  } catch (error) {
    await dispose();
    throw error;
  }
  return { inputs, dispose };
}
