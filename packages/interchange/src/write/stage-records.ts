import { type CommitmentRecord, type CommitmentStatus, type StageRecord, stagesFromHistory } from "@accord/domain";

/** A record's stages as given, else derived from its history and amount by the rule every writer uses. */
export function stagesOf(c: CommitmentRecord): StageRecord[] {
  if (c.stages) return c.stages;
  // Status values were validated against the vocabulary before any row is built.
  const history = (c.history ?? []) as { status: CommitmentStatus; effectiveOn?: string; note?: string }[];
  return stagesFromHistory({ ...c, status: c.status as CommitmentStatus }, history).map((s) => ({
    kind: s.kind,
    amount: s.amount ?? undefined,
    currency: s.currency ?? undefined,
    amountAsReported: s.amountAsReported ?? undefined,
    occurredOn: s.occurredOn ?? undefined,
    note: s.note ?? undefined,
  }));
}
