import { ArgsType, Field, ID, InputType } from "type-graphql";
import { ConnectionArgs } from "../common/connection.type";
import { describedEnum, type EnumOf } from "../common/described-enum";
import { SourceKind } from "../common/enums";
import { OrderDirection } from "../common/order-direction";

export const SourceOrderField = describedEnum("SourceOrderField", "Fields sources can be sorted by.", {
  PUBLISHED_ON: "The publication day: undated sources last when descending, first when ascending.",
  TITLE: "The title; an untitled source sorts as if its title were empty.",
});
export type SourceOrderField = EnumOf<typeof SourceOrderField>;

@InputType("SourceOrder", { description: "How to sort sources; ties are broken by ID." })
export class SourceOrder {
  @Field(() => SourceOrderField, { description: "The field to sort by." })
  field!: SourceOrderField;

  @Field(() => OrderDirection, { description: "Ascending or descending." })
  direction!: OrderDirection;
}

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

  @Field(() => SourceOrder, { nullable: true, description: "Sort order; newest first by default." })
  orderBy?: SourceOrder | null;
}
