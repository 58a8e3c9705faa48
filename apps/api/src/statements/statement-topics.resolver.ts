import { Args, Ctx, FieldResolver, Resolver } from "type-graphql";
import { ConnectionArgs } from "../common/connection.type";
import { loadAll } from "../common/load-all";
import type { Context } from "../context";
import { ListSize, smallListMax } from "../limits/list-size";
import { Root } from "../schema/plain-roots";
import { Topic } from "../topics/topic.type";
import { StatementConnection } from "./statement.connection";
import { Statement } from "./statement.type";

@Resolver(() => Statement)
export class StatementTopicsResolver {
  @ListSize({ max: smallListMax })
  @FieldResolver(() => [Topic], { description: "The topics the statement concerns, by path." })
  async topics(@Root() statement: Statement, @Ctx() { loaders }: Context) {
    const links = await loaders.topicLinksByStatement.load(statement.id);
    const topics = await loadAll(
      loaders.topic,
      links.map((link) => link.topicId),
    );
    return topics.sort((a, b) => a.path.localeCompare(b.path));
  }
}

@Resolver(() => Topic)
export class TopicStatementsResolver {
  @FieldResolver(() => StatementConnection, {
    description:
      "Statements tagged with exactly this topic, newest engagement first; statements(filter: { topic }) includes sub-topics.",
  })
  statements(@Root() topic: Topic, @Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() { loaders }: Context) {
    return loaders.statementsByTopic.load(topic.id, page);
  }
}
