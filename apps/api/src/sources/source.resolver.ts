import { Args, Ctx, FieldResolver, ID, Query, Resolver } from "type-graphql";
import { Actor } from "../actors/actor.type";
import { toGlobalId } from "../common/global-id";
import type { Context } from "../context";
import { ListSize, smallListMax } from "../limits/list-size";
import { Root } from "../schema/plain-roots";
import { SourceConnection } from "./source.connection";
import { SourcesArgs } from "./source.input";
import { findSources } from "./source.service";
import { Source } from "./source.type";

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => SourceConnection, { description: "Sources, newest first, a page at a time." })
  sources(@Args(() => SourcesArgs) args: SourcesArgs, @Ctx() { prisma, loaders }: Context) {
    return findSources({ prisma, loaders, page: args, filter: args.filter, orderBy: args.orderBy });
  }

  @FieldResolver(() => ID, { description: "Opaque global ID of the record." })
  id(@Root() source: Source) {
    return toGlobalId("Source", source.id);
  }

  @FieldResolver(() => Actor, { nullable: true, description: "Who published it (e.g. Diplomacy Journal)." })
  publisher(@Root() source: Source, @Ctx() { loaders }: Context) {
    return source.publisherId ? loaders.actor.load(source.publisherId) : null;
  }

  @ListSize({ max: smallListMax })
  @FieldResolver(() => [Actor], { description: "Who wrote it, in the byline's order." })
  async authors(@Root() source: Source, @Ctx() { loaders }: Context) {
    const links = await loaders.authorsBySource.load(source.id);
    const actors = await loaders.actor.loadMany(links.map((link) => link.actorId));
    return actors.filter((actor) => actor != null && !(actor instanceof Error));
  }
}
