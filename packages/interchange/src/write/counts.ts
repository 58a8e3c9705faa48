import { type RecordType, recordTypes } from "@accord/domain";
import { formatSkip, type Skip } from "../skips";

export type Tally = { created: number; updated: number; unchanged: number; rejected: number };
export type Counts = Record<RecordType | "unknown", Tally>;

export function emptyCounts(): Counts {
  const tally = (): Tally => ({ created: 0, updated: 0, unchanged: 0, rejected: 0 });
  return {
    topic: tally(),
    actor: tally(),
    source: tally(),
    engagement: tally(),
    commitment: tally(),
    fxRate: tally(),
    unknown: tally(),
  };
}

export function totalOf(counts: Counts): Tally {
  const total: Tally = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
  for (const tally of Object.values(counts)) {
    for (const key of Object.keys(total) as (keyof Tally)[]) total[key] += tally[key];
  }
  return total;
}

export function formatCounts(counts: Counts): string[] {
  const line = (name: string, t: Tally) =>
    `${name.padEnd(12)} created ${t.created}, updated ${t.updated}, unchanged ${t.unchanged}, rejected ${t.rejected}`;
  const lines = (Object.entries(counts) as [string, Tally][])
    .filter(([type, t]) => type !== "unknown" || t.rejected > 0)
    .map(([type, t]) => line(type === "unknown" ? "untyped" : `${type}s`, t));
  return [...lines, line("total", totalOf(counts))];
}

/** The import's summary: per type read, created, updated, unchanged, rejected; then what was skipped and why. */
export function formatSummary(result: {
  counts: Counts;
  read: Record<RecordType | "unknown", number>;
  skipped: Skip[];
  finished?: string[];
  dryRun?: boolean;
}): string[] {
  const read = Object.values(result.read).reduce((a, b) => a + b, 0);
  return [
    `read ${read} records (${recordTypes.map((t) => `${result.read[t]} ${t}s`).join(", ")})`,
    ...(result.dryRun ? [] : formatCounts(result.counts)),
    ...(result.finished ?? []),
    `skipped ${result.skipped.length}${result.skipped.length ? ":" : ""}`,
    ...result.skipped.map((s) => `  ${formatSkip(s)}`),
  ];
}
