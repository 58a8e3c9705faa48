import { IsInt, IsString, MaxLength, Min, MinLength } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { OptionalOrNull } from "../writes/input-rules";
import { createFields, field, updateFields } from "../writes/write-inputs";

/** The passage fields CreateCitationInput and UpdateCitationInput share, declared once. */
const passageFields = {
  quote: field<string>()({
    kind: "optional",
    type: () => String,
    description: "The passage, exactly as it stands in the source.",
    rules: [IsString(), MinLength(1), MaxLength(20_000)],
  }),
  startOffset: field<number>()({
    kind: "optional",
    type: () => Int,
    description: "Start offset into the source's text (UTF-16 index).",
    rules: [IsInt(), Min(0)],
  }),
  endOffset: field<number>()({
    kind: "optional",
    type: () => Int,
    description: "End offset (exclusive).",
    rules: [IsInt(), Min(0)],
  }),
  locator: field<string>()({
    kind: "optional",
    type: () => String,
    description: "Where in the source when offsets do not apply.",
    rules: [IsString(), MaxLength(500)],
  }),
};

@InputType("CreateCitationInput", {
  description:
    "Ties exactly one of an engagement, statement, commitment or commitment stage to a passage of a source. Give the quote and, when the source keeps its text, the offsets are found (or checked).",
})
export class CreateCitationInput extends createFields("Citation", passageFields) {
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

  @Field(() => ID, { nullable: true, description: "The commitment stage the passage supports (CommitmentStage.id)." })
  @OptionalOrNull()
  @IsString()
  commitmentStageId?: string | null;
}

@InputType("CitationPassageInput", {
  description: "A passage of a source cited inline, by the record written with it (a commitment stage).",
})
export class CitationPassageInput extends createFields("CitationPassage", passageFields) {
  @Field(() => ID, { description: "The source cited." })
  @IsString()
  sourceId!: string;
}

@InputType("UpdateCitationInput", {
  description: "Changes to a citation's passage; absent fields stay. Offsets are found again from a new quote.",
})
export class UpdateCitationInput extends updateFields("Citation", passageFields) {
  @Field(() => ID, { description: "The citation to change." })
  @IsString()
  id!: string;
}
