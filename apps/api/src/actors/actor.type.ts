import { Field, ObjectType } from "type-graphql";
import { ActorKind } from "../common/enums";
import { Node } from "../common/node";
import { DateScalar } from "../common/scalars";

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

  @Field(() => DateScalar, {
    nullable: true,
    description: "First day a former state or body existed (the Soviet Union: 1922-12-30); null when not recorded.",
  })
  validFrom!: Date | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Last day a former state or body existed (the Soviet Union: 1991-12-26); null while it exists.",
  })
  validTo!: Date | null;

  parentId!: string | null;
}

@ObjectType("ActorAlias", { description: "Another name an actor is known by (South Korea, ROK, 대한민국)." })
export class ActorAlias {
  @Field(() => String, { description: "The name." })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: "BCP 47 language tag; null for language-neutral names (acronyms).",
  })
  language!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "From when the name was used, when known." })
  validFrom!: Date | null;

  @Field(() => DateScalar, { nullable: true, description: "Until when the name was used, when known." })
  validTo!: Date | null;
}

@ObjectType("ActorIdentifier", {
  description: "An actor's identifier in a scheme (iso3166-1-alpha2 KR, wikidata Q884).",
})
export class ActorIdentifier {
  @Field(() => String, { description: "The scheme (iso3166-1-alpha2, iso3166-1-alpha3, wikidata …)." })
  scheme!: string;

  @Field(() => String, { description: "The value, unique within its scheme." })
  value!: string;
}
