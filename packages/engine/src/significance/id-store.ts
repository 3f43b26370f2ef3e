import { numberClassName } from '../evaluate/reading/class-order.js';

/**
 * Where a file's ids live, by row: numbers in a Float64Array, or UTF-8 texts in one byte buffer with offsets.
 * A row's id compares equal only to an id of the same kind (IdKeys turns numbers into texts to meet texts).
 * The arrays grow while a file is read (the builder replaces them), so tables hold the store, not its arrays.
 */
export type IdStore = NumberIds | TextIds;

/**
 * Number ids. While they are consecutive integers (row numbers, a DataFrame's index: the usual case) they are
 * kept as their first value alone (`values` undefined), and cost no memory at all: 80 MiB less to touch for
 * 10M rows, a quarter of a second on a runner's VM.
 */
export class NumberIds {
  readonly kind = 'numbers';

  constructor(
    public values: Float64Array | undefined,
    /** With `values` undefined, row r's id is `first + r`. */
    readonly first = 0,
  ) {}

  at(row: number): number {
    return this.values === undefined ? this.first + row : this.values[row]!;
  }

  hash(row: number): number {
    return hashNumber(this.at(row));
  }

  same(row: number, other: IdStore, otherRow: number): boolean {
    return other.kind === 'numbers' && this.at(row) === other.at(otherRow);
  }

  /** Strictly after the id of row - 1. */
  follows(row: number): boolean {
    return this.at(row) > this.at(row - 1);
  }

  key(row: number): number {
    return this.at(row);
  }

  text(row: number): string {
    return numberClassName(this.at(row));
  }
}

export class TextIds {
  readonly kind = 'texts';
  /** Hashes of rows [0, hashed): computed when a table first needs them, kept since bytes are hashed slowly. */
  hashes = new Int32Array(0);
  private hashed = 0;

  constructor(
    public bytes: Buffer,
    /** Row r's id is `bytes[offsets[r], offsets[r + 1])`. */
    public offsets: Int32Array,
  ) {}

  hash(row: number): number {
    if (row < this.hashed) return this.hashes[row]!;
    if (row >= this.hashes.length) {
      const grown = new Int32Array(Math.max(1024, 2 * row + 2, this.offsets.length));
      grown.set(this.hashes.subarray(0, this.hashed));
      this.hashes = grown;
    }
    // Rows are hashed in order, so the ones before are filled in on the way.
    for (; this.hashed <= row; this.hashed++)
      this.hashes[this.hashed] = hashBytes(
        this.bytes,
        this.offsets[this.hashed]!,
        this.offsets[this.hashed + 1]!,
      );
    return this.hashes[row]!;
  }

  same(row: number, other: IdStore, otherRow: number): boolean {
    if (other.kind !== 'texts' || this.hash(row) !== other.hash(otherRow)) return false;
    const from = this.offsets[row]!;
    const start = other.offsets[otherRow]!;
    const length = other.offsets[otherRow + 1]! - start;
    if (this.offsets[row + 1]! - from !== length) return false;
    for (let i = 0; i < length; i++) if (this.bytes[from + i] !== other.bytes[start + i]) return false;
    return true;
  }

  /** Strictly after the id of row - 1, comparing bytes (UTF-8 byte order is code point order). */
  follows(row: number): boolean {
    const a = this.offsets[row - 1]!;
    const aEnd = this.offsets[row]!;
    const bEnd = this.offsets[row + 1]!;
    const length = Math.min(aEnd - a, bEnd - aEnd);
    for (let i = 0; i < length; i++) {
      const x = this.bytes[a + i]!;
      const y = this.bytes[aEnd + i]!;
      if (x !== y) return y > x;
    }
    return bEnd - aEnd > aEnd - a;
  }

  /** Forgets hashes from `row` on: the row's bytes are about to be rewritten (a refused duplicate's place). */
  forget(row: number): void {
    if (this.hashed > row) this.hashed = row;
  }

  key(row: number): string {
    return this.text(row);
  }

  text(row: number): string {
    return this.bytes.toString('utf8', this.offsets[row], this.offsets[row + 1]);
  }
}

const float = new Float64Array(1);
const halves = new Int32Array(float.buffer);

/**
 * murmur3's 32-bit finaliser over each half of the double in turn. Both halves must be mixed fully: a small
 * integer's bits sit at the top of the high half (its low half is 0).
 */
function hashNumber(value: number): number {
  float[0] = value;
  return mix(mix(halves[1]!) ^ halves[0]!);
}

function mix(value: number): number {
  let h = value ^ (value >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** A 32-bit hash of UTF-8 bytes: murmur-style mixing of each byte, and murmur3's finaliser. */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = end - start;
  for (let i = start; i < end; i++) {
    h = Math.imul(h ^ bytes[i]!, 0x5bd1e995);
    h ^= h >>> 15;
  }
  return mix(h);
}
