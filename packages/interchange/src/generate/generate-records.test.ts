import type { CommitmentRecord, EngagementRecord, StandaloneCommitmentRecord } from "@accord/domain";
import { generateRecords } from "./generate-records";

// The additions benchmarks and round trips need: standalone commitments, items in kind, cited stages.
test("generated data holds standalone commitments, items in kind and stages with citations", () => {
  const records = [...generateRecords({ engagements: 400, seed: 2 })];
  const standalone = records.filter((r): r is StandaloneCommitmentRecord => r.type === "commitment");
  const inEngagements = records.flatMap((r) =>
    r.type === "engagement" ? ((r as EngagementRecord).commitments ?? []) : [],
  );
  const all: CommitmentRecord[] = [...inEngagements, ...standalone];
  expect(standalone).toHaveLength(20);
  expect(standalone.every((c) => c.madeOn && c.id.value.startsWith("S"))).toBe(true);
  const inKind = all.filter((c) => c.instrument === "IN_KIND" && c.items?.length);
  const staged = all.filter((c) => c.stages?.every((s) => s.citations?.length));
  expect(inKind.length / all.length).toBeGreaterThan(0.06);
  expect(staged.length / all.length).toBeGreaterThan(0.15);
  // A valued item carries its currency and method; an unvalued one neither.
  for (const item of inKind.flatMap((c) => c.items ?? []))
    expect(item.estimatedValue === undefined).toBe(item.currency === undefined && item.valuationMethod === undefined);
  expect(JSON.stringify([...generateRecords({ engagements: 400, seed: 2 })])).toBe(JSON.stringify(records));
});
