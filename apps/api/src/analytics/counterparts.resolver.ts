import { Args, Ctx, FieldResolver, Query, Resolver } from "type-graphql";
import { Actor } from "../actors/actor.type";
import type { Context } from "../context";
import { EngagementConnection } from "../engagements/engagement.connection";
import { type EngagementFilter, EngagementPageArgs } from "../engagements/engagement.input";
import { aggregateWork, Work } from "../limits/work";
import { Root } from "../schema/plain-roots";
import { tallied } from "./counterpart-tally";
import { findSharedEngagements, rankCounterparts } from "./counterparts.service";
import { Counterpart, CounterpartConnection, CounterpartsArgs } from "./counterparts.type";
import { maxCountGroups } from "./counts.sql";

/**
 * A ranking's work by its arguments: from counterpart_tally a page reads its own rows (none beyond its
 * nodes), and with `kinds:` at most one row per actor of the ranked actor's dyads (priced as an actor
 * key's groups); with `representing:` or a filter every pair of the matching engagements is grouped.
 */
const counterpartsWork: Work = {
  ...aggregateWork,
  why: "groups every pair of the actor's matching engagements (with representing: or a filter)",
  byArgs: ({ representing, filter, kinds }) => {
    const of = { representingId: (representing as string | null) ?? null, filter: filter as EngagementFilter | null };
    if (!tallied(of)) return aggregateWork.nodes;
    return kinds ? maxCountGroups : 0;
  },
};

@Resolver(() => Counterpart)
export class CounterpartsResolver {
  @Work(counterpartsWork)
  @Query(() => CounterpartConnection, {
    description:
      "The actors an actor met, ranked by the number of engagements they took part in together (ties by ID), " +
      "with the first and last date. Taking part is as in `engagements`' participants filter: as a participant or " +
      "represented by one, so the Republic of Korea meets NATO when its minister meets NATO's Secretary General, and " +
      "each state's representatives count for it. Exact, as engagementCounts.",
  })
  counterparts(@Args(() => CounterpartsArgs) args: CounterpartsArgs, @Ctx() { prisma }: Context) {
    return rankCounterparts({ prisma, args });
  }

  @FieldResolver(() => Actor, { description: "The actor met." })
  actor(@Root() counterpart: Counterpart, @Ctx() { loaders }: Context) {
    return loaders.actor.load(counterpart.actorId);
  }

  @FieldResolver(() => EngagementConnection, {
    description: "The engagements counted for this counterpart, newest first unless asked otherwise.",
  })
  engagements(
    @Root() counterpart: Counterpart,
    @Args(() => EngagementPageArgs) args: EngagementPageArgs,
    @Ctx() { prisma, loaders }: Context,
  ) {
    return findSharedEngagements({ prisma, loaders, counterpart, args });
  }
}
