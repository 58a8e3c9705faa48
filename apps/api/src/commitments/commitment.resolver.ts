import { Args, Ctx, FieldResolver, ID, Query, Resolver } from "type-graphql";
import { Actor } from "../actors/actor.type";
import { toGlobalId } from "../common/global-id";
import type { Context } from "../context";
import { Engagement } from "../engagements/engagement.type";
import { ListSize, smallListMax } from "../limits/list-size";
import { Root } from "../schema/plain-roots";
import { Citation } from "../sources/citation.type";
import { Statement } from "../statements/statement.type";
import { CommitmentConnection } from "./commitment.connection";
import { CommitmentsArgs } from "./commitment.input";
import { findCommitments } from "./commitment.service";
import { Commitment } from "./commitment.type";
import { CommitmentStatusChange } from "./commitment-history.type";
import { CommitmentLink } from "./commitment-link.type";
import { Money } from "./money.type";

@Resolver(() => Commitment)
export class CommitmentResolver {
  @Query(() => CommitmentConnection, { description: "Commitments, newest first by default, a page at a time." })
  commitments(@Args(() => CommitmentsArgs) args: CommitmentsArgs, @Ctx() { prisma, loaders }: Context) {
    return findCommitments({
      prisma,
      commitmentLoader: loaders.commitment,
      page: args,
      filter: args.filter,
      orderBy: args.orderBy,
    });
  }

  @FieldResolver(() => ID, { description: "Opaque global ID of the record." })
  id(@Root() commitment: Commitment) {
    return toGlobalId("Commitment", commitment.id);
  }

  @FieldResolver(() => Actor, { description: "Who made the commitment." })
  async committer(@Root() commitment: Commitment, @Ctx() { loaders }: Context) {
    return loaders.actor.load(commitment.committerId);
  }

  @FieldResolver(() => Actor, { nullable: true, description: "In whose favour it was made, if anyone's." })
  beneficiary(@Root() commitment: Commitment, @Ctx() { loaders }: Context) {
    return commitment.beneficiaryId ? loaders.actor.load(commitment.beneficiaryId) : null;
  }

  @FieldResolver(() => Actor, {
    nullable: true,
    description: "The organisation the support goes through; null for bilateral support.",
  })
  channel(@Root() commitment: Commitment, @Ctx() { loaders }: Context) {
    return commitment.channelId ? loaders.actor.load(commitment.channelId) : null;
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description: "The money promised; null for commitments without money.",
  })
  money(@Root() commitment: Commitment): Money | null {
    if (commitment.amount == null || commitment.currency == null) return null;
    return {
      amount: commitment.amount.toString(),
      currency: commitment.currency,
      asReported: commitment.amountAsReported,
    };
  }

  @FieldResolver(() => Engagement, { nullable: true, description: "The engagement it was made or referred to in." })
  engagement(@Root() commitment: Commitment, @Ctx() { loaders }: Context) {
    return commitment.engagementId ? loaders.engagement.load(commitment.engagementId) : null;
  }

  @FieldResolver(() => Statement, { nullable: true, description: "The statement that made or recalled it." })
  statement(@Root() commitment: Commitment, @Ctx() { loaders }: Context) {
    return commitment.statementId ? loaders.statement.load(commitment.statementId) : null;
  }

  @ListSize({ max: smallListMax })
  @FieldResolver(() => [CommitmentStatusChange], {
    description: "Every status the commitment has had, oldest first; the last is its current status.",
  })
  history(@Root() commitment: Commitment, @Ctx() { loaders }: Context) {
    return loaders.historyByCommitment.load(commitment.id);
  }

  @ListSize({ max: smallListMax })
  @FieldResolver(() => [CommitmentLink], {
    description: "Links to other commitments, both ways (this one follows …, … follows this one).",
  })
  links(@Root() commitment: Commitment, @Ctx() { loaders }: Context) {
    return loaders.linksByCommitment.load(commitment.id);
  }

  @ListSize({ max: smallListMax })
  @FieldResolver(() => [Citation], { description: "The passages of sources this commitment comes from." })
  citations(@Root() commitment: Commitment, @Ctx() { loaders }: Context) {
    return loaders.citationsByCommitment.load(commitment.id);
  }
}
