import { Args, Ctx, FieldResolver, ID, Query, Resolver } from "type-graphql";
import { Actor } from "../actors/actor.type";
import { Commitment } from "../commitments/commitment.type";
import { toGlobalId } from "../common/global-id";
import type { Context } from "../context";
import { Engagement } from "../engagements/engagement.type";
import { ListSize, smallListMax } from "../limits/list-size";
import { Root } from "../schema/plain-roots";
import { Citation } from "../sources/citation.type";
import { StatementConnection } from "./statement.connection";
import { StatementsArgs } from "./statement.input";
import { findStatements } from "./statement.service";
import { Statement } from "./statement.type";

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => StatementConnection, {
    description: "Statements, newest engagement first and in the source's order within one, a page at a time.",
  })
  statements(@Args(() => StatementsArgs) args: StatementsArgs, @Ctx() { prisma, loaders }: Context) {
    return findStatements({
      prisma,
      statementLoader: loaders.statement,
      page: args,
      filter: args.filter,
      orderBy: args.orderBy,
    });
  }

  @FieldResolver(() => ID, { description: "Opaque global ID of the record." })
  id(@Root() statement: Statement) {
    return toGlobalId("Statement", statement.id);
  }

  @FieldResolver(() => Actor, { description: "Who said it." })
  async speaker(@Root() statement: Statement, @Ctx() { loaders }: Context) {
    return loaders.actor.load(statement.speakerId);
  }

  @FieldResolver(() => Engagement, { description: "The engagement it was said in." })
  async engagement(@Root() statement: Statement, @Ctx() { loaders }: Context) {
    return loaders.engagement.load(statement.engagementId);
  }

  @ListSize({ max: smallListMax })
  @FieldResolver(() => [Actor], {
    description: "The actors the statement is about (North Korea in 'no rewards to North Korea').",
  })
  async mentions(@Root() statement: Statement, @Ctx() { loaders }: Context) {
    const links = await loaders.mentionsByStatement.load(statement.id);
    const actors = await loaders.actor.loadMany(links.map((link) => link.actorId));
    return actors.filter((actor) => actor != null && !(actor instanceof Error));
  }

  @ListSize({ max: smallListMax })
  @FieldResolver(() => [Citation], { description: "The passages of sources this statement comes from." })
  citations(@Root() statement: Statement, @Ctx() { loaders }: Context) {
    return loaders.citationsByStatement.load(statement.id);
  }

  @ListSize({ max: smallListMax })
  @FieldResolver(() => [Commitment], { description: "The commitments made or recalled in this statement." })
  commitments(@Root() statement: Statement, @Ctx() { loaders }: Context) {
    return loaders.commitmentsByStatement.load(statement.id);
  }
}
