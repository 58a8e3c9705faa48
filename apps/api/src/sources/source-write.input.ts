import type { QualifiedDate } from "@accord/domain";
import { IsArray, IsDate, IsEnum, IsInt, IsString, IsUrl, Matches, MaxLength, Min, MinLength } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { SourceKind } from "../common/enums";
import { DateScalar } from "../common/scalars";
import { EdtfScalar, useEdtf } from "../dates/edtf.scalar";
import { languageTagPattern } from "../writes/input-rules";
import { createFields, field, updateFields } from "../writes/write-inputs";

/** Each field of CreateSourceInput and UpdateSourceInput, declared once. */
const sourceFields = {
  kind: field<SourceKind>()({
    kind: "required",
    type: () => SourceKind,
    description: "The kind of document.",
    rules: [IsEnum(SourceKind)],
  }),
  title: field<string>()({
    kind: "required",
    type: () => String,
    description: "The title.",
    rules: [IsString(), MinLength(1), MaxLength(1000)],
  }),
  publisherId: field<string>()({
    kind: "optional",
    type: () => ID,
    description: "Who published it (an Actor).",
    rules: [IsString()],
  }),
  url: field<string>()({
    kind: "optional",
    type: () => String,
    description: "Where it can be read (http or https).",
    rules: [
      IsUrl({ protocols: ["http", "https"], require_protocol: true }, { message: "url must be an http(s) URL" }),
      MaxLength(2000),
    ],
  }),
  published: field<QualifiedDate>()({
    kind: "optional",
    type: () => EdtfScalar,
    description: "When it was published, as the source gives it (EDTF: 2024, 2025-04, 2025-04-02).",
  }),
  publishedOn: field<Date>()({
    kind: "optional",
    type: () => DateScalar,
    description: "When it was published, an exact day.",
    deprecated: useEdtf("published"),
    rules: [IsDate()],
  }),
  language: field<string>()({
    kind: "optional",
    type: () => String,
    description: "BCP 47 language tag of the text.",
    rules: [Matches(languageTagPattern, { message: "language must be a BCP 47 tag such as en, ko or pt-BR" })],
  }),
  content: field<string>()({
    kind: "optional",
    type: () => String,
    description: "The full text, so that citations' offsets can be checked.",
    rules: [IsString(), MaxLength(2_000_000)],
  }),
  authorIds: field<string[]>()({
    kind: "kept",
    type: () => [ID],
    description: "The authors (Actors), in order (replaces them).",
    rules: [IsArray(), IsString({ each: true })],
  }),
};

@InputType("CreateSourceInput", { description: "A new source: an article, an official record, a data set." })
export class CreateSourceInput extends createFields("Source", sourceFields) {}

@InputType("UpdateSourceInput", { description: "Changes to a source; absent fields stay as they are." })
export class UpdateSourceInput extends updateFields("Source", sourceFields) {
  @Field(() => ID, { description: "The source to change." })
  @IsString()
  id!: string;

  @Field(() => Int, { description: "The version you read; a stale one is a CONFLICT." })
  @IsInt()
  @Min(1)
  version!: number;
}
