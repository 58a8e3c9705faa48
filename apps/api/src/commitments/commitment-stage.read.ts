import { columns, describeType, reference } from "../compiled-reads/describe";
import { moneyOfRow } from "./commitment.read";

/** A stage as its commitment's `stages` rows give it (with provider and receiver already defaulted). */
export const commitmentStageRead = describeType("CommitmentStage", undefined, {
  ...columns("CommitmentStage", [
    "position",
    "kind",
    "occurredOn",
    "occurredOnPrecision",
    "occurredOnInferred",
    "note",
    "recordedAt",
  ]),
  money: moneyOfRow,
  commitment: reference("Commitment", "commitment_id"),
  provider: reference("Actor", "provider_or_committer"),
  receiver: reference("Actor", "receiver_or_beneficiary"),
});
