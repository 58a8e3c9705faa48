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
import { NotNullIfPresent, OptionalOrNull } from "../writes/input-rules";
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

/** Fields shared by create and update; in an update every one is optional. */
@InputType("EngagementFieldsBase", { description: "Fields shared by engagement inputs (not used directly)." })
class EngagementFields {
  @Field(() => EngagementStatus, { nullable: true, description: "Planned, held or cancelled (default HELD)." })
  @NotNullIfPresent()
  @IsEnum(EngagementStatus)
  status?: EngagementStatus;

  @Field(() => String, { nullable: true, description: "What happened, in a few sentences." })
  @OptionalOrNull()
  @IsString()
  @MaxLength(20_000)
  summary?: string | null;

  @Field(() => DatePrecision, { nullable: true, description: "How much of the start date is known (default DAY)." })
  @NotNullIfPresent()
  @IsEnum(DatePrecision)
  startPrecision?: DatePrecision;

  @Field(() => DateScalar, { nullable: true, description: "The end date, for engagements over several days." })
  @OptionalOrNull()
  @IsDate()
  endDate?: Date | null;

  @Field(() => DatePrecision, { nullable: true, description: "How much of the end date is known (default DAY)." })
  @OptionalOrNull()
  @IsEnum(DatePrecision)
  endPrecision?: DatePrecision | null;

  @Field(() => Boolean, { nullable: true, description: "True when the date is inferred, not stated." })
  @NotNullIfPresent()
  @IsBoolean()
  dateInferred?: boolean;

  @Field(() => String, { nullable: true, description: "The venue." })
  @OptionalOrNull()
  @IsString()
  @MaxLength(300)
  place?: string | null;

  @Field(() => String, { nullable: true, description: "The city." })
  @OptionalOrNull()
  @IsString()
  @MaxLength(200)
  city?: string | null;

  @Field(() => ID, { nullable: true, description: "The country where it took place (an Actor)." })
  @OptionalOrNull()
  @IsString()
  countryId?: string | null;

  @Field(() => ID, { nullable: true, description: "The engagement this one took place on the sidelines of." })
  @OptionalOrNull()
  @IsString()
  parentId?: string | null;

  @Field(() => [ParticipantInput], { nullable: true, description: "Who took part, in order (replaces the list)." })
  @NotNullIfPresent()
  @IsArray()
  @ArrayMaxSize(maxParticipants)
  @ValidateNested({ each: true })
  participants?: ParticipantInput[];

  @Field(() => [ID], { nullable: true, description: "The topics discussed (replaces the list)." })
  @NotNullIfPresent()
  @IsArray()
  @IsString({ each: true })
  topicIds?: string[];
}

@InputType("CreateEngagementInput", { description: "A new engagement with its participants and topics." })
export class CreateEngagementInput extends EngagementFields {
  @Field(() => EngagementKind, { description: "The form the engagement takes." })
  @IsEnum(EngagementKind)
  kind!: EngagementKind;

  @Field(() => String, { description: "A short title." })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  title!: string;

  @Field(() => DateScalar, { description: "The start date (any day of the period at a coarser precision)." })
  @IsDate()
  startDate!: Date;
}

@InputType("UpdateEngagementInput", {
  description: "Changes to an engagement; absent fields stay as they are, lists given replace the old ones.",
})
export class UpdateEngagementInput extends EngagementFields {
  @Field(() => ID, { description: "The engagement to change." })
  @IsString()
  id!: string;

  @Field(() => Int, { description: "The version you read; a stale one is a CONFLICT." })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => EngagementKind, { nullable: true, description: "The form the engagement takes." })
  @NotNullIfPresent()
  @IsEnum(EngagementKind)
  kind?: EngagementKind;

  @Field(() => String, { nullable: true, description: "A short title." })
  @NotNullIfPresent()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  title?: string;

  @Field(() => DateScalar, { nullable: true, description: "The start date." })
  @NotNullIfPresent()
  @IsDate()
  startDate?: Date;
}
