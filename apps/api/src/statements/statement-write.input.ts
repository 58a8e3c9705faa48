import { IsArray, IsEnum, IsInt, IsString, MaxLength, Min, MinLength } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { StatementKind } from "../common/enums";
import { createFields, field, updateFields } from "../writes/write-inputs";

/** The fields CreateStatementInput and UpdateStatementInput share, declared once. */
const statementFields = {
  speakerId: field<string>()({
    kind: "required",
    type: () => ID,
    description: "Who said it (an Actor).",
    update: "Who said it.",
    rules: [IsString()],
  }),
  kind: field<StatementKind>()({
    kind: "required",
    type: () => StatementKind,
    description: "What the statement does.",
    rules: [IsEnum(StatementKind)],
  }),
  gist: field<string>()({
    kind: "required",
    type: () => String,
    description: "What was said, in one sentence.",
    rules: [IsString(), MinLength(1), MaxLength(2000)],
  }),
  quote: field<string>()({
    kind: "optional",
    type: () => String,
    description: "The words as quoted by the source.",
    update: "The words as quoted; null clears them.",
    rules: [IsString(), MaxLength(20_000)],
  }),
  position: field<number>()({
    kind: "noClear",
    type: () => Int,
    description: "Order within the engagement (default: after the others).",
    update: "Order within the engagement.",
    rules: [IsInt(), Min(0)],
  }),
  topicIds: field<string[]>()({
    kind: "noClear",
    type: () => [ID],
    description: "Topics the statement is about.",
    update: "Replaces the topics.",
    rules: [IsArray(), IsString({ each: true })],
  }),
  mentionIds: field<string[]>()({
    kind: "noClear",
    type: () => [ID],
    description: "Actors the statement is about.",
    update: "Replaces the mentioned actors.",
    rules: [IsArray(), IsString({ each: true })],
  }),
};

@InputType("CreateStatementInput", { description: "Something an actor said in an engagement." })
export class CreateStatementInput extends createFields("Statement", statementFields) {
  @Field(() => ID, { description: "The engagement it was said in." })
  @IsString()
  engagementId!: string;
}

@InputType("UpdateStatementInput", {
  description: "Changes to a statement; absent fields stay as they are, lists given replace the old ones.",
})
export class UpdateStatementInput extends updateFields("Statement", statementFields) {
  @Field(() => ID, { description: "The statement to change." })
  @IsString()
  id!: string;

  @Field(() => Int, { description: "The version you read; a stale one is a CONFLICT." })
  @IsInt()
  @Min(1)
  version!: number;
}
