import type { IdStore } from './id-store.js';

/**
 * Rows by id: open addressing over row numbers (row + 1 per slot, 0 empty), at most half full so linear
 * probes stay short. Hostile ids cannot make it slow: an id that would sit more than `maxProbe` slots from
 * its hash's slot (crafted collisions) moves the whole index onto a Map, whose string hashing V8 seeds per
 * process; so a lookup may stop after `maxProbe` slots.
 */
export class IdTable {
  private slots: Int32Array | undefined;
  private map: Map<number | string, number> | undefined;
  private size = 0;

  constructor(
    private readonly store: IdStore,
    private readonly maxProbe: number,
    expected: number,
  ) {
    let capacity = 1024;
    while (capacity < 2 * expected) capacity *= 2;
    this.slots = new Int32Array(capacity);
  }

  /**
   * Adds the store's next row (rows are added in order, each once): the earlier row holding the same id, or
   * -1 when the id is new (then it is in the table).
   */
  insert(row: number): number {
    if (this.map === undefined) this.grow();
    if (this.map !== undefined) {
      const key = this.store.key(row);
      const earlier = this.map.get(key);
      if (earlier !== undefined) return earlier;
      this.map.set(key, row);
      this.size++;
      return -1;
    }
    const slots = this.slots!;
    const mask = slots.length - 1;
    let slot = this.store.hash(row) & mask;
    for (let probe = 0; probe < this.maxProbe; probe++) {
      const entry = slots[slot]!;
      if (entry === 0) {
        slots[slot] = row + 1;
        this.size++;
        return -1;
      }
      if (this.store.same(entry - 1, this.store, row)) return entry - 1;
      slot = (slot + 1) & mask;
    }
    this.moveToMap();
    return this.insert(row);
  }

  /** The row whose id equals `other`'s id at `otherRow`, or -1. */
  find(other: IdStore, otherRow: number): number {
    if (this.map !== undefined) return this.map.get(other.key(otherRow)) ?? -1;
    const slots = this.slots!;
    const mask = slots.length - 1;
    let slot = other.hash(otherRow) & mask;
    for (let probe = 0; probe < this.maxProbe; probe++) {
      const entry = slots[slot]!;
      if (entry === 0) return -1;
      if (this.store.same(entry - 1, other, otherRow)) return entry - 1;
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** Doubles the table before it passes half full. */
  private grow(): void {
    const old = this.slots!;
    if (2 * (this.size + 1) <= old.length) return;
    const slots = new Int32Array(old.length * 2);
    const mask = slots.length - 1;
    for (const entry of old) {
      if (entry === 0) continue;
      let slot = this.store.hash(entry - 1) & mask;
      for (let probe = 0; slots[slot] !== 0; probe++) {
        if (probe + 1 >= this.maxProbe) return this.moveToMap();
        slot = (slot + 1) & mask;
      }
      slots[slot] = entry;
    }
    this.slots = slots;
  }

  /** Rows [0, size) are the ones in the table: rows go in in order and a duplicate's row never does. */
  private moveToMap(): void {
    this.map = new Map();
    for (let row = 0; row < this.size; row++) this.map.set(this.store.key(row), row);
    this.slots = undefined;
  }
}
