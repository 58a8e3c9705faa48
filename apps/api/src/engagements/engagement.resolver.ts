import { Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { Actor } from "../actors/actor.type";
import { ConnectionArgs } from "../common/connection.type";
import { toGlobalId } from "../common/global-id";
import type { Context } from "../context";
import { EngagementConnection } from "./engagement.connection";
import { findEngagements } from "./engagement.service";
import { Engagement } from "./engagement.type";
import { Participant } from "./participant.type";

type EngagementRow = Engagement & { countryId: string | null; parentId: string | null };

@Resolver(() => Engagement)
export class EngagementResolver {
  @Query(() => EngagementConnection, { description: "Engagements, newest first, a page at a time." })
  engagements(@Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() { prisma }: Context) {
    return findEngagements({ prisma, page });
  }

  @FieldResolver(() => ID)
  id(@Root() engagement: Engagement) {
    return toGlobalId("Engagement", engagement.id);
  }

  @FieldResolver(() => [Participant], { description: "Who took part, in the order the source names them." })
  participants(@Root() engagement: Engagement, @Ctx() { loaders }: Context) {
    return loaders.participantsByEngagement.load(engagement.id);
  }

  @FieldResolver(() => Actor, { nullable: true, description: "The country where it took place." })
  country(@Root() engagement: EngagementRow, @Ctx() { loaders }: Context) {
    return engagement.countryId ? loaders.actor.load(engagement.countryId) : null;
  }

  @FieldResolver(() => Engagement, {
    nullable: true,
    description: "The engagement this one took place on the sidelines of.",
  })
  parent(@Root() engagement: EngagementRow, @Ctx() { loaders }: Context) {
    return engagement.parentId ? loaders.engagement.load(engagement.parentId) : null;
  }
}
