import type { CommitmentStageKind, CommitmentStatus } from "./enums";
import { required } from "./required";

/** The status a stage gives its commitment when it is the latest (docs/commitment-stages.md). */
export const statusOfStage: Record<CommitmentStageKind, CommitmentStatus> = {
  PROPOSED: "PROPOSED",
  ANNOUNCED: "ANNOUNCED",
  PLEDGED: "PLEDGED",
  COMMITTED: "PLEDGED",
  ALLOCATED: "IN_PROGRESS",
  DISBURSED: "IN_PROGRESS",
  DELIVERED: "DELIVERED",
  CANCELLED: "CANCELLED",
  LAPSED: "LAPSED",
};

/** The stage a status change becomes (migration 20261205150200_commitment_stages uses the same map). */
export const stageOfStatus: Record<CommitmentStatus, CommitmentStageKind> = {
  PROPOSED: "PROPOSED",
  ANNOUNCED: "ANNOUNCED",
  PLEDGED: "PLEDGED",
  IN_PROGRESS: "ALLOCATED",
  DELIVERED: "DELIVERED",
  CANCELLED: "CANCELLED",
  LAPSED: "LAPSED",
};

/** A commitment's status from its stages in order: the latest stage's. */
export function statusFromStages(kinds: readonly CommitmentStageKind[]): CommitmentStatus | null {
  const last = kinds.at(-1);
  return last ? statusOfStage[last] : null;
}

/** How trackers count each stage: IATI 2.03 transaction type codes and Kiel's categories. */
export const stageCounting: Record<
  CommitmentStageKind,
  { iati: string | null; kiel: "committed" | "allocated" | "delivered" | null }
> = {
  PROPOSED: { iati: null, kiel: null },
  ANNOUNCED: { iati: "12", kiel: "committed" },
  PLEDGED: { iati: "12", kiel: "committed" },
  COMMITTED: { iati: "2", kiel: "committed" },
  ALLOCATED: { iati: null, kiel: "allocated" },
  DISBURSED: { iati: "3", kiel: "delivered" },
  DELIVERED: { iati: "4", kiel: "delivered" },
  CANCELLED: { iati: null, kiel: null },
  LAPSED: { iati: null, kiel: null },
};

export type StageOfHistory<D> = {
  kind: CommitmentStageKind;
  amount: string | null;
  currency: string | null;
  amountAsReported: string | null;
  occurredOn: D | null;
  note: string | null;
  /** Index of the history entry it comes from; null for the stage that keeps the status. */
  entry: number | null;
};

/**
 * The stages of a commitment recorded with a status history: each change becomes a stage, the amount goes
 * to the first, and a status the history does not end with becomes one more stage (dated `madeOn` when
 * there is no history). The rule of migration 20261205150200_commitment_stages, for every writer.
 */
export function stagesFromHistory<D>(
  commitment: {
    status: CommitmentStatus;
    amount?: string | null;
    currency?: string | null;
    amountAsReported?: string | null;
    madeOn?: D | null;
  },
  history: readonly { status: CommitmentStatus; effectiveOn?: D | null; note?: string | null }[],
): StageOfHistory<D>[] {
  const stages: StageOfHistory<D>[] = history.map((change, entry) => ({
    kind: stageOfStatus[change.status],
    amount: null,
    currency: null,
    amountAsReported: null,
    occurredOn: change.effectiveOn ?? null,
    note: change.note ?? null,
    entry,
  }));
  if (history.at(-1)?.status !== commitment.status) {
    const occurredOn = history.length ? null : (commitment.madeOn ?? null);
    stages.push({
      kind: stageOfStatus[commitment.status],
      amount: null,
      currency: null,
      amountAsReported: null,
      occurredOn,
      note: null,
      entry: null,
    });
  }
  stages[0] = {
    ...required(stages[0], "a first stage (a status always makes one)"),
    amount: commitment.amount ?? null,
    currency: commitment.currency ?? null,
    amountAsReported: commitment.amountAsReported ?? null,
  };
  return stages;
}
