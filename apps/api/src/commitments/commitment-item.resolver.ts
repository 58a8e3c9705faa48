import { FieldResolver, Resolver } from "type-graphql";
import { Root } from "../schema/plain-roots";
import { CommitmentItem } from "./commitment-item.type";
import { Money } from "./money.type";

@Resolver(() => CommitmentItem)
export class CommitmentItemResolver {
  @FieldResolver(() => Money, {
    nullable: true,
    description: "What the item is estimated to be worth, exact, in the currency given; see valuationMethod.",
  })
  estimatedValue(@Root() item: CommitmentItem): Money | null {
    if (item.estimatedValue == null || item.currency == null) return null;
    return { amount: item.estimatedValue.toString(), currency: item.currency, asReported: item.valueAsReported };
  }
}
