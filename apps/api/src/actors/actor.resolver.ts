import { Args, Ctx, FieldResolver, ID, Query, Resolver } from "type-graphql";
import { ConnectionArgs } from "../common/connection.type";
import { toGlobalId } from "../common/global-id";
import type { Context } from "../context";
import { EngagementConnection } from "../engagements/engagement.connection";
import { EngagementPageArgs } from "../engagements/engagement.input";
import { Engagement } from "../engagements/engagement.type";
import { ListSize, smallListMax } from "../limits/list-size";
import { TenureConnection } from "../offices/tenure.connection";
import { Root } from "../schema/plain-roots";
import { ActorConnection } from "./actor.connection";
import { ActorsArgs } from "./actor.input";
import { findActors } from "./actor.service";
import { Actor, ActorAlias, ActorIdentifier } from "./actor.type";
import { ActorTimelineArgs, maxTimelineSize } from "./actor-timeline";

@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => ActorConnection, { description: "Actors, by name unless asked otherwise, a page at a time." })
  actors(@Args(() => ActorsArgs) args: ActorsArgs, @Ctx() { prisma, loaders }: Context) {
    return findActors({ prisma, loaders, args });
  }

  @FieldResolver(() => ID, { description: "Opaque global ID of the record." })
  id(@Root() actor: Actor) {
    return toGlobalId("Actor", actor.id);
  }

  @ListSize({ max: smallListMax })
  @FieldResolver(() => [ActorAlias], { description: "Other names of the actor, by name." })
  aliases(@Root() actor: Actor, @Ctx() { loaders }: Context) {
    return loaders.actorAliases.load(actor.id);
  }

  @ListSize({ max: smallListMax })
  @FieldResolver(() => [ActorIdentifier], { description: "The actor's identifiers, by scheme." })
  identifiers(@Root() actor: Actor, @Ctx() { loaders }: Context) {
    return loaders.actorIdentifiers.load(actor.id);
  }

  @FieldResolver(() => Actor, {
    nullable: true,
    description: "The organisation this actor is a body of (NATO for the North Atlantic Council).",
  })
  parent(@Root() actor: Actor, @Ctx() { loaders }: Context) {
    return actor.parentId ? loaders.actor.load(actor.parentId) : null;
  }

  @FieldResolver(() => ActorConnection, { description: "The bodies of this organisation, by name." })
  bodies(@Root() actor: Actor, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { loaders }: Context) {
    return loaders.actorBodies.load(actor.id, args);
  }

  @FieldResolver(() => EngagementConnection, {
    description:
      "Engagements the actor takes part in: as a participant, or represented by one (the Republic of Korea through its Foreign Minister). Newest first by default.",
  })
  engagements(
    @Root() actor: Actor,
    @Args(() => EngagementPageArgs) args: EngagementPageArgs,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.actorEngagements.load(actor.id, args);
  }

  // Priced by `first` like any list; its index reads stop at `first` rows, so it declares no work beyond them.
  @ListSize({ max: maxTimelineSize, sizeArg: "first", default: maxTimelineSize })
  @FieldResolver(() => [Engagement], {
    description: `The actor's engagements (as for \`engagements\`) oldest first, as one list for drawing a timeline: up to ${maxTimelineSize.toLocaleString("en")} in one request instead of pages of 100. Select light fields (kind, title, dates): the cost is every field's nodes times \`first\`.`,
  })
  timeline(@Root() actor: Actor, @Args(() => ActorTimelineArgs) args: ActorTimelineArgs, @Ctx() { loaders }: Context) {
    return loaders.actorTimeline.load(actor.id, args);
  }

  @FieldResolver(() => TenureConnection, { description: "Offices the actor held, latest first." })
  tenures(@Root() actor: Actor, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { loaders }: Context) {
    return loaders.actorTenures.load(actor.id, args);
  }
}
