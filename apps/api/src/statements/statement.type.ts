import { Field, Int, ObjectType } from "type-graphql";
import { StatementKind } from "../common/enums";
import { Node } from "../common/node";

@ObjectType("Statement", {
  implements: Node,
  description: "Something an actor said in an engagement: a welcome, a position, a request, a pledge …",
})
export class Statement extends Node {
  @Field(() => StatementKind, { description: "What the statement does (welcome, request, pledge …)." })
  kind!: StatementKind;

  @Field(() => String, { description: "What was said, in a sentence of Accord's own." })
  gist!: string;

  @Field(() => String, { nullable: true, description: "The words as the source reports them, when quoted." })
  quote!: string | null;

  @Field(() => Int, { description: "Order within the engagement, as the source tells it (1 = first)." })
  position!: number;

  engagementId!: string;
  speakerId!: string;
}
