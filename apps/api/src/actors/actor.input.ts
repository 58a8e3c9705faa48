import { ArgsType, Field, ID, InputType } from "type-graphql";
import { ConnectionArgs } from "../common/connection.type";
import { describedEnum, type EnumOf } from "../common/described-enum";
import { ActorKind } from "../common/enums";
import { OrderDirection } from "../common/order-direction";

export const ActorOrderField = describedEnum("ActorOrderField", "Fields actors can be sorted by.", {
  NAME: "The actor's name.",
  CREATED_AT: "When the record was created.",
});
export type ActorOrderField = EnumOf<typeof ActorOrderField>;

@InputType("IdentifierInput", { description: "An identifier in a scheme, matched exactly." })
export class IdentifierInput {
  @Field(() => String, { description: "The scheme (iso3166-1-alpha2, wikidata …)." })
  scheme!: string;

  @Field(() => String, { description: "The value (KR, Q884 …)." })
  value!: string;
}

@InputType("ActorFilter", { description: "Conditions an actor must all meet." })
export class ActorFilter {
  @Field(() => String, {
    nullable: true,
    description:
      "Name, alias or identifier value, ignoring case and accents; each word matches as a prefix ('south kor' finds the Republic of Korea).",
  })
  name?: string | null;

  @Field(() => [ActorKind], { nullable: true, description: "Any of these kinds." })
  kind?: ActorKind[] | null;

  @Field(() => IdentifierInput, { nullable: true, description: "Has this identifier." })
  identifier?: IdentifierInput | null;

  @Field(() => ID, { nullable: true, description: "Bodies of this organisation (an Actor ID)." })
  parent?: string | null;
}

@InputType("ActorOrder", { description: "How to sort actors; ties are broken by ID." })
export class ActorOrder {
  @Field(() => ActorOrderField, { description: "The field to sort by." })
  field!: ActorOrderField;

  @Field(() => OrderDirection, { description: "Ascending or descending." })
  direction!: OrderDirection;
}

@ArgsType()
export class ActorsArgs extends ConnectionArgs {
  @Field(() => ActorFilter, { nullable: true, description: "Conditions the actors must meet." })
  filter?: ActorFilter | null;

  @Field(() => ActorOrder, { nullable: true, description: "Sort order; by name by default." })
  orderBy?: ActorOrder | null;
}
