import { Arg, Ctx, FieldResolver, Resolver } from "type-graphql";
import { CurrencyScalar } from "../common/scalars";
import type { Context } from "../context";
import { convertGroupWork, Work } from "../limits/work";
import { Root } from "../schema/plain-roots";
import { CommitmentTotal } from "./commitment-totals.type";
import { ConvertedTotal, convertTotal } from "./converted-total";

@Resolver(() => CommitmentTotal)
export class CommitmentTotalConvertedResolver {
  @Work(convertGroupWork)
  @FieldResolver(() => ConvertedTotal, {
    description:
      "The group's amounts converted to `currency`, each at its own date (a stage's when grouped by STAGE, else the " +
      "date the commitment was made), then added up; how many lacked a rate or date is counted beside.",
  })
  converted(
    @Root() total: CommitmentTotal,
    @Arg("currency", () => CurrencyScalar, { description: "The currency to convert to (ISO 4217)." }) currency: string,
    @Ctx() { prisma }: Context,
  ) {
    return convertTotal(prisma, { ...total }, currency);
  }
}
