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
  ValidateNested,
} from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { CommitmentStageKind, DatePrecision } from "../common/enums";
import { DateScalar, DecimalScalar } from "../common/scalars";
import { EdtfScalar, useEdtf } from "../dates/edtf.scalar";
import { CitationPassageInput } from "../sources/citation-write.input";
import { OptionalOrNull } from "../writes/input-rules";
import { CommitmentItemInput } from "./commitment-item.input";

@InputType("AddCommitmentStageInput", {
  description: "A new step at the end of a commitment's stages; the commitment's status follows it.",
})
export class AddCommitmentStageInput {
  @Field(() => ID, { description: "The commitment." })
  @IsString()
  commitmentId!: string;

  @Field(() => Int, { description: "The commitment's current version, else CONFLICT." })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => CommitmentStageKind, { description: "What happened at this step." })
  @IsEnum(CommitmentStageKind)
  kind!: CommitmentStageKind;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'The exact amount of this step ("250000000"), with a currency.',
  })
  @OptionalOrNull()
  @IsString()
  amount?: string | null;

  @Field(() => String, { nullable: true, description: "ISO 4217 code of the amount." })
  @OptionalOrNull()
  @Matches(/^[A-Z]{3}$/, { message: "currency must be three capital letters (ISO 4217), e.g. USD" })
  currency?: string | null;

  @Field(() => String, { nullable: true, description: "The amount as the source wrote it." })
  @OptionalOrNull()
  @IsString()
  @MaxLength(200)
  amountAsReported?: string | null;

  @Field(() => EdtfScalar, {
    nullable: true,
    description: "When it happened, as the source gives it (EDTF: 2024, 2025-04, 2025-04-02, ? when inferred).",
  })
  @OptionalOrNull()
  occurred?: QualifiedDate | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "When it happened (any day of the period); needs occurredOnPrecision.",
    deprecationReason: useEdtf("occurred"),
  })
  @OptionalOrNull()
  @IsDate()
  occurredOn?: Date | null;

  @Field(() => DatePrecision, {
    nullable: true,
    description: "How much of occurredOn is known; required with occurredOn.",
    deprecationReason: useEdtf("occurred"),
  })
  @OptionalOrNull()
  @IsEnum(DatePrecision)
  occurredOnPrecision?: DatePrecision | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "The date is inferred, not stated by the source.",
    deprecationReason: useEdtf("occurred"),
  })
  @OptionalOrNull()
  @IsBoolean()
  occurredOnInferred?: boolean | null;

  @Field(() => ID, { nullable: true, description: "Who provides at this step, when not the committer (an Actor)." })
  @OptionalOrNull()
  @IsString()
  providerId?: string | null;

  @Field(() => ID, { nullable: true, description: "Who receives at this step, when not the beneficiary (an Actor)." })
  @OptionalOrNull()
  @IsString()
  receiverId?: string | null;

  @Field(() => String, { nullable: true, description: "What the source says of this step." })
  @OptionalOrNull()
  @IsString()
  @MaxLength(2000)
  note?: string | null;

  @Field(() => [CommitmentItemInput], {
    nullable: true,
    description: "Items handed over or set aside at this step, in kind (quantity, unit, estimated value).",
  })
  @OptionalOrNull()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  items?: CommitmentItemInput[] | null;

  @Field(() => [CitationPassageInput], {
    nullable: true,
    description: "The passages of sources this step is known from.",
  })
  @OptionalOrNull()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  citations?: CitationPassageInput[] | null;
}
