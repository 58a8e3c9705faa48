import { Field, ObjectType } from "type-graphql";
import { CurrencyScalar, DecimalScalar } from "../common/scalars";

@ObjectType("Money", { description: "An exact amount of money in one currency." })
export class Money {
  @Field(() => DecimalScalar, { description: 'The exact amount as a decimal string, e.g. "2000000000".' })
  amount!: string;

  @Field(() => CurrencyScalar, { description: "ISO 4217 currency code, e.g. USD." })
  currency!: string;

  @Field(() => String, { nullable: true, description: 'The amount as the source wrote it, e.g. "$2 billion".' })
  asReported!: string | null;
}
