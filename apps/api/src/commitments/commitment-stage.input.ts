import { InputType, Int } from "type-graphql";
import { IsInt, Min } from "../common/class-validator";
import { CommitmentStageKind } from "../common/enums";
import { CitationPassageInput } from "../sources/citation-write.input";
import { datedFields, moneyFields } from "../writes/field-groups";
import { choice, nested, ref, text } from "../writes/field-shapes";
import { createFields, field } from "../writes/write-inputs";
import { CommitmentItemInput } from "./commitment-item.input";

/** The fields of AddCommitmentStageInput. */
const stageFields = {
  commitmentId: ref("The commitment.", { kind: "required" }),
  version: field<number>()({
    kind: "required",
    type: () => Int,
    description: "The commitment's current version, else CONFLICT.",
    rules: [IsInt(), Min(1)],
  }),
  kind: choice(CommitmentStageKind, "What happened at this step.", { kind: "required" }),
  ...moneyFields({
    amount: 'The exact amount of this step ("250000000"), with a currency.',
    currency: "ISO 4217 code of the amount.",
    amountAsReported: "The amount as the source wrote it.",
  }),
  ...datedFields("occurred", {
    edtf: "When it happened, as the source gives it (EDTF: 2024, 2025-04, 2025-04-02, ? when inferred).",
    on: "When it happened (any day of the period); needs occurredOnPrecision.",
    precision: "How much of occurredOn is known; required with occurredOn.",
    inferred: "The date is inferred, not stated by the source.",
  }),
  providerId: ref("Who provides at this step, when not the committer (an Actor)."),
  receiverId: ref("Who receives at this step, when not the beneficiary (an Actor)."),
  note: text("What the source says of this step.", 2000),
  items: nested(
    CommitmentItemInput,
    "Items handed over or set aside at this step, in kind (quantity, unit, estimated value).",
    {
      max: 200,
    },
  ),
  citations: nested(CitationPassageInput, "The passages of sources this step is known from.", { max: 50 }),
};

@InputType("AddCommitmentStageInput", {
  description: "A new step at the end of a commitment's stages; the commitment's status follows it.",
})
export class AddCommitmentStageInput extends createFields("CommitmentStage", stageFields, "AddCommitmentStageInput") {}
