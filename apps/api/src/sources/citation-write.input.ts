import { InputType } from "type-graphql";
import { MinLength } from "../common/class-validator";
import { count, ref, text } from "../writes/field-shapes";
import { createFields, updateFields } from "../writes/write-inputs";

/** The passage fields CreateCitationInput and UpdateCitationInput share, declared once. */
const passageFields = {
  quote: text("The passage, exactly as it stands in the source.", 20_000, { rules: [MinLength(1)] }),
  startOffset: count("Start offset into the source's text (UTF-16 index)."),
  endOffset: count("End offset (exclusive)."),
  locator: text("Where in the source when offsets do not apply.", 500),
};

const sourceCited = { sourceId: ref("The source cited.", { kind: "required" }) };

@InputType("CreateCitationInput", {
  description:
    "Ties exactly one of an engagement, statement, commitment or commitment stage to a passage of a source. Give the quote and, when the source keeps its text, the offsets are found (or checked).",
})
export class CreateCitationInput extends createFields("Citation", {
  ...passageFields,
  ...sourceCited,
  engagementId: ref("The engagement the passage supports."),
  statementId: ref("The statement the passage supports."),
  commitmentId: ref("The commitment the passage supports."),
  commitmentStageId: ref("The commitment stage the passage supports (CommitmentStage.id)."),
}) {}

@InputType("CitationPassageInput", {
  description: "A passage of a source cited inline, by the record written with it (a commitment stage).",
})
export class CitationPassageInput extends createFields(
  "CitationPassage",
  { ...passageFields, ...sourceCited },
  "CitationPassageInput",
) {}

@InputType("UpdateCitationInput", {
  description: "Changes to a citation's passage; absent fields stay. Offsets are found again from a new quote.",
})
export class UpdateCitationInput extends updateFields("Citation", passageFields) {}
