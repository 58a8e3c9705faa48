import { Field, ObjectType } from "type-graphql";
import { Node } from "../common/node";

@ObjectType("Topic", {
  implements: Node,
  description: "A subject of discussion; topics form a tree (Security › Russia–North Korea military cooperation).",
})
export class Topic extends Node {
  @Field(() => String, { description: "Stable, URL-safe key (e.g. russia-dprk-military-cooperation)." })
  slug!: string;

  @Field(() => String, { description: "The topic's name." })
  name!: string;

  @Field(() => String, { nullable: true, description: "What the topic covers." })
  description!: string | null;

  @Field(() => String, {
    description: "Slugs from the root down joined by '/' (security/russia-dprk-military-cooperation).",
  })
  path!: string;

  parentId!: string | null;
}
