import { Field, ObjectType } from "type-graphql";
import { SourceKind } from "../common/enums";
import { Node } from "../common/node";
import { DateScalar } from "../common/scalars";
import { PartialDate, usePartialDate } from "../dates/partial-date.type";

@ObjectType("Source", {
  implements: Node,
  description: "Where facts come from: a news article, an official record, a press release, a data set.",
})
export class Source extends Node {
  @Field(() => SourceKind, { description: "The kind of document." })
  kind!: SourceKind;

  @Field(() => String, {
    nullable: true,
    description: "The document's own title or headline; null when it has none (a title is never made up).",
  })
  title!: string | null;

  @Field(() => String, { nullable: true, description: "Where the document can be read." })
  url!: string | null;

  @Field(() => PartialDate, { nullable: true, description: "When it was published, as the source gives it." })
  // Not a column: resolved from the row by applyPartialDates (dates/).
  published?: PartialDate | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "When it was published; for a month or year precision, the first day of it.",
    deprecationReason: usePartialDate("published"),
  })
  publishedOn!: Date | null;

  @Field(() => String, { nullable: true, description: "Its language, as a BCP 47 tag (en, ko …)." })
  language!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The full text, when kept; citations' offsets count characters (UTF-16 code units) in it.",
  })
  content!: string | null;

  publisherId!: string | null;
}
