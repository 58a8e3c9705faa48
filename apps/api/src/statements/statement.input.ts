import { ArgsType, Field, ID, InputType, registerEnumType } from "type-graphql";
import { ConnectionArgs } from "../common/connection.type";
import { StatementKind } from "../common/enums";

export enum StatementOrderBy {
  ENGAGEMENT_DATE_DESC = "ENGAGEMENT_DATE_DESC",
  ENGAGEMENT_DATE_ASC = "ENGAGEMENT_DATE_ASC",
}

registerEnumType(StatementOrderBy, {
  name: "StatementOrderBy",
  description: "Orders of statements; within an engagement they always follow the source's order.",
  valuesConfig: {
    ENGAGEMENT_DATE_DESC: { description: "Newest engagement first (the default)." },
    ENGAGEMENT_DATE_ASC: { description: "Oldest engagement first." },
  },
});

@InputType("StatementFilter", { description: "Which statements to return; all conditions must hold." })
export class StatementFilter {
  @Field(() => ID, { nullable: true, description: "Said by this actor." })
  speaker?: string | null;

  @Field(() => [ID], { nullable: true, description: "Said by any of these actors." })
  speakers?: string[] | null;

  @Field(() => StatementKind, { nullable: true, description: "Of this kind." })
  kind?: StatementKind | null;

  @Field(() => [StatementKind], { nullable: true, description: "Of any of these kinds." })
  kinds?: StatementKind[] | null;

  @Field(() => ID, { nullable: true, description: "On this topic or any of its sub-topics." })
  topic?: string | null;

  @Field(() => ID, { nullable: true, description: "About this actor (the statement mentions it)." })
  mention?: string | null;

  @Field(() => ID, { nullable: true, description: "Made in this engagement." })
  engagement?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Words in the gist or quote; each word matches as a prefix ('sanc' finds 'sanctions').",
  })
  text?: string | null;
}

@ArgsType()
export class StatementsArgs extends ConnectionArgs {
  @Field(() => StatementFilter, { nullable: true, description: "Which statements to return." })
  filter?: StatementFilter | null;

  @Field(() => StatementOrderBy, {
    defaultValue: StatementOrderBy.ENGAGEMENT_DATE_DESC,
    description: "The order of the statements.",
  })
  orderBy!: StatementOrderBy;
}
