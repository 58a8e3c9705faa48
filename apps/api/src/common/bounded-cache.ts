/** Bytes of a JS string of this length (UTF-16), for sizing cache entries. */
export const stringBytes = (text: string) => 2 * text.length;

// A Map entry's own overhead, roughly, so that many tiny entries are bounded too.
const entryOverhead = 64;

/**
 * A least-recently-used map bounded by the bytes of its keys and values (as `sizeOf` measures them),
 * so a few huge entries cannot hold more memory than many small ones. An entry larger than the whole
 * budget is not kept.
 */
export class BoundedCache<T> {
  private readonly entries = new Map<string, { value: T; bytes: number }>();
  private held = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly sizeOf: (value: T) => number,
  ) {}

  has(key: string): boolean {
    return this.entries.has(key);
  }

  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Most recently used last: the first entry is the one to evict.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: T): void {
    this.delete(key);
    const bytes = stringBytes(key) + this.sizeOf(value) + entryOverhead;
    if (bytes > this.maxBytes) return;
    this.entries.set(key, { value, bytes });
    this.held += bytes;
    while (this.held > this.maxBytes) {
      const oldest = this.entries.keys().next().value as string;
      this.delete(oldest);
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.held -= entry.bytes;
  }

  get bytes(): number {
    return this.held;
  }

  get size(): number {
    return this.entries.size;
  }
}
