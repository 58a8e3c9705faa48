import type { QualifiedDate } from "@accord/domain";
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsString,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { DatePrecision, EngagementKind, EngagementStatus, ParticipantRole } from "../common/enums";
import { DateScalar } from "../common/scalars";
import { EdtfScalar, useEdtf } from "../dates/edtf.scalar";
import { OptionalOrNull } from "../writes/input-rules";
import { createFields, field, updateFields } from "../writes/write-inputs";
import { maxParticipants } from "./participants.loader";

@InputType("ParticipantInput", { description: "An actor taking part in an engagement; the list order is kept." })
export class ParticipantInput {
  @Field(() => ID, { description: "The actor taking part." })
  @IsString()
  actorId!: string;

  @Field(() => ParticipantRole, { nullable: true, description: "The part it plays (default PARTICIPANT)." })
  @OptionalOrNull()
  @IsEnum(ParticipantRole)
  role?: ParticipantRole | null;

  @Field(() => ID, { nullable: true, description: "The actor it represents (a minister represents a state)." })
  @OptionalOrNull()
  @IsString()
  representsId?: string | null;

  @Field(() => String, { nullable: true, description: "The title as the source reports it." })
  @OptionalOrNull()
  @IsString()
  @MaxLength(300)
  titleAsReported?: string | null;
}

/** Each field of CreateEngagementInput and UpdateEngagementInput, declared once. */
const engagementFields = {
  kind: field<EngagementKind>()({
    kind: "required",
    type: () => EngagementKind,
    description: "The form the engagement takes.",
    rules: [IsEnum(EngagementKind)],
  }),
  title: field<string>()({
    kind: "required",
    type: () => String,
    description: "A short title.",
    rules: [IsString(), MinLength(1), MaxLength(500)],
  }),
  start: field<QualifiedDate>()({
    kind: "kept",
    type: () => EdtfScalar,
    description:
      "When it began, as the source gives it (EDTF: 2024, 2025-04, 2025-04-02, ? when inferred). Required unless the deprecated startDate is given.",
    update: "When it began (EDTF). Its qualifiers (? ~) set the engagement's inferred and approximate flags.",
  }),
  end: field<QualifiedDate>()({
    kind: "optional",
    type: () => EdtfScalar,
    description: "When it ended, for engagements over several days (EDTF); null for none.",
  }),
  startDate: field<Date>()({
    kind: "kept",
    type: () => DateScalar,
    description: "The start date (any day of the period at a coarser precision); needs startPrecision.",
    deprecated: useEdtf("start"),
    rules: [IsDate()],
  }),
  status: field<EngagementStatus>()({
    kind: "kept",
    type: () => EngagementStatus,
    description: "Planned, held or cancelled (default HELD).",
    rules: [IsEnum(EngagementStatus)],
  }),
  summary: field<string>()({
    kind: "optional",
    type: () => String,
    description: "What happened, in a few sentences.",
    rules: [IsString(), MaxLength(20_000)],
  }),
  startPrecision: field<DatePrecision>()({
    kind: "kept",
    type: () => DatePrecision,
    description: "How much of startDate is known; required with startDate.",
    deprecated: useEdtf("start"),
    rules: [IsEnum(DatePrecision)],
  }),
  endDate: field<Date>()({
    kind: "optional",
    type: () => DateScalar,
    description: "The end date, for engagements over several days; needs endPrecision.",
    deprecated: useEdtf("end"),
    rules: [IsDate()],
  }),
  endPrecision: field<DatePrecision>()({
    kind: "optional",
    type: () => DatePrecision,
    description: "How much of endDate is known; required with endDate.",
    deprecated: useEdtf("end"),
    rules: [IsEnum(DatePrecision)],
  }),
  dateInferred: field<boolean>()({
    kind: "kept",
    type: () => Boolean,
    description: "True when the date is inferred, not stated.",
    deprecated: useEdtf("start"),
    rules: [IsBoolean()],
  }),
  place: field<string>()({
    kind: "optional",
    type: () => String,
    description: "The venue.",
    rules: [IsString(), MaxLength(300)],
  }),
  city: field<string>()({
    kind: "optional",
    type: () => String,
    description: "The city.",
    rules: [IsString(), MaxLength(200)],
  }),
  countryId: field<string>()({
    kind: "optional",
    type: () => ID,
    description: "The country where it took place (an Actor).",
    rules: [IsString()],
  }),
  parentId: field<string>()({
    kind: "optional",
    type: () => ID,
    description: "The engagement this one took place on the sidelines of.",
    rules: [IsString()],
  }),
  participants: field<ParticipantInput[]>()({
    kind: "kept",
    type: () => [ParticipantInput],
    description: "Who took part, in order (replaces the list).",
    rules: [IsArray(), ArrayMaxSize(maxParticipants), ValidateNested({ each: true })],
  }),
  topicIds: field<string[]>()({
    kind: "kept",
    type: () => [ID],
    description: "The topics discussed (replaces the list).",
    rules: [IsArray(), IsString({ each: true })],
  }),
};

@InputType("CreateEngagementInput", { description: "A new engagement with its participants and topics." })
export class CreateEngagementInput extends createFields("Engagement", engagementFields) {}

@InputType("UpdateEngagementInput", {
  description: "Changes to an engagement; absent fields stay as they are, lists given replace the old ones.",
})
export class UpdateEngagementInput extends updateFields("Engagement", engagementFields) {
  @Field(() => ID, { description: "The engagement to change." })
  @IsString()
  id!: string;

  @Field(() => Int, { description: "The version you read; a stale one is a CONFLICT." })
  @IsInt()
  @Min(1)
  version!: number;
}
