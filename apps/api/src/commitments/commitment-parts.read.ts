import { columns, describeType, globalId, reference, sql } from "../compiled-reads/describe";

export const commitmentStatusChangeRead = describeType("CommitmentStatusChange", "commitment_status_change", {
  id: globalId("CommitmentStatusChange"),
  ...columns("CommitmentStatusChange", ["status", "effectiveOn", "effectivePrecision", "note", "recordedAt"]),
  commitment: reference("Commitment", "commitment_id"),
});

/** A link as its commitment's `links` rows give it: kind, direction and the other end's id. */
export const commitmentLinkRead = describeType("CommitmentLink", undefined, {
  kind: sql((row) => `${row}.kind`),
  direction: sql((row) => `${row}.direction`),
  other: reference("Commitment", "other_id"),
});
