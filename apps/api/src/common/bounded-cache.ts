import { LRUCache } from "lru-cache";

/** Bytes of a JS string of this length (UTF-16), for sizing cache entries. */
export const stringBytes = (text: string) => 2 * text.length;

// A Map entry's own overhead, roughly, so that many tiny entries are bounded too.
const entryOverhead = 64;

/**
 * A least-recently-used cache bounded by the bytes of its keys and values (as `sizeOf` measures them),
 * so a few huge entries cannot hold more memory than many small ones; an entry larger than the whole
 * budget is not kept.
 */
export function boundedCache<T extends {}>(maxBytes: number, sizeOf: (value: T) => number): LRUCache<string, T> {
  return new LRUCache<string, T>({
    maxSize: maxBytes,
    maxEntrySize: maxBytes,
    sizeCalculation: (value, key) => stringBytes(key) + sizeOf(value) + entryOverhead,
  });
}
