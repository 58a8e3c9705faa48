import { ArgsType, Field, ID, Int, ObjectType } from "type-graphql";
import { ConnectionType } from "../common/connection.type";
import { ActorKind } from "../common/enums";
import { EngagementFilter } from "../engagements/engagement.input";
import { DatedCount } from "./count-group.type";

@ObjectType("Counterpart", {
  implements: DatedCount,
  description:
    "An actor met, with how many engagements it shared with the actor asked about and when the first and last were.",
})
export class Counterpart extends DatedCount {
  actorId!: string;
  /** The ranking it belongs to, so its page of engagements is the one it counted. */
  of!: CounterpartsOf;
}

@ObjectType("CounterpartConnection", { description: "A page of counterparts, most engagements together first." })
export class CounterpartConnection extends ConnectionType(Counterpart, "Counterpart", "counterpart") {}

/** Whose counterparts, decoded: the actor, the state it represented, the engagements and counterpart kinds considered. */
export type CounterpartsOf = {
  actorId: string;
  representingId: string | null;
  filter: EngagementFilter | null;
  kinds: ActorKind[] | null;
};

@ArgsType()
export class CounterpartsArgs {
  @Field(() => ID, { description: "The actor whose counterparts to rank (a person, a state, an organisation)." })
  actor!: string;

  @Field(() => ID, {
    nullable: true,
    description: "Only engagements in which the actor took part representing this actor (a minister for their state).",
  })
  representing?: string | null;

  @Field(() => [ActorKind], {
    nullable: true,
    description:
      "Only counterparts of these kinds: [STATE, INTERNATIONAL_ORGANIZATION] ranks the dyads between states and organisations.",
  })
  kinds?: ActorKind[] | null;

  @Field(() => EngagementFilter, {
    nullable: true,
    description: "Only engagements matching this filter (as `engagements`).",
  })
  filter?: EngagementFilter | null;

  @Field(() => Int, {
    nullable: true,
    description: "Return the first n counterparts after `after` (at most 100, 20 by default).",
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Cursor: return counterparts after this one." })
  after?: string | null;
}
