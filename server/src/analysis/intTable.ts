/**
 * A map from non-negative 31-bit integers (the tagger's word hashes) to integers, in typed arrays with open
 * addressing. The tagger asks such questions several times per word; a JavaScript Map is several times slower here.
 */
export class IntMap {
  private keys: Int32Array;
  private values: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 64) {
    const n = IntMap.slotsFor(capacity);
    this.keys = new Int32Array(n).fill(-1);
    this.values = new Int32Array(n);
    this.mask = n - 1;
  }

  private static slotsFor(capacity: number): number {
    let n = 16;
    while (n < capacity * 2) n <<= 1;
    return n;
  }

  /** Empties the map for about `capacity` keys: the same tables when their size suits, else new ones. */
  reset(capacity: number): void {
    const n = IntMap.slotsFor(capacity);
    if (this.keys.length < n || this.keys.length > n * 8) {
      this.keys = new Int32Array(n);
      this.values = new Int32Array(n);
      this.mask = n - 1;
    }
    this.keys.fill(-1);
    this.size = 0;
  }

  /** The value of key, or `missing` when it has none. */
  get(key: number, missing: number): number {
    const h = this.probe(key);
    return this.keys[h] === key ? this.values[h] : missing;
  }

  has(key: number): boolean {
    return this.keys[this.probe(key)] === key;
  }

  set(key: number, value: number): void {
    const h = this.probe(key);
    this.values[h] = value;
    if (this.keys[h] === key) return;
    this.keys[h] = key;
    if (++this.size * 2 > this.keys.length) this.grow();
  }

  clear(): void {
    this.keys.fill(-1);
    this.size = 0;
  }

  /** The slot of key, or the empty slot where it would go (the table is never more than half full). */
  private probe(key: number): number {
    const { keys, mask } = this;
    let h = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const k = keys[h];
      if (k === key || k === -1) return h;
      h = (h + 1) & mask;
    }
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    const n = oldKeys.length * 2;
    this.keys = new Int32Array(n).fill(-1);
    this.values = new Int32Array(n);
    this.mask = n - 1;
    this.size = 0;
    for (let i = 0; i < oldKeys.length; i++) if (oldKeys[i] !== -1) this.set(oldKeys[i], oldValues[i]);
  }
}
