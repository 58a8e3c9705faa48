import { InputType } from "type-graphql";
import { Matches, MaxLength } from "../common/class-validator";
import { ref, text } from "../writes/field-shapes";
import { createFields, field, updateFields } from "../writes/write-inputs";

const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const slugMessage = "slug must be lower-case letters and digits joined by single hyphens (russia-dprk)";

/** Each field of CreateTopicInput and UpdateTopicInput, declared once. */
const topicFields = {
  slug: field<string>()({
    kind: "required",
    type: () => String,
    description: "Stable, URL-safe key, unique among all topics.",
    update: "Stable, URL-safe key.",
    rules: [Matches(slugPattern, { message: slugMessage }), MaxLength(100)],
  }),
  name: text("The topic's name.", 300, { kind: "required" }),
  description: text("What the topic covers.", 5000, { update: "What the topic covers; null clears it." }),
  parentId: ref("The parent topic; none for a root topic.", {
    update: "The parent topic; null makes it a root topic.",
  }),
};

@InputType("CreateTopicInput", { description: "A new topic, at the root or under a parent." })
export class CreateTopicInput extends createFields("Topic", topicFields) {}

@InputType("UpdateTopicInput", {
  description: "Changes to a topic; absent fields stay. A new slug or parent moves its sub-topics' paths too.",
})
export class UpdateTopicInput extends updateFields("Topic", topicFields) {}
