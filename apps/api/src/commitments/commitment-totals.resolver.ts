import { Arg, Ctx, FieldResolver, Query, Resolver } from "type-graphql";
import { Actor } from "../actors/actor.type";
import type { Context } from "../context";
import { ListSize } from "../limits/list-size";
import { Work } from "../limits/work";
import { Root } from "../schema/plain-roots";
import { decodeCommitmentFilter } from "./commitment.criteria";
import { CommitmentFilter } from "./commitment.input";
import { commitmentTotalsSize, sumCommitments } from "./commitment-totals.service";
import { CommitmentGroupBy, CommitmentTotal } from "./commitment-totals.type";
import { commitmentTotalsWork } from "./commitment-totals.work";

@Resolver(() => CommitmentTotal)
export class CommitmentTotalsResolver {
  @ListSize(commitmentTotalsSize)
  @Work(commitmentTotalsWork)
  @Query(() => [CommitmentTotal], {
    description:
      "Sums of commitment amounts with counts, grouped as asked. Only commitments with an amount count. " +
      "Totals are always split by currency, even when CURRENCY is not in groupBy: amounts in different " +
      "currencies are never added. Each promise counts once: never a commitment that another SUPERSEDES, never one that RESTATES another, never a part under a whole that carries an amount (when only the parts do, they count).",
  })
  commitmentTotals(
    @Arg("filter", () => CommitmentFilter, { nullable: true, description: "Which commitments to add up." })
    filter: CommitmentFilter | null,
    @Arg("groupBy", () => [CommitmentGroupBy], { description: "The group keys; CURRENCY is always added." })
    groupBy: CommitmentGroupBy[],
    @Ctx() { prisma }: Context,
  ) {
    return sumCommitments({ prisma, criteria: decodeCommitmentFilter(filter), groupBy });
  }

  @FieldResolver(() => Actor, { nullable: true, description: "The committer, when grouped by COMMITTER." })
  committer(@Root() total: CommitmentTotal, @Ctx() { loaders }: Context) {
    return total.committerId ? loaders.actor.load(total.committerId) : null;
  }

  @FieldResolver(() => Actor, {
    nullable: true,
    description: "The beneficiary, when grouped by BENEFICIARY (null also for commitments without one).",
  })
  beneficiary(@Root() total: CommitmentTotal, @Ctx() { loaders }: Context) {
    return total.beneficiaryId ? loaders.actor.load(total.beneficiaryId) : null;
  }
}
