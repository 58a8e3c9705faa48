import { InputType } from "type-graphql";
import { IsUrl, Matches, MaxLength } from "../common/class-validator";
import { SourceKind } from "../common/enums";
import { useEdtf } from "../dates/edtf.scalar";
import { choice, day, edtf, ref, refs, text } from "../writes/field-shapes";
import { languageTagPattern } from "../writes/input-rules";
import { createFields, field, updateFields } from "../writes/write-inputs";

/** Each field of CreateSourceInput and UpdateSourceInput, declared once. */
const sourceFields = {
  kind: choice(SourceKind, "The kind of document.", { kind: "required" }),
  title: text("Its own title or headline; leave it out when it has none (never make one up).", 1000),
  publisherId: ref("Who published it (an Actor)."),
  url: field<string>()({
    kind: "optional",
    type: () => String,
    description: "Where it can be read (http or https).",
    rules: [
      IsUrl({ protocols: ["http", "https"], require_protocol: true }, { message: "url must be an http(s) URL" }),
      MaxLength(2000),
    ],
  }),
  published: edtf("When it was published, as the source gives it (EDTF: 2024, 2025-04, 2025-04-02)."),
  publishedOn: day("When it was published, an exact day.", { deprecated: useEdtf("published") }),
  language: field<string>()({
    kind: "optional",
    type: () => String,
    description: "BCP 47 language tag of the text.",
    rules: [Matches(languageTagPattern, { message: "language must be a BCP 47 tag such as en, ko or pt-BR" })],
  }),
  content: text("The full text, so that citations' offsets can be checked.", 2_000_000),
  authorIds: refs("The authors (Actors), in order (replaces them).", { kind: "kept" }),
};

@InputType("CreateSourceInput", { description: "A new source: an article, an official record, a data set." })
export class CreateSourceInput extends createFields("Source", sourceFields) {}

@InputType("UpdateSourceInput", { description: "Changes to a source; absent fields stay as they are." })
export class UpdateSourceInput extends updateFields("Source", sourceFields, { versioned: true }) {}
