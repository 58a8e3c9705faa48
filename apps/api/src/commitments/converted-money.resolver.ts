import { Arg, Ctx, FieldResolver, Resolver } from "type-graphql";
import { CurrencyScalar } from "../common/scalars";
import type { Context } from "../context";
import { Root } from "../schema/plain-roots";
import { Commitment } from "./commitment.type";
import { CommitmentStage } from "./commitment-stage.type";
import { ConvertedMoney } from "./converted-money.type";

const currencyArg = { description: "The currency to convert to (ISO 4217)." };
const convertedDescription = (date: string) =>
  `The amount converted to \`currency\` at ${date} (the rate of its last day: the latest on or before it, at most 31 days before its first), ` +
  "with the rate and its date; the amount itself stays in its own currency. Null without an amount; " +
  "an amount null with the reason when no rate or no date applies (never a guess).";

@Resolver(() => CommitmentStage)
export class CommitmentStageConvertedResolver {
  @FieldResolver(() => ConvertedMoney, { nullable: true, description: convertedDescription("the stage's date") })
  converted(
    @Root() stage: CommitmentStage,
    @Arg("currency", () => CurrencyScalar, currencyArg) currency: string,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.convertedStage.load(`${stage.id} ${currency}`);
  }
}

@Resolver(() => Commitment)
export class CommitmentConvertedResolver {
  @FieldResolver(() => ConvertedMoney, {
    nullable: true,
    description: convertedDescription("the date the commitment was made"),
  })
  converted(
    @Root() commitment: Commitment,
    @Arg("currency", () => CurrencyScalar, currencyArg) currency: string,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.convertedCommitment.load(`${commitment.id} ${currency}`);
  }
}
