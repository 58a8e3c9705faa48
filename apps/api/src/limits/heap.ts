import v8 from "node:v8";

/**
 * How far V8 lets the heap grow past what the last full collection kept, in percent (V8's own
 * factor goes up to 4x). Large bodies that live through one young collection become old garbage,
 * collected only when the old generation reaches that limit; at 4x, 10,000 bodies of 900 KiB took
 * the process to 462 MiB resident, at 20% to under 200 (docs/limits.md). V8 reads this flag at every
 * collection, so setting it once the process runs takes effect. 0 leaves V8's own heuristics.
 */
export function boundHeapGrowth(percent: number): void {
  if (percent > 0) v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
