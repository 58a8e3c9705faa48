import { Field, ID, InputType } from "type-graphql";
import { ArrayMaxSize, IsEnum, IsString } from "../common/class-validator";
import { CommitmentInstrument, CommitmentKind, CommitmentLinkKind, CommitmentStatus } from "../common/enums";
import { useEdtf } from "../dates/edtf.scalar";
import { datedFields, moneyFields } from "../writes/field-groups";
import { choice, day, edtf, flag, nested, ref, refs, text } from "../writes/field-shapes";
import { createFields, updateFields } from "../writes/write-inputs";
import { CommitmentItemInput } from "./commitment-item.input";

@InputType("CommitmentLinkInput", {
  description: "This commitment FOLLOWS, SUPERSEDES, RESTATES or is PART_OF another.",
})
export class CommitmentLinkInput {
  @Field(() => ID, { description: "The other commitment." })
  @IsString()
  toId!: string;

  @Field(() => CommitmentLinkKind, { description: "How this one relates to it." })
  @IsEnum(CommitmentLinkKind)
  kind!: CommitmentLinkKind;
}

/** Each field of CreateCommitmentInput and UpdateCommitmentInput, declared once. */
const commitmentFields = {
  committerId: ref("Who commits (an Actor).", { kind: "required", update: "Who commits." }),
  kind: choice(CommitmentKind, "The field the commitment belongs to.", { kind: "required" }),
  description: text("What is promised.", 5000, { kind: "required" }),
  status: choice(CommitmentStatus, "Where it stands.", {
    kind: "required",
    update: "A new status, appended to the history.",
  }),
  beneficiaryId: ref("Who receives it (an Actor); null for a cause."),
  ...moneyFields({
    amount: 'The exact amount ("2000000000"), with a currency.',
    currency: "ISO 4217 code of the amount (USD, EUR, KRW).",
    amountAsReported: 'The amount as the source wrote it ("$2 billion").',
  }),
  periodStart: day("First day of the period it covers."),
  periodEnd: day("Last day of the period it covers."),
  statusEffective: edtf("When the status took effect, as the source gives it (EDTF; recorded in the history)."),
  statusEffectiveOn: day("When the status took effect, an exact day (recorded in the history).", {
    deprecated: useEdtf("statusEffective"),
  }),
  statusNote: text("A note for the status history entry.", 2000),
  ...datedFields("made", {
    edtf: "When the commitment was made, as the source gives it (EDTF: 2024, 2025-04, 2025-04-02, ? when inferred).",
    on: "When the commitment was made; needs madeOnPrecision.",
    precision: "How much of madeOn is known; required with madeOn.",
    inferred: "madeOn is inferred from context, not stated by the source (default false).",
  }),
  instrument: choice(CommitmentInstrument, "How the support is given (grant, loan …)."),
  concessional: flag("For a LOAN only: concessional or not."),
  channelId: ref("The organisation the support goes through (an Actor); null for bilateral."),
  engagementId: ref("The engagement it was made in."),
  statementId: ref("The statement it was made in (sets the engagement too)."),
  coCommitterIds: refs("Actors who commit together with the committer: a joint commitment (replaces them).", {
    kind: "kept",
    rules: [ArrayMaxSize(20)],
  }),
  items: nested(
    CommitmentItemInput,
    "Items given in kind, with quantity, unit and estimated value (replaces the commitment's own).",
    {
      kind: "kept",
      max: 200,
    },
  ),
  links: nested(CommitmentLinkInput, "Links to other commitments (replaces them).", { kind: "kept" }),
};

@InputType("CreateCommitmentInput", { description: "A new commitment; its status starts its history." })
export class CreateCommitmentInput extends createFields("Commitment", commitmentFields) {}

@InputType("UpdateCommitmentInput", {
  description: "Changes to a commitment; a new status appends to its history. Absent fields stay as they are.",
})
export class UpdateCommitmentInput extends updateFields("Commitment", commitmentFields, { versioned: true }) {}
