import { describeType, globalId, reference, sql } from "../compiled-reads/describe";

export const commitmentStatusChangeRead = describeType(
  "CommitmentStatusChange",
  "commitment_status_change",
  {
    id: globalId("CommitmentStatusChange"),
    commitment: reference("Commitment", "commitment_id"),
  },
  "CommitmentStatusChange",
);

/** A link as its commitment's `links` rows give it: kind, direction and the other end's id. */
export const commitmentLinkRead = describeType("CommitmentLink", undefined, {
  kind: sql((row) => `${row}.kind`),
  direction: sql((row) => `${row}.direction`),
  other: reference("Commitment", "other_id"),
});
