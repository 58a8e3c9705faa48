import { IsArray, IsEnum, IsInt, IsString, MaxLength, Min, MinLength } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { StatementKind } from "../common/enums";
import { NotNullIfPresent, OptionalOrNull } from "../writes/input-rules";

@InputType("CreateStatementInput", { description: "Something an actor said in an engagement." })
export class CreateStatementInput {
  @Field(() => ID, { description: "The engagement it was said in." })
  @IsString()
  engagementId!: string;

  @Field(() => ID, { description: "Who said it (an Actor)." })
  @IsString()
  speakerId!: string;

  @Field(() => StatementKind, { description: "What the statement does." })
  @IsEnum(StatementKind)
  kind!: StatementKind;

  @Field(() => String, { description: "What was said, in one sentence." })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  gist!: string;

  @Field(() => String, { nullable: true, description: "The words as quoted by the source." })
  @OptionalOrNull()
  @IsString()
  @MaxLength(20_000)
  quote?: string | null;

  @Field(() => Int, { nullable: true, description: "Order within the engagement (default: after the others)." })
  @OptionalOrNull()
  @IsInt()
  @Min(0)
  position?: number | null;

  @Field(() => [ID], { nullable: true, description: "Topics the statement is about." })
  @OptionalOrNull()
  @IsArray()
  @IsString({ each: true })
  topicIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Actors the statement is about." })
  @OptionalOrNull()
  @IsArray()
  @IsString({ each: true })
  mentionIds?: string[] | null;
}

@InputType("UpdateStatementInput", {
  description: "Changes to a statement; absent fields stay as they are, lists given replace the old ones.",
})
export class UpdateStatementInput {
  @Field(() => ID, { description: "The statement to change." })
  @IsString()
  id!: string;

  @Field(() => Int, { description: "The version you read; a stale one is a CONFLICT." })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => ID, { nullable: true, description: "Who said it." })
  @NotNullIfPresent()
  @IsString()
  speakerId?: string;

  @Field(() => StatementKind, { nullable: true, description: "What the statement does." })
  @NotNullIfPresent()
  @IsEnum(StatementKind)
  kind?: StatementKind;

  @Field(() => String, { nullable: true, description: "What was said, in one sentence." })
  @NotNullIfPresent()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  gist?: string;

  @Field(() => String, { nullable: true, description: "The words as quoted; null clears them." })
  @OptionalOrNull()
  @IsString()
  @MaxLength(20_000)
  quote?: string | null;

  @Field(() => Int, { nullable: true, description: "Order within the engagement." })
  @NotNullIfPresent()
  @IsInt()
  @Min(0)
  position?: number;

  @Field(() => [ID], { nullable: true, description: "Replaces the topics." })
  @NotNullIfPresent()
  @IsArray()
  @IsString({ each: true })
  topicIds?: string[];

  @Field(() => [ID], { nullable: true, description: "Replaces the mentioned actors." })
  @NotNullIfPresent()
  @IsArray()
  @IsString({ each: true })
  mentionIds?: string[];
}
