import {
  IsArray,
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
import { CommitmentKind, CommitmentLinkKind, CommitmentStatus, DatePrecision } from "../common/enums";
import { DateScalar, DecimalScalar } from "../common/scalars";
import { NotNullIfPresent, OptionalOrNull } from "../writes/input-rules";

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

/** Fields shared by create and update; in an update every one is optional. */
@InputType("CommitmentFieldsBase", { description: "Fields shared by commitment inputs (not used directly)." })
class CommitmentFields {
  @Field(() => ID, { nullable: true, description: "Who receives it (an Actor); null for a cause." })
  @OptionalOrNull()
  @IsString()
  beneficiaryId?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'The exact amount ("2000000000"), with a currency.' })
  @OptionalOrNull()
  @IsString()
  amount?: string | null;

  @Field(() => String, { nullable: true, description: "ISO 4217 code of the amount (USD, EUR, KRW)." })
  @OptionalOrNull()
  @Matches(/^[A-Z]{3}$/, { message: "currency must be three capital letters (ISO 4217), e.g. USD" })
  currency?: string | null;

  @Field(() => String, { nullable: true, description: 'The amount as the source wrote it ("$2 billion").' })
  @OptionalOrNull()
  @IsString()
  @MaxLength(200)
  amountAsReported?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "First day of the period it covers." })
  @OptionalOrNull()
  @IsDate()
  periodStart?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: "Last day of the period it covers." })
  @OptionalOrNull()
  @IsDate()
  periodEnd?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: "When the status took effect (recorded in the history)." })
  @OptionalOrNull()
  @IsDate()
  statusEffectiveOn?: Date | null;

  @Field(() => String, { nullable: true, description: "A note for the status history entry." })
  @OptionalOrNull()
  @IsString()
  @MaxLength(2000)
  statusNote?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "When the commitment was made." })
  @OptionalOrNull()
  @IsDate()
  madeOn?: Date | null;

  @Field(() => DatePrecision, { nullable: true, description: "How much of madeOn is known (default DAY)." })
  @OptionalOrNull()
  @IsEnum(DatePrecision)
  madeOnPrecision?: DatePrecision | null;

  @Field(() => ID, { nullable: true, description: "The engagement it was made in." })
  @OptionalOrNull()
  @IsString()
  engagementId?: string | null;

  @Field(() => ID, { nullable: true, description: "The statement it was made in (sets the engagement too)." })
  @OptionalOrNull()
  @IsString()
  statementId?: string | null;

  @Field(() => [CommitmentLinkInput], { nullable: true, description: "Links to other commitments (replaces them)." })
  @NotNullIfPresent()
  @IsArray()
  @ValidateNested({ each: true })
  links?: CommitmentLinkInput[];
}

@InputType("CreateCommitmentInput", { description: "A new commitment; its status starts its history." })
export class CreateCommitmentInput extends CommitmentFields {
  @Field(() => ID, { description: "Who commits (an Actor)." })
  @IsString()
  committerId!: string;

  @Field(() => CommitmentKind, { description: "The field the commitment belongs to." })
  @IsEnum(CommitmentKind)
  kind!: CommitmentKind;

  @Field(() => String, { description: "What is promised." })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  description!: string;

  @Field(() => CommitmentStatus, { description: "Where it stands." })
  @IsEnum(CommitmentStatus)
  status!: CommitmentStatus;
}

@InputType("UpdateCommitmentInput", {
  description: "Changes to a commitment; a new status appends to its history. Absent fields stay as they are.",
})
export class UpdateCommitmentInput extends CommitmentFields {
  @Field(() => ID, { description: "The commitment to change." })
  @IsString()
  id!: string;

  @Field(() => Int, { description: "The version you read; a stale one is a CONFLICT." })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => ID, { nullable: true, description: "Who commits." })
  @NotNullIfPresent()
  @IsString()
  committerId?: string;

  @Field(() => CommitmentKind, { nullable: true, description: "The field the commitment belongs to." })
  @NotNullIfPresent()
  @IsEnum(CommitmentKind)
  kind?: CommitmentKind;

  @Field(() => String, { nullable: true, description: "What is promised." })
  @NotNullIfPresent()
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  description?: string;

  @Field(() => CommitmentStatus, { nullable: true, description: "A new status, appended to the history." })
  @NotNullIfPresent()
  @IsEnum(CommitmentStatus)
  status?: CommitmentStatus;
}
