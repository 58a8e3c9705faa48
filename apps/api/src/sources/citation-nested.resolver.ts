import { Args, Ctx, FieldResolver, Resolver } from "type-graphql";
import { ConnectionArgs } from "../common/connection.type";
import type { Context } from "../context";
import { Engagement } from "../engagements/engagement.type";
import { ListSize, smallListMax } from "../limits/list-size";
import { Root } from "../schema/plain-roots";
import { CitationConnection } from "./citation.connection";
import { Citation } from "./citation.type";
import { Source } from "./source.type";

@Resolver(() => Engagement)
export class EngagementCitationsResolver {
  @ListSize({ max: smallListMax })
  @FieldResolver(() => [Citation], { description: "The passages of sources this engagement is known from." })
  citations(@Root() engagement: Engagement, @Ctx() { loaders }: Context) {
    return loaders.citationsByEngagement.load(engagement.id);
  }
}

@Resolver(() => Source)
export class SourceCitationsResolver {
  @FieldResolver(() => CitationConnection, {
    description: "Every passage of this source that Accord cites, in text order.",
  })
  citations(@Root() source: Source, @Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() { loaders }: Context) {
    return loaders.citationsBySource.load(source.id, page);
  }
}
