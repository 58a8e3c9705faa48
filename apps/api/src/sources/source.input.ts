import { ArgsType, Field, ID, InputType, registerEnumType } from "type-graphql";
import { ConnectionArgs } from "../common/connection.type";
import { SourceKind } from "../common/enums";

export enum SourceOrderBy {
  PUBLISHED_ON_DESC = "PUBLISHED_ON_DESC",
  PUBLISHED_ON_ASC = "PUBLISHED_ON_ASC",
  TITLE_ASC = "TITLE_ASC",
}

registerEnumType(SourceOrderBy, {
  name: "SourceOrderBy",
  description: "Orders of sources.",
  valuesConfig: {
    PUBLISHED_ON_DESC: { description: "Newest first (the default); undated sources last." },
    PUBLISHED_ON_ASC: { description: "Undated sources first, then oldest first." },
    TITLE_ASC: { description: "By title, A to Z." },
  },
});

@InputType("SourceFilter", { description: "Which sources to return; all conditions must hold." })
export class SourceFilter {
  @Field(() => SourceKind, { nullable: true, description: "Of this kind." })
  kind?: SourceKind | null;

  @Field(() => ID, { nullable: true, description: "Published by this actor." })
  publisher?: string | null;

  @Field(() => ID, { nullable: true, description: "Written by this actor (one of the authors)." })
  author?: string | null;

  @Field(() => String, { nullable: true, description: "In this language (BCP 47 tag)." })
  language?: string | null;

  @Field(() => String, { nullable: true, description: "Title contains this text (case-insensitive)." })
  title?: string | null;
}

@ArgsType()
export class SourcesArgs extends ConnectionArgs {
  @Field(() => SourceFilter, { nullable: true, description: "Which sources to return." })
  filter?: SourceFilter | null;

  @Field(() => SourceOrderBy, { defaultValue: SourceOrderBy.PUBLISHED_ON_DESC, description: "The order of sources." })
  orderBy!: SourceOrderBy;
}
