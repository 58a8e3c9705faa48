import { InputType } from "type-graphql";
import { StatementKind } from "../common/enums";
import { choice, count, ref, refs, text } from "../writes/field-shapes";
import { createFields, updateFields } from "../writes/write-inputs";

/** The fields CreateStatementInput and UpdateStatementInput share, declared once. */
const statementFields = {
  speakerId: ref("Who said it (an Actor).", { kind: "required", update: "Who said it." }),
  kind: choice(StatementKind, "What the statement does.", { kind: "required" }),
  gist: text("What was said, in one sentence.", 2000, { kind: "required" }),
  quote: text("The words as quoted by the source.", 20_000, { update: "The words as quoted; null clears them." }),
  position: count("Order within the engagement (default: after the others).", {
    kind: "noClear",
    update: "Order within the engagement.",
  }),
  topicIds: refs("Topics the statement is about.", { kind: "noClear", update: "Replaces the topics." }),
  mentionIds: refs("Actors the statement is about.", { kind: "noClear", update: "Replaces the mentioned actors." }),
};

@InputType("CreateStatementInput", { description: "Something an actor said in an engagement." })
export class CreateStatementInput extends createFields("Statement", {
  ...statementFields,
  engagementId: ref("The engagement it was said in.", { kind: "required" }),
}) {}

@InputType("UpdateStatementInput", {
  description: "Changes to a statement; absent fields stay as they are, lists given replace the old ones.",
})
export class UpdateStatementInput extends updateFields("Statement", statementFields, { versioned: true }) {}
