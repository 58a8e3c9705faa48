import { IsInt, IsString, MaxLength, Min, MinLength } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { OptionalOrNull } from "../writes/input-rules";

@InputType("CreateCitationInput", {
  description:
    "Ties exactly one of an engagement, statement or commitment to a passage of a source. Give the quote and, when the source keeps its text, the offsets are found (or checked).",
})
export class CreateCitationInput {
  @Field(() => ID, { description: "The source cited." })
  @IsString()
  sourceId!: string;

  @Field(() => ID, { nullable: true, description: "The engagement the passage supports." })
  @OptionalOrNull()
  @IsString()
  engagementId?: string | null;

  @Field(() => ID, { nullable: true, description: "The statement the passage supports." })
  @OptionalOrNull()
  @IsString()
  statementId?: string | null;

  @Field(() => ID, { nullable: true, description: "The commitment the passage supports." })
  @OptionalOrNull()
  @IsString()
  commitmentId?: string | null;

  @Field(() => String, { nullable: true, description: "The passage, exactly as it stands in the source." })
  @OptionalOrNull()
  @IsString()
  @MinLength(1)
  @MaxLength(20_000)
  quote?: string | null;

  @Field(() => Int, { nullable: true, description: "Start offset into the source's text (UTF-16 index)." })
  @OptionalOrNull()
  @IsInt()
  @Min(0)
  startOffset?: number | null;

  @Field(() => Int, { nullable: true, description: "End offset (exclusive)." })
  @OptionalOrNull()
  @IsInt()
  @Min(0)
  endOffset?: number | null;

  @Field(() => String, { nullable: true, description: "Where in the source when offsets do not apply." })
  @OptionalOrNull()
  @IsString()
  @MaxLength(500)
  locator?: string | null;
}

@InputType("UpdateCitationInput", {
  description: "Changes to a citation's passage; absent fields stay. Offsets are found again from a new quote.",
})
export class UpdateCitationInput {
  @Field(() => ID, { description: "The citation to change." })
  @IsString()
  id!: string;

  @Field(() => String, { nullable: true, description: "The passage, exactly as it stands in the source." })
  @OptionalOrNull()
  @IsString()
  @MinLength(1)
  @MaxLength(20_000)
  quote?: string | null;

  @Field(() => Int, { nullable: true, description: "Start offset into the source's text (UTF-16 index)." })
  @OptionalOrNull()
  @IsInt()
  @Min(0)
  startOffset?: number | null;

  @Field(() => Int, { nullable: true, description: "End offset (exclusive)." })
  @OptionalOrNull()
  @IsInt()
  @Min(0)
  endOffset?: number | null;

  @Field(() => String, { nullable: true, description: "Where in the source when offsets do not apply." })
  @OptionalOrNull()
  @IsString()
  @MaxLength(500)
  locator?: string | null;
}
