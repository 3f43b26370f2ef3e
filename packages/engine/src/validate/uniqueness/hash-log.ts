import { SpillFile } from './spill-file.js';

/** Entries held in memory before the rest goes to disk: 64 KiB. */
const BUFFER_ENTRIES = 8192;

/**
 * An append-only list of 64-bit hashes (two 32-bit halves each), in a 64 KiB buffer and a temp file past
 * it, read back in order. The last entry always stays in memory, so it can be taken back (`pop`).
 *
 * Why on disk: key-uniqueness.ts keeps one hash per in-order key value until the end of the file, 8 bytes a
 * row (16 MB for 2M rows) that are only read once, sequentially, at the end. Written and read in 64 KiB
 * blocks they cost a few milliseconds and no memory.
 */
export class HashLog {
  private spill: SpillFile | undefined;
  private readonly buffer = new Uint32Array(BUFFER_ENTRIES * 2);
  private buffered = 0;
  private spilled = 0;

  get count(): number {
    return this.spilled + this.buffered;
  }

  append(hi: number, lo: number): void {
    if (this.buffered === BUFFER_ENTRIES) this.flush();
    this.buffer[this.buffered * 2] = hi;
    this.buffer[this.buffered * 2 + 1] = lo;
    this.buffered++;
  }

  /** Appends `count` entries given as interleaved halves, in order. */
  appendAll(words: Uint32Array, count: number): void {
    for (let done = 0; done < count;) {
      if (this.buffered === BUFFER_ENTRIES) this.flush();
      const n = Math.min(count - done, BUFFER_ENTRIES - this.buffered);
      this.buffer.set(words.subarray(done * 2, (done + n) * 2), this.buffered * 2);
      this.buffered += n;
      done += n;
    }
  }

  /** Takes back the last entry (there must be one appended since the last pop). */
  pop(): { hi: number; lo: number } {
    if (this.buffered === 0) throw new Error('nothing to take back from the hash log');
    this.buffered--;
    return { hi: this.buffer[this.buffered * 2]!, lo: this.buffer[this.buffered * 2 + 1]! };
  }

  /** Every entry in order, with its index. */
  forEach(visit: (hi: number, lo: number, index: number) => void): void {
    if (this.spill !== undefined && this.spilled > 0) {
      const block = new Uint32Array(BUFFER_ENTRIES * 2);
      const bytes = new Uint8Array(block.buffer);
      for (let start = 0; start < this.spilled; start += BUFFER_ENTRIES) {
        const count = Math.min(BUFFER_ENTRIES, this.spilled - start);
        this.spill.read(bytes.subarray(0, count * 8), start * 8);
        for (let i = 0; i < count; i++) visit(block[i * 2]!, block[i * 2 + 1]!, start + i);
      }
    }
    for (let i = 0; i < this.buffered; i++)
      visit(this.buffer[i * 2]!, this.buffer[i * 2 + 1]!, this.spilled + i);
  }

  /** Frees the temp file. Safe to call twice. */
  close(): void {
    this.spill?.close();
    this.spill = undefined;
  }

  /** Writes all but the last entry, which stays for `pop`. */
  private flush(): void {
    const keep = this.buffered - 1;
    this.spill ??= new SpillFile('mlgate-keys-');
    this.spill.write(new Uint8Array(this.buffer.buffer, 0, keep * 8), this.spilled * 8);
    this.spilled += keep;
    this.buffer.copyWithin(0, keep * 2, this.buffered * 2);
    this.buffered = 1;
  }
}
