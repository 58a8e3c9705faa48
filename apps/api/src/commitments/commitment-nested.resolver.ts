import { Args, Ctx, FieldResolver, Resolver } from "type-graphql";
import { Actor } from "../actors/actor.type";
import { ConnectionArgs } from "../common/connection.type";
import type { Context } from "../context";
import { Engagement } from "../engagements/engagement.type";
import { Root } from "../schema/plain-roots";
import { CommitmentConnection } from "./commitment.connection";

@Resolver(() => Actor)
export class ActorCommitmentsResolver {
  @FieldResolver(() => CommitmentConnection, {
    description: "Commitments this actor made, alone or jointly (as a co-committer), newest first.",
  })
  commitmentsMade(@Root() actor: Actor, @Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() { loaders }: Context) {
    return loaders.commitmentsByCommitter.load(actor.id, page);
  }

  @FieldResolver(() => CommitmentConnection, { description: "Commitments made in this actor's favour, newest first." })
  commitmentsReceived(
    @Root() actor: Actor,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.commitmentsByBeneficiary.load(actor.id, page);
  }
}

@Resolver(() => Engagement)
export class EngagementCommitmentsResolver {
  @FieldResolver(() => CommitmentConnection, {
    description: "Commitments made or referred to in this engagement, newest first.",
  })
  commitments(
    @Root() engagement: Engagement,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.commitmentsByEngagement.load(engagement.id, page);
  }
}
