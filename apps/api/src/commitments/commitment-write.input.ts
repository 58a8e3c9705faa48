import type { QualifiedDate } from "@accord/domain";
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import {
  CommitmentInstrument,
  CommitmentKind,
  CommitmentLinkKind,
  CommitmentStatus,
  DatePrecision,
} from "../common/enums";
import { DateScalar, DecimalScalar } from "../common/scalars";
import { EdtfScalar, useEdtf } from "../dates/edtf.scalar";
import { createFields, field, updateFields } from "../writes/write-inputs";
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
  committerId: field<string>()({
    kind: "required",
    type: () => ID,
    description: "Who commits (an Actor).",
    update: "Who commits.",
    rules: [IsString()],
  }),
  kind: field<CommitmentKind>()({
    kind: "required",
    type: () => CommitmentKind,
    description: "The field the commitment belongs to.",
    rules: [IsEnum(CommitmentKind)],
  }),
  description: field<string>()({
    kind: "required",
    type: () => String,
    description: "What is promised.",
    rules: [IsString(), MinLength(1), MaxLength(5000)],
  }),
  status: field<CommitmentStatus>()({
    kind: "required",
    type: () => CommitmentStatus,
    description: "Where it stands.",
    update: "A new status, appended to the history.",
    rules: [IsEnum(CommitmentStatus)],
  }),
  beneficiaryId: field<string>()({
    kind: "optional",
    type: () => ID,
    description: "Who receives it (an Actor); null for a cause.",
    rules: [IsString()],
  }),
  amount: field<string>()({
    kind: "optional",
    type: () => DecimalScalar,
    description: 'The exact amount ("2000000000"), with a currency.',
    rules: [IsString()],
  }),
  currency: field<string>()({
    kind: "optional",
    type: () => String,
    description: "ISO 4217 code of the amount (USD, EUR, KRW).",
    rules: [Matches(/^[A-Z]{3}$/, { message: "currency must be three capital letters (ISO 4217), e.g. USD" })],
  }),
  amountAsReported: field<string>()({
    kind: "optional",
    type: () => String,
    description: 'The amount as the source wrote it ("$2 billion").',
    rules: [IsString(), MaxLength(200)],
  }),
  periodStart: field<Date>()({
    kind: "optional",
    type: () => DateScalar,
    description: "First day of the period it covers.",
    rules: [IsDate()],
  }),
  periodEnd: field<Date>()({
    kind: "optional",
    type: () => DateScalar,
    description: "Last day of the period it covers.",
    rules: [IsDate()],
  }),
  statusEffective: field<QualifiedDate>()({
    kind: "optional",
    type: () => EdtfScalar,
    description: "When the status took effect, as the source gives it (EDTF; recorded in the history).",
  }),
  statusEffectiveOn: field<Date>()({
    kind: "optional",
    type: () => DateScalar,
    description: "When the status took effect, an exact day (recorded in the history).",
    deprecated: useEdtf("statusEffective"),
    rules: [IsDate()],
  }),
  statusNote: field<string>()({
    kind: "optional",
    type: () => String,
    description: "A note for the status history entry.",
    rules: [IsString(), MaxLength(2000)],
  }),
  made: field<QualifiedDate>()({
    kind: "optional",
    type: () => EdtfScalar,
    description:
      "When the commitment was made, as the source gives it (EDTF: 2024, 2025-04, 2025-04-02, ? when inferred).",
  }),
  madeOn: field<Date>()({
    kind: "optional",
    type: () => DateScalar,
    description: "When the commitment was made; needs madeOnPrecision.",
    deprecated: useEdtf("made"),
    rules: [IsDate()],
  }),
  madeOnPrecision: field<DatePrecision>()({
    kind: "optional",
    type: () => DatePrecision,
    description: "How much of madeOn is known; required with madeOn.",
    deprecated: useEdtf("made"),
    rules: [IsEnum(DatePrecision)],
  }),
  madeOnInferred: field<boolean>()({
    kind: "optional",
    type: () => Boolean,
    description: "madeOn is inferred from context, not stated by the source (default false).",
    deprecated: useEdtf("made"),
    rules: [IsBoolean()],
  }),
  instrument: field<CommitmentInstrument>()({
    kind: "optional",
    type: () => CommitmentInstrument,
    description: "How the support is given (grant, loan …).",
    rules: [IsEnum(CommitmentInstrument)],
  }),
  concessional: field<boolean>()({
    kind: "optional",
    type: () => Boolean,
    description: "For a LOAN only: concessional or not.",
    rules: [IsBoolean()],
  }),
  channelId: field<string>()({
    kind: "optional",
    type: () => ID,
    description: "The organisation the support goes through (an Actor); null for bilateral.",
    rules: [IsString()],
  }),
  engagementId: field<string>()({
    kind: "optional",
    type: () => ID,
    description: "The engagement it was made in.",
    rules: [IsString()],
  }),
  statementId: field<string>()({
    kind: "optional",
    type: () => ID,
    description: "The statement it was made in (sets the engagement too).",
    rules: [IsString()],
  }),
  coCommitterIds: field<string[]>()({
    kind: "kept",
    type: () => [ID],
    description: "Actors who commit together with the committer: a joint commitment (replaces them).",
    rules: [IsArray(), IsString({ each: true }), ArrayMaxSize(20)],
  }),
  items: field<CommitmentItemInput[]>()({
    kind: "kept",
    type: () => [CommitmentItemInput],
    description: "Items given in kind, with quantity, unit and estimated value (replaces the commitment's own).",
    rules: [IsArray(), ArrayMaxSize(200), ValidateNested({ each: true })],
  }),
  links: field<CommitmentLinkInput[]>()({
    kind: "kept",
    type: () => [CommitmentLinkInput],
    description: "Links to other commitments (replaces them).",
    rules: [IsArray(), ValidateNested({ each: true })],
  }),
};

@InputType("CreateCommitmentInput", { description: "A new commitment; its status starts its history." })
export class CreateCommitmentInput extends createFields("Commitment", commitmentFields) {}

@InputType("UpdateCommitmentInput", {
  description: "Changes to a commitment; a new status appends to its history. Absent fields stay as they are.",
})
export class UpdateCommitmentInput extends updateFields("Commitment", commitmentFields) {
  @Field(() => ID, { description: "The commitment to change." })
  @IsString()
  id!: string;

  @Field(() => Int, { description: "The version you read; a stale one is a CONFLICT." })
  @IsInt()
  @Min(1)
  version!: number;
}
