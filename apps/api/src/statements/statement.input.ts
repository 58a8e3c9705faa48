import { ArgsType, Field, ID, InputType } from "type-graphql";
import { ConnectionArgs } from "../common/connection.type";
import { describedEnum, type EnumOf } from "../common/described-enum";
import { StatementKind } from "../common/enums";
import { OrderDirection } from "../common/order-direction";

export const StatementOrderField = describedEnum(
  "StatementOrderField",
  "Fields statements can be sorted by; within an engagement they always follow the source's order.",
  {
    ENGAGEMENT_DATE: "The start date of the engagement the statement was made in, then its ID.",
  },
);
export type StatementOrderField = EnumOf<typeof StatementOrderField>;

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

@InputType("StatementOrder", {
  description: "How to sort statements; within an engagement by position in the source, ties broken by ID.",
})
export class StatementOrder {
  @Field(() => StatementOrderField, { description: "The field to sort by." })
  field!: StatementOrderField;

  @Field(() => OrderDirection, { description: "Ascending or descending (the source's order within one engagement)." })
  direction!: OrderDirection;
}

@ArgsType()
export class StatementsArgs extends ConnectionArgs {
  @Field(() => StatementFilter, { nullable: true, description: "Which statements to return." })
  filter?: StatementFilter | null;

  @Field(() => StatementOrder, { nullable: true, description: "Sort order; newest engagement first by default." })
  orderBy?: StatementOrder | null;
}
