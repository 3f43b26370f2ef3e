import { isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';
import { NESTED_TOO_DEEP, nestsDeeperThan } from '../../nesting-depth.js';

/**
 * Streaming readers for JSON Lines and for a JSON array of records. Both read fixed-size blocks and yield one
 * item per record with the PHYSICAL line it starts on; memory holds one block plus the current record
 * (capped at `maxRecordBytes`, beyond which the file stops with a format-error).
 */
export type RecordItem =
  | { readonly kind: 'record'; readonly value: Record<string, unknown>; readonly line: number }
  | {
      readonly kind: 'problem';
      readonly code: 'format-error' | 'blank-row' | 'encoding-error';
      readonly line: number;
      readonly message: string;
      readonly value: string | null;
      /** True when reading cannot go on (an oversized record, a broken array). */
      readonly fatal: boolean;
    };

const NL = 10;
const BLOCK = 1024 * 1024;

function preview(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseRecord(bytes: Uint8Array, line: number, what: string): RecordItem {
  if (!isUtf8(bytes))
    return {
      kind: 'problem',
      code: 'encoding-error',
      line,
      message: `invalid UTF-8 in this ${what}`,
      value: null,
      fatal: false,
    };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      kind: 'problem',
      code: 'format-error',
      line,
      message: `invalid JSON: ${(error as Error).message}`,
      value: preview(text.trim()),
      fatal: false,
    };
  }
  // JSON.parse builds any depth, but what checks the record (ajv, JSON.stringify of a cell) recurses per level:
  // a record too deep is a row error at its line, like one that is not JSON, and the rows after it are checked.
  if (nestsDeeperThan(value)) {
    return {
      kind: 'problem',
      code: 'format-error',
      line,
      message: `the record is ${NESTED_TOO_DEEP}`,
      value: preview(text.trim()),
      fatal: false,
    };
  }
  if (!isRecord(value)) {
    return {
      kind: 'problem',
      code: 'format-error',
      line,
      message: `a record must be a JSON object, not ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`,
      value: preview(text.trim()),
      fatal: false,
    };
  }
  return { kind: 'record', value, line };
}

async function* blocks(path: string, from = 0): AsyncGenerator<Buffer> {
  const handle = await open(path, 'r');
  try {
    for (let position = from; ;) {
      const buffer = Buffer.allocUnsafe(BLOCK);
      const { bytesRead } = await handle.read(buffer, 0, BLOCK, position);
      if (bytesRead === 0) return;
      position += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/** Where the first line at or after `offset` starts: after the line break before it (the file's end if none). */
async function lineStartFrom(path: string, offset: number): Promise<number> {
  if (offset === 0) return 0;
  let at = offset - 1;
  for await (const block of blocks(path, at)) {
    const nl = block.indexOf(NL);
    if (nl >= 0) return at + nl + 1;
    at += block.length;
  }
  return at;
}

/**
 * A shard's piece of a JSON Lines file: the lines that start in [start, end), after the first line break at or
 * past `start` (but from byte 0), numbered from 1 at the first (the merge adds the line breaks of the pieces
 * before). `covered` is filled in as the lines are read: the bytes they span and
 * the line breaks in them. JSON strings hold no raw line break, so a line break always ends a record.
 */
export interface JsonLinesRange {
  readonly start: number;
  readonly end: number;
  readonly covered: { start: number; end: number; lines: number };
}

function oversized(line: number, maxRecordBytes: number): RecordItem {
  return {
    kind: 'problem',
    code: 'format-error',
    line,
    message: `a record longer than ${maxRecordBytes / 1048576} MiB starts on this line`,
    value: null,
    fatal: true,
  };
}

/**
 * One JSON Lines line as read, before it is parsed: a fused kernel (checks/json-kernel/) checks it from its
 * bytes and turns it into a record item (`recordOfLine`) only when it cannot. `first`: the file's first line,
 * where a byte order mark may sit.
 */
export interface JsonLine {
  readonly kind: 'line';
  readonly bytes: Uint8Array;
  readonly line: number;
  readonly first: boolean;
}

/** A line as the record reader judges it: CR and (first line) BOM dropped, blank, or parsed. */
export function recordOfLine(bytes: Uint8Array, line: number, first: boolean): RecordItem {
  let end = bytes.length;
  if (end > 0 && bytes[end - 1] === 13) end--;
  let start = 0;
  if (first && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = bytes.subarray(start, end);
  if (body.every((b) => b === 32 || b === 9))
    return {
      kind: 'problem',
      code: 'blank-row',
      line,
      message: 'blank line',
      value: null,
      fatal: false,
    };
  return parseRecord(body, line, 'line');
}

/**
 * JSON Lines, one group of records per block read (1 MiB), each group parsed lazily as it is iterated. The
 * consumer checks a record and lets it go before the next is parsed, all without an `await`: a record that
 * crossed an await per line lived long enough to be promoted, and V8 then grew the old generation to hundreds of
 * MiB of garbage on a large file. Iterate each group fully before asking for the next.
 */
export function readJsonLineGroups(
  path: string,
  maxRecordBytes: number,
  range?: JsonLinesRange,
): AsyncGenerator<Iterable<RecordItem>> {
  return lineGroups(path, maxRecordBytes, range, recordOfLine);
}

/** JSON Lines as readJsonLineGroups reads them, each line left unparsed (a fatal problem stays an item). */
export function readJsonLineBytes(
  path: string,
  maxRecordBytes: number,
  range?: JsonLinesRange,
): AsyncGenerator<Iterable<JsonLine | RecordItem>> {
  return lineGroups(path, maxRecordBytes, range, (bytes, line, first) => ({
    kind: 'line',
    bytes,
    line,
    first,
  }));
}

async function* lineGroups<T>(
  path: string,
  maxRecordBytes: number,
  range: JsonLinesRange | undefined,
  itemOf: (bytes: Uint8Array, line: number, first: boolean) => T,
): AsyncGenerator<Iterable<T | RecordItem>> {
  const firstByte = range === undefined ? 0 : await lineStartFrom(path, range.start);
  const until = range?.end ?? Number.POSITIVE_INFINITY;
  const state = {
    pending: [] as Buffer[],
    pendingBytes: 0,
    line: 1,
    first: firstByte === 0,
    done: firstByte >= until,
    /** The file offset where the pending line starts, and where the block being read starts. */
    lineStart: firstByte,
    blockStart: firstByte,
  };
  if (range !== undefined) range.covered.start = range.covered.end = firstByte;
  const emit = (bytes: Uint8Array): T => {
    const first = state.first;
    state.first = false;
    return itemOf(bytes, state.line, first);
  };
  function* linesOf(block: Buffer): Generator<T | RecordItem> {
    let from = 0;
    for (;;) {
      const nl = block.indexOf(NL, from);
      if (nl < 0) {
        state.pending.push(block.subarray(from));
        state.pendingBytes += block.length - from;
        if (state.pendingBytes > maxRecordBytes) {
          state.done = true;
          yield oversized(state.line, maxRecordBytes);
        }
        return;
      }
      const piece = block.subarray(from, nl);
      const bytes = state.pending.length > 0 ? Buffer.concat([...state.pending, piece]) : piece;
      state.pending = [];
      state.pendingBytes = 0;
      if (bytes.length > maxRecordBytes) {
        state.done = true;
        yield oversized(state.line, maxRecordBytes);
        return;
      }
      yield emit(bytes);
      state.line++;
      from = nl + 1;
      state.lineStart = state.blockStart + from;
      if (range !== undefined) {
        range.covered.end = state.lineStart;
        range.covered.lines++;
      }
      // The next line starts in the next shard's piece.
      if (state.lineStart >= until) {
        state.done = true;
        return;
      }
    }
  }
  if (state.done) return;
  for await (const block of blocks(path, firstByte)) {
    yield linesOf(block);
    state.blockStart += block.length;
    if (state.done) return;
  }
  if (state.pendingBytes > 0) {
    if (range !== undefined) range.covered.end = state.lineStart + state.pendingBytes;
    yield [emit(Buffer.concat(state.pending))];
  }
}

/** JSON Lines record by record (see readJsonLineGroups). */
export async function* readJsonLines(path: string, maxRecordBytes: number): AsyncGenerator<RecordItem> {
  for await (const group of readJsonLineGroups(path, maxRecordBytes)) yield* group;
}

/**
 * A top-level JSON array of records, split into elements by a byte-level scanner (strings, escapes, nesting)
 * so each element is parsed on its own and keeps the line it starts on.
 */
export async function* readJsonArray(path: string, maxRecordBytes: number): AsyncGenerator<RecordItem> {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let line = 1;
  let started = false;
  let finished = false;
  let elementLine = 0;
  let element: Buffer[] = [];
  let elementBytes = 0;
  let inElement = false;
  const broken = (message: string): RecordItem => ({
    kind: 'problem',
    code: 'format-error',
    line,
    message,
    value: null,
    fatal: true,
  });
  for await (const block of blocks(path)) {
    let elementFrom = inElement ? 0 : -1;
    let i = 0;
    if (!started && block[0] === 0xef && block[1] === 0xbb && block[2] === 0xbf) i = 3;
    for (; i < block.length; i++) {
      const b = block[i]!;
      if (inString) {
        if (escaped) escaped = false;
        else if (b === 92) escaped = true;
        else if (b === 34) inString = false;
        continue;
      }
      if (b === NL) {
        line++;
        continue;
      }
      if (b === 32 || b === 9 || b === 13) continue;
      if (finished) {
        yield broken('unexpected text after the closing ] of the array');
        return;
      }
      if (!started) {
        if (b !== 91) {
          yield broken('a JSON data file must hold an array of records (use .jsonl for one record per line)');
          return;
        }
        started = true;
        depth = 1;
        continue;
      }
      const closesElement = depth === 1 && (b === 44 || b === 93);
      if (closesElement) {
        if (inElement) {
          element.push(block.subarray(elementFrom, i));
          yield parseRecord(Buffer.concat(element), elementLine, 'record');
          element = [];
          elementBytes = 0;
          inElement = false;
          elementFrom = -1;
        } else if (b === 44) {
          yield broken('an empty element in the array');
          return;
        }
        if (b === 93) {
          depth = 0;
          finished = true;
        }
        continue;
      }
      if (!inElement) {
        inElement = true;
        elementLine = line;
        elementFrom = i;
      }
      if (b === 34) inString = true;
      else if (b === 123 || b === 91) depth++;
      else if (b === 125 || b === 93) depth--;
    }
    if (inElement) {
      element.push(Buffer.from(block.subarray(elementFrom)));
      elementBytes += block.length - elementFrom;
      if (elementBytes > maxRecordBytes) {
        yield oversized(elementLine, maxRecordBytes);
        return;
      }
    }
  }
  if (!finished)
    yield broken(started ? 'the array never closes (the file ends inside it)' : 'the file is empty');
}
