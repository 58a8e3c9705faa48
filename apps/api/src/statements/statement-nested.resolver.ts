import { Args, Ctx, FieldResolver, Resolver } from "type-graphql";
import { Actor } from "../actors/actor.type";
import { ConnectionArgs } from "../common/connection.type";
import type { Context } from "../context";
import { Engagement } from "../engagements/engagement.type";
import { Root } from "../schema/plain-roots";
import { StatementConnection } from "./statement.connection";

@Resolver(() => Engagement)
export class EngagementStatementsResolver {
  @FieldResolver(() => StatementConnection, { description: "What was said in this engagement, in the source's order." })
  statements(
    @Root() engagement: Engagement,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.statementsByEngagement.load(engagement.id, page);
  }
}

@Resolver(() => Actor)
export class ActorStatementsResolver {
  @FieldResolver(() => StatementConnection, {
    description: "What this actor said, newest engagement first and in the source's order within one.",
  })
  statements(@Root() actor: Actor, @Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() { loaders }: Context) {
    return loaders.statementsBySpeaker.load(actor.id, page);
  }
}
