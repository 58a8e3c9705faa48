import v8 from "node:v8";

/**
 * How far V8 lets the heap grow past what the last full collection kept, in percent (V8's own
 * factor goes up to 4x). Large bodies that live through one young collection become old garbage,
 * collected only when the old generation reaches that limit; a small percentage keeps resident memory
 * near what is live (figures in docs/limits.md). V8 reads this flag at every
 * collection, so setting it once the process runs takes effect. 0 leaves V8's own heuristics.
 */
export function boundHeapGrowth(percent: number): void {
  if (percent > 0) v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
