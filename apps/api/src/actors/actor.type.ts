import { Field, ObjectType } from "type-graphql";
import { ActorKind } from "../common/enums";
import { Node } from "../common/node";

@ObjectType("Actor", {
  implements: Node,
  description:
    "A party to diplomacy: a state, an international organisation or one of its bodies, a person, or another organisation.",
})
export class Actor extends Node {
  @Field(() => ActorKind, { description: "What kind of party this is." })
  kind!: ActorKind;

  @Field(() => String, { description: "The actor's name as Accord shows it (e.g. Republic of Korea)." })
  name!: string;

  @Field(() => String, { nullable: true, description: "A short description." })
  description!: string | null;
}
