import type { Prisma } from "@accord/db";
import { Field, Int, ObjectType } from "type-graphql";
import { ValuationMethod } from "../common/enums";
import { DecimalScalar } from "../common/scalars";

@ObjectType("CommitmentItem", {
  description:
    "Goods or services given in kind (howitzers, generators, a training course): how many, of what, and what they are estimated to be worth.",
})
export class CommitmentItem {
  id!: string;

  @Field(() => Int, { description: "Order among the items of the commitment itself, or of its stage, from 0." })
  position!: number;

  @Field(() => String, { description: "What the item is." })
  description!: string;

  @Field(() => DecimalScalar, { nullable: true, description: "How many, exact; null when the source gives no count." })
  quantity!: Prisma.Decimal | null;

  @Field(() => String, { nullable: true, description: 'What the quantity counts ("units", "rounds", "tonnes").' })
  unit!: string | null;

  @Field(() => ValuationMethod, { nullable: true, description: "How the estimated value was found." })
  valuationMethod!: ValuationMethod | null;

  @Field(() => String, { nullable: true, description: "Where the value comes from, in words." })
  valuationNote!: string | null;

  commitmentId!: string;
  stageId!: string | null;
  estimatedValue!: Prisma.Decimal | null;
  currency!: string | null;
  valueAsReported!: string | null;
}
