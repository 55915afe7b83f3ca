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
    let n = 16;
    while (n < capacity * 2) n <<= 1;
    this.keys = new Int32Array(n).fill(-1);
    this.values = new Int32Array(n);
    this.mask = n - 1;
  }

  /** The value of key, or `missing` when it has none. */
  get(key: number, missing: number): number {
    const { keys, mask } = this;
    let h = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const k = keys[h];
      if (k === key) return this.values[h];
      if (k === -1) return missing;
      h = (h + 1) & mask;
    }
  }

  has(key: number): boolean {
    return this.slot(key) >= 0;
  }

  set(key: number, value: number): void {
    const { keys, mask } = this;
    let h = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const k = keys[h];
      if (k === key) { this.values[h] = value; return; }
      if (k === -1) break;
      h = (h + 1) & mask;
    }
    keys[h] = key;
    this.values[h] = value;
    if (++this.size * 2 > keys.length) this.grow();
  }

  clear(): void {
    this.keys.fill(-1);
    this.size = 0;
  }

  private slot(key: number): number {
    const { keys, mask } = this;
    let h = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const k = keys[h];
      if (k === key) return h;
      if (k === -1) return -1;
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
