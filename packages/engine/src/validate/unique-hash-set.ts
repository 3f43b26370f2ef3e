/**
 * An exact set of 64-bit hashes (open addressing, linear probing, two Uint32 halves per slot).
 *
 * Memory bound: 8 bytes per slot, load kept between 0.35 and 0.7, so 11–23 bytes per distinct key value;
 * 2M distinct ids take 32 MiB, 8M take 128 MiB. This is the one structure in validation whose size grows
 * with the data, and only when a schema asks for uniqueness.
 *
 * Collisions: two different values with the same 64-bit hash would be reported as a duplicate. For n distinct
 * values the chance of any such pair is about n² / 2^65 (1 in 10^7 for 10M values); values are not kept, so
 * a collision is not re-checked. The zero hash is remapped to 1 (zero marks an empty slot), which merges 2^-64
 * of the hash space: negligible next to the above.
 */
export class UniqueHashSet {
  private slots: Uint32Array;
  private mask: number;
  private size = 0;

  constructor(initialCapacity = 1024) {
    let capacity = 1024;
    while (capacity < initialCapacity) capacity *= 2;
    this.slots = new Uint32Array(capacity * 2);
    this.mask = capacity - 1;
  }

  get count(): number {
    return this.size;
  }

  /** Adds the hash; returns false when it was already present (a duplicate). */
  add(hi: number, lo: number): boolean {
    const h = hi >>> 0;
    let l = lo >>> 0;
    if (h === 0 && l === 0) l = 1;
    if (this.size >= (this.mask + 1) * 0.7) this.grow();
    const slots = this.slots;
    let i = (l ^ Math.imul(h, 0x9e3779b1)) & this.mask;
    for (;;) {
      const sh = slots[i * 2]!;
      const sl = slots[i * 2 + 1]!;
      if (sh === 0 && sl === 0) {
        slots[i * 2] = h;
        slots[i * 2 + 1] = l;
        this.size++;
        return true;
      }
      if (sh === h && sl === l) return false;
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    // Quadruple while small (fewer rehashes), double once large (less memory overshoot).
    const factor = old.length < 1 << 22 ? 4 : 2;
    this.slots = new Uint32Array(old.length * factor);
    this.mask = (this.mask + 1) * factor - 1;
    this.size = 0;
    for (let i = 0; i < old.length; i += 2) {
      const h = old[i]!;
      const l = old[i + 1]!;
      if (h !== 0 || l !== 0) this.add(h, l);
    }
  }
}
