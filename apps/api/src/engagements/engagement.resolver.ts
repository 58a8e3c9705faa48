import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver } from "type-graphql";
import { Actor } from "../actors/actor.type";
import { ConnectionArgs } from "../common/connection.type";
import { AppError } from "../common/errors";
import { toGlobalId } from "../common/global-id";
import type { Context } from "../context";
import { ListSize, smallListMax } from "../limits/list-size";
import { Root } from "../schema/plain-roots";
import { Topic } from "../topics/topic.type";
import { EngagementConnection } from "./engagement.connection";
import { EngagementPageArgs, EngagementsArgs } from "./engagement.input";
import { findEngagements } from "./engagement.service";
import { Engagement } from "./engagement.type";
import { ParticipantConnection } from "./participant.connection";
import { Participant } from "./participant.type";
import { defaultParticipants, maxParticipants } from "./participants.loader";

@Resolver(() => Engagement)
export class EngagementResolver {
  @Query(() => EngagementConnection, {
    description: "Engagements matching a filter, newest first unless asked otherwise, a page at a time.",
  })
  engagements(@Args(() => EngagementsArgs) args: EngagementsArgs, @Ctx() { prisma, loaders }: Context) {
    return findEngagements({ prisma, loaders, args });
  }

  @FieldResolver(() => ID, { description: "Opaque global ID of the record." })
  id(@Root() engagement: Engagement) {
    return toGlobalId("Engagement", engagement.id);
  }

  @ListSize({ max: maxParticipants, default: defaultParticipants, sizeArg: "first" })
  @FieldResolver(() => [Participant], {
    description: `Who took part, in the order the source names them: the first \`first\` (${defaultParticipants} unless asked, at most ${maxParticipants}); \`participantCount\` tells whether there are more, and \`participantsConnection\` pages through them all.`,
  })
  participants(
    @Root() engagement: Engagement,
    @Arg("first", () => Int, { nullable: true, description: `How many participants (at most ${maxParticipants}).` })
    first: number | null,
    @Ctx() { loaders }: Context,
  ) {
    const limit = first ?? defaultParticipants;
    if (limit < 0 || limit > maxParticipants) {
      throw new AppError("BAD_USER_INPUT", `participants.first: ${limit} is outside 0..${maxParticipants}`, {
        field: "first",
      });
    }
    return limit === 0 ? [] : loaders.participantsBounded(limit).load(engagement.id);
  }

  @FieldResolver(() => ParticipantConnection, {
    description: `Who took part, in the order the source names them, a page at a time: every participant, where \`participants\` stops at ${maxParticipants}.`,
  })
  participantsConnection(
    @Root() engagement: Engagement,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.participantsByEngagement.load(engagement.id, page);
  }

  @FieldResolver(() => Int, { description: "How many participants the engagement has in all." })
  participantCount(@Root() engagement: Engagement, @Ctx() { loaders }: Context) {
    return loaders.participantCount.load(engagement.id);
  }

  @FieldResolver(() => Actor, { nullable: true, description: "The country where it took place." })
  country(@Root() engagement: Engagement, @Ctx() { loaders }: Context) {
    return engagement.countryId ? loaders.actor.load(engagement.countryId) : null;
  }

  @FieldResolver(() => Engagement, {
    nullable: true,
    description: "The engagement this one took place on the sidelines of.",
  })
  parent(@Root() engagement: Engagement, @Ctx() { loaders }: Context) {
    return engagement.parentId ? loaders.engagement.load(engagement.parentId) : null;
  }

  @FieldResolver(() => EngagementConnection, {
    description: "Engagements held on the sidelines of this one, newest first by default.",
  })
  sideEngagements(
    @Root() engagement: Engagement,
    @Args(() => EngagementPageArgs) args: EngagementPageArgs,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.sideEngagements.load(engagement.id, args);
  }

  @ListSize({ max: smallListMax })
  @FieldResolver(() => [Topic], { description: "What the engagement was about (its agenda), in tree order." })
  topics(@Root() engagement: Engagement, @Ctx() { loaders }: Context) {
    return loaders.topicsByEngagement.load(engagement.id);
  }
}
