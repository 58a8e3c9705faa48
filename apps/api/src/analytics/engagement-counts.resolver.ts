import { Arg, Ctx, FieldResolver, Int, Query, Resolver } from "type-graphql";
import { Actor } from "../actors/actor.type";
import type { Context } from "../context";
import { EngagementFilter } from "../engagements/engagement.input";
import { ListSize } from "../limits/list-size";
import { Work } from "../limits/work";
import { Root } from "../schema/plain-roots";
import { Topic } from "../topics/topic.type";
import { CountOrder, firstGroupsDescription, periodRule } from "./count-group.type";
import { countEngagements, engagementCountsSize, engagementCountsWork } from "./engagement-counts.service";
import { EngagementCount, EngagementCountGroupBy } from "./engagement-counts.type";

@Resolver(() => EngagementCount)
export class EngagementCountsResolver {
  @ListSize(engagementCountsSize)
  @Work(engagementCountsWork)
  @Query(() => [EngagementCount], {
    description:
      "Engagements matching a filter (the same as `engagements`), counted per group with the first and last date. " +
      `${periodRule} Multi-valued keys (TOPIC, PARTICIPANT, REPRESENTED) count an engagement once in each of its values. ` +
      "Exact: the counts are what paging through `engagements` with the same filter and counting would give. " +
      "An answer holds at most the product of its keys' possible groups (10 kinds, 3 statuses, 500 years, 13 months a year …), " +
      "at most 10,000; a grouping that would make more is refused.",
  })
  engagementCounts(
    @Arg("filter", () => EngagementFilter, { nullable: true, description: "Which engagements to count." })
    filter: EngagementFilter | null,
    @Arg("groupBy", () => [EngagementCountGroupBy], { description: "The group keys; none gives one total." })
    groupBy: EngagementCountGroupBy[],
    @Arg("orderBy", () => CountOrder, { defaultValue: CountOrder.KEYS, description: "How the groups are sorted." })
    orderBy: CountOrder,
    @Arg("first", () => Int, { nullable: true, description: firstGroupsDescription })
    first: number | null,
    @Ctx() { prisma }: Context,
  ) {
    return countEngagements({ prisma, filter, groupBy, order: orderBy, first });
  }

  @FieldResolver(() => Actor, { nullable: true, description: "The country, when grouped by COUNTRY." })
  country(@Root() group: EngagementCount, @Ctx() { loaders }: Context) {
    return group.countryId ? loaders.actor.load(group.countryId) : null;
  }

  @FieldResolver(() => Topic, { nullable: true, description: "The topic, when grouped by TOPIC." })
  topic(@Root() group: EngagementCount, @Ctx() { loaders }: Context) {
    return group.topicId ? loaders.topic.load(group.topicId) : null;
  }

  @FieldResolver(() => Actor, { nullable: true, description: "The participant, when grouped by PARTICIPANT." })
  participant(@Root() group: EngagementCount, @Ctx() { loaders }: Context) {
    return group.participantId ? loaders.actor.load(group.participantId) : null;
  }

  @FieldResolver(() => Actor, {
    nullable: true,
    description: "The actor represented, when grouped by REPRESENTED (null: nobody represents anyone).",
  })
  represented(@Root() group: EngagementCount, @Ctx() { loaders }: Context) {
    return group.representedId ? loaders.actor.load(group.representedId) : null;
  }
}
