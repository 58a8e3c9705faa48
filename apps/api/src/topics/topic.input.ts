import { ArgsType, Field, ID, InputType, registerEnumType } from "type-graphql";
import { ConnectionArgs } from "../common/connection.type";
import { OrderDirection } from "../common/order-direction";

export enum TopicOrderField {
  PATH = "path",
  NAME = "name",
}

registerEnumType(TopicOrderField, {
  name: "TopicOrderField",
  description: "Fields topics can be sorted by.",
  valuesConfig: {
    PATH: { description: "Tree order: each topic before its sub-topics." },
    NAME: { description: "The topic's name." },
  },
});

@InputType("TopicFilter", { description: "Conditions a topic must all meet." })
export class TopicFilter {
  @Field(() => ID, { nullable: true, description: "Direct children of this topic." })
  parent?: string | null;

  @Field(() => ID, { nullable: true, description: "This topic and everything below it." })
  under?: string | null;

  @Field(() => Boolean, { nullable: true, description: "True: only top-level topics; false: only sub-topics." })
  root?: boolean | null;

  @Field(() => String, { nullable: true, description: "Exactly this slug." })
  slug?: string | null;

  @Field(() => String, { nullable: true, description: "Name contains this text, case-insensitively." })
  text?: string | null;
}

@InputType("TopicOrder", { description: "How to sort topics; ties are broken by ID." })
export class TopicOrder {
  @Field(() => TopicOrderField, { description: "The field to sort by." })
  field!: TopicOrderField;

  @Field(() => OrderDirection, { description: "Ascending or descending." })
  direction!: OrderDirection;
}

@ArgsType()
export class TopicsArgs extends ConnectionArgs {
  @Field(() => TopicFilter, { nullable: true, description: "Conditions the topics must meet." })
  filter?: TopicFilter | null;

  @Field(() => TopicOrder, { nullable: true, description: "Sort order; by path (tree order) by default." })
  orderBy?: TopicOrder | null;
}
