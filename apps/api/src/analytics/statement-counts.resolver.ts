import { Arg, Ctx, FieldResolver, Int, Query, Resolver } from "type-graphql";
import { Actor } from "../actors/actor.type";
import type { Context } from "../context";
import { ListSize } from "../limits/list-size";
import { Work } from "../limits/work";
import { Root } from "../schema/plain-roots";
import { StatementFilter } from "../statements/statement.input";
import { Topic } from "../topics/topic.type";
import { CountOrder, firstGroupsDescription, periodRule } from "./count-group.type";
import { countStatements, statementCountsSize, statementCountsWork } from "./statement-counts.service";
import { StatementCount, StatementCountGroupBy } from "./statement-counts.type";

@Resolver(() => StatementCount)
export class StatementCountsResolver {
  @ListSize(statementCountsSize)
  @Work(statementCountsWork)
  @Query(() => [StatementCount], {
    description:
      "Statements matching a filter (the same as `statements`), counted per group with the first and last date " +
      `of their engagements ("what did NATO speak of most in 2024": speaker NATO, groupBy [YEAR, TOPIC], orderBy COUNT). ${periodRule} ` +
      "A statement on several topics counts once in each. Exact, priced and bounded as engagementCounts.",
  })
  statementCounts(
    @Arg("filter", () => StatementFilter, { nullable: true, description: "Which statements to count." })
    filter: StatementFilter | null,
    @Arg("groupBy", () => [StatementCountGroupBy], { description: "The group keys; none gives one total." })
    groupBy: StatementCountGroupBy[],
    @Arg("orderBy", () => CountOrder, { defaultValue: CountOrder.KEYS, description: "How the groups are sorted." })
    orderBy: CountOrder,
    @Arg("first", () => Int, { nullable: true, description: firstGroupsDescription })
    first: number | null,
    @Ctx() { prisma }: Context,
  ) {
    return countStatements({ prisma, filter, groupBy, order: orderBy, first });
  }

  @FieldResolver(() => Actor, { nullable: true, description: "The speaker, when grouped by SPEAKER." })
  speaker(@Root() group: StatementCount, @Ctx() { loaders }: Context) {
    return group.speakerId ? loaders.actor.load(group.speakerId) : null;
  }

  @FieldResolver(() => Topic, { nullable: true, description: "The topic, when grouped by TOPIC." })
  topic(@Root() group: StatementCount, @Ctx() { loaders }: Context) {
    return group.topicId ? loaders.topic.load(group.topicId) : null;
  }
}
