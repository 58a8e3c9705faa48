import { Field, ObjectType, registerEnumType } from "type-graphql";
import { CurrencyScalar, DateScalar, DecimalScalar } from "../common/scalars";

export enum ConversionMissing {
  NO_VALUE_DATE = "NO_VALUE_DATE",
  NO_RATE = "NO_RATE",
}

registerEnumType(ConversionMissing, {
  name: "ConversionMissing",
  description: "Why a converted amount is null: a conversion is never guessed.",
  valuesConfig: {
    NO_VALUE_DATE: { description: "The amount has no date, so no rate can be chosen for it." },
    NO_RATE: {
      description:
        "No rate was loaded for its date (the latest on or before the date's last day, at most 31 days before its first).",
    },
  },
});

@ObjectType("ConvertedMoney", {
  description:
    "An amount converted to another currency at its value date, beside the amount as kept (never instead of it): " +
    "amount = original × rate, rounded to 4 decimal places. Rates are those loaded with `accord import --format fx-rates`.",
})
export class ConvertedMoney {
  @Field(() => DecimalScalar, { nullable: true, description: "The converted amount; null when `missing` says why." })
  amount!: string | null;

  @Field(() => CurrencyScalar, { description: "The currency asked for." })
  currency!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "Units of `currency` per one unit of the original: the loaded rate, or its inverse or cross through `base`, rounded to 18 decimal places; 1 for the same currency.",
  })
  rate!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The date of the rate used (null for the same currency)." })
  rateDate!: string | null;

  @Field(() => CurrencyScalar, { nullable: true, description: "The currency the rate was quoted against." })
  base!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "The day a rate was sought for: the last day of the amount's (partial) date; null when it has none.",
  })
  valueDate!: string | null;

  @Field(() => ConversionMissing, { nullable: true, description: "Why `amount` is null; null when it is not." })
  missing!: ConversionMissing | null;

  @Field(() => String, { nullable: true, description: "The missing rate or date in words, e.g. the dates searched." })
  reason!: string | null;
}
