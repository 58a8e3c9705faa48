import { Args, Ctx, FieldResolver, ID, Query, Resolver } from "type-graphql";
import { toGlobalId } from "../common/global-id";
import type { Context } from "../context";
import { ListSize, maxTopicChildren } from "../limits/list-size";
import { Root } from "../schema/plain-roots";
import { TopicConnection } from "./topic.connection";
import { TopicsArgs } from "./topic.input";
import { findTopics } from "./topic.service";
import { Topic } from "./topic.type";

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => TopicConnection, { description: "Topics, in tree order by default, a page at a time." })
  topics(@Args(() => TopicsArgs) args: TopicsArgs, @Ctx() { prisma, loaders }: Context) {
    return findTopics({ prisma, loaders, args });
  }

  @FieldResolver(() => ID, { description: "Opaque global ID of the record." })
  id(@Root() topic: Topic) {
    return toGlobalId("Topic", topic.id);
  }

  @FieldResolver(() => Topic, { nullable: true, description: "The broader topic this one belongs to." })
  parent(@Root() topic: Topic, @Ctx() { loaders }: Context) {
    return topic.parentId ? loaders.topic.load(topic.parentId) : null;
  }

  @ListSize({ max: maxTopicChildren })
  @FieldResolver(() => [Topic], { description: "The narrower topics directly below this one, by name." })
  children(@Root() topic: Topic, @Ctx() { loaders }: Context) {
    return loaders.topicChildren.load(topic.id);
  }
}
