import { Field, ID, InputType } from "type-graphql";
import { IsEnum, IsString, MaxLength } from "../common/class-validator";
import { DatePrecision, EngagementKind, EngagementStatus, ParticipantRole } from "../common/enums";
import { useEdtf } from "../dates/edtf.scalar";
import { choice, day, edtf, flag, nested, ref, refs, text } from "../writes/field-shapes";
import { OptionalOrNull } from "../writes/input-rules";
import { createFields, updateFields } from "../writes/write-inputs";
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
  kind: choice(EngagementKind, "The form the engagement takes.", { kind: "required" }),
  title: text("A short title.", 500, { kind: "required" }),
  start: edtf(
    "When it began, as the source gives it (EDTF: 2024, 2025-04, 2025-04-02, ? when inferred). Required unless the deprecated startDate is given.",
    {
      kind: "kept",
      update: "When it began (EDTF). Its qualifiers (? ~) set the engagement's inferred and approximate flags.",
    },
  ),
  end: edtf("When it ended, for engagements over several days (EDTF); null for none."),
  startDate: day("The start date (any day of the period at a coarser precision); needs startPrecision.", {
    kind: "kept",
    deprecated: useEdtf("start"),
  }),
  status: choice(EngagementStatus, "Planned, held or cancelled (default HELD).", { kind: "kept" }),
  summary: text("What happened, in a few sentences.", 20_000),
  startPrecision: choice(DatePrecision, "How much of startDate is known; required with startDate.", {
    kind: "kept",
    deprecated: useEdtf("start"),
  }),
  endDate: day("The end date, for engagements over several days; needs endPrecision.", {
    deprecated: useEdtf("end"),
  }),
  endPrecision: choice(DatePrecision, "How much of endDate is known; required with endDate.", {
    deprecated: useEdtf("end"),
  }),
  dateInferred: flag("True when the date is inferred, not stated.", { kind: "kept", deprecated: useEdtf("start") }),
  place: text("The venue.", 300),
  city: text("The city.", 200),
  countryId: ref("The country where it took place (an Actor)."),
  parentId: ref("The engagement this one took place on the sidelines of."),
  participants: nested(ParticipantInput, "Who took part, in order (replaces the list).", {
    kind: "kept",
    max: maxParticipants,
  }),
  topicIds: refs("The topics discussed (replaces the list).", { kind: "kept" }),
};

@InputType("CreateEngagementInput", { description: "A new engagement with its participants and topics." })
export class CreateEngagementInput extends createFields("Engagement", engagementFields) {}

@InputType("UpdateEngagementInput", {
  description: "Changes to an engagement; absent fields stay as they are, lists given replace the old ones.",
})
export class UpdateEngagementInput extends updateFields("Engagement", engagementFields, { versioned: true }) {}
