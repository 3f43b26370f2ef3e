/**
 * Rows by id for joining a million predictions: an open-addressing table of Int32 row numbers (16 MiB for 1M
 * ids) instead of a Map (≈100 MiB of RSS for 1M string keys, measured in bench/significance-bench.ts).
 *
 * Hostile ids cannot make it slow: a probe longer than MAX_PROBE (crafted collisions, or a pathological
 * hash) makes `add` report `overflow`, and the join starts again on a Map, whose hashing V8 seeds per process.
 */
export interface RowsById {
  /** Adds `id` at `row`: the earlier row when the id is already there, -1 when new. */
  add(id: string, row: number): number | 'overflow';
  /** The row of `id`, or -1. */
  rowOf(id: string): number;
}

export const MAX_PROBE = 64;

export class IdIndex implements RowsById {
  /** row + 1 per slot, 0 when empty. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(
    private readonly ids: readonly string[],
    expected: number,
    private readonly maxProbe = MAX_PROBE,
  ) {
    // A load factor ≤ ½ keeps linear probes short.
    let capacity = 16;
    while (capacity < 2 * expected) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  add(id: string, row: number): number | 'overflow' {
    let slot = hash(id) & this.mask;
    for (let probe = 0; probe < this.maxProbe; probe++) {
      const entry = this.slots[slot]!;
      if (entry === 0) {
        this.slots[slot] = row + 1;
        return -1;
      }
      if (this.ids[entry - 1] === id) return entry - 1;
      slot = (slot + 1) & this.mask;
    }
    return 'overflow';
  }

  rowOf(id: string): number {
    let slot = hash(id) & this.mask;
    for (let probe = 0; probe < this.maxProbe; probe++) {
      const entry = this.slots[slot]!;
      if (entry === 0) return -1;
      if (this.ids[entry - 1] === id) return entry - 1;
      slot = (slot + 1) & this.mask;
    }
    // Every id went in within maxProbe slots, so one not found by then is absent.
    return -1;
  }
}

/** The fallback: V8's Map. */
export class IdMap implements RowsById {
  private readonly rows = new Map<string, number>();

  add(id: string, row: number): number {
    const earlier = this.rows.get(id);
    if (earlier !== undefined) return earlier;
    this.rows.set(id, row);
    return -1;
  }

  rowOf(id: string): number {
    return this.rows.get(id) ?? -1;
  }
}

/** A 32-bit string hash: murmur-style mixing of each UTF-16 unit, and murmur3's finaliser. */
function hash(id: string): number {
  let h = id.length;
  for (let i = 0; i < id.length; i++) {
    h = Math.imul(h ^ id.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 15;
  }
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}
