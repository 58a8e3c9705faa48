import { ArgsType, Field, ID, InputType } from "type-graphql";
import { ConnectionArgs } from "../common/connection.type";
import { describedEnum, type EnumOf } from "../common/described-enum";
import { CommitmentKind, CommitmentStatus } from "../common/enums";
import { OrderDirection } from "../common/order-direction";
import { CurrencyScalar, DateScalar, DecimalScalar } from "../common/scalars";
import { DateRangeInput } from "../dates/date-range.input";

export const CommitmentOrderField = describedEnum(
  "CommitmentOrderField",
  "Fields commitments can be sorted by; commitments without a value count as the smallest.",
  {
    MADE_ON: "The day it was made: undated ones last when descending, first when ascending.",
    AMOUNT: "The amount, compared as numbers across currencies: no amount last when descending, first when ascending.",
  },
);
export type CommitmentOrderField = EnumOf<typeof CommitmentOrderField>;

@InputType("CommitmentOrder", { description: "How to sort commitments; ties are broken by ID." })
export class CommitmentOrder {
  @Field(() => CommitmentOrderField, { description: "The field to sort by." })
  field!: CommitmentOrderField;

  @Field(() => OrderDirection, { description: "Ascending or descending." })
  direction!: OrderDirection;
}

@InputType("CommitmentFilter", { description: "Which commitments to return; all conditions must hold." })
export class CommitmentFilter {
  @Field(() => ID, { nullable: true, description: "Made by this actor." })
  committer?: string | null;

  @Field(() => [ID], { nullable: true, description: "Made by any of these actors." })
  committers?: string[] | null;

  @Field(() => ID, { nullable: true, description: "In favour of this actor." })
  beneficiary?: string | null;

  @Field(() => [ID], { nullable: true, description: "In favour of any of these actors." })
  beneficiaries?: string[] | null;

  @Field(() => CommitmentKind, { nullable: true, description: "Of this kind." })
  kind?: CommitmentKind | null;

  @Field(() => [CommitmentKind], { nullable: true, description: "Of any of these kinds." })
  kinds?: CommitmentKind[] | null;

  @Field(() => CommitmentStatus, { nullable: true, description: "With this current status." })
  status?: CommitmentStatus | null;

  @Field(() => [CommitmentStatus], { nullable: true, description: "With any of these current statuses." })
  statuses?: CommitmentStatus[] | null;

  @Field(() => CurrencyScalar, { nullable: true, description: "With an amount in this currency (ISO 4217)." })
  currency?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "With an amount of at least this (a decimal string)." })
  minAmount?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "With an amount of at most this (a decimal string)." })
  maxAmount?: string | null;

  @Field(() => DateRangeInput, {
    nullable: true,
    description:
      "Made in this range: some day of the made date in it (match: OVERLAPS, the default) or all of them (WITHIN). A commitment made in 2024 overlaps June 2024 and is within 2024.",
  })
  made?: DateRangeInput | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Made on or after this day; a partial date (2024) counts when its period reaches this day.",
    deprecationReason: "Use made: { from, match } (OVERLAPS or WITHIN).",
  })
  madeFrom?: Date | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Made on or before this day; a partial date (2024) counts when its period starts by this day.",
    deprecationReason: "Use made: { to, match } (OVERLAPS or WITHIN).",
  })
  madeTo?: Date | null;

  @Field(() => ID, { nullable: true, description: "Made or referred to in this engagement." })
  engagement?: string | null;
}

@ArgsType()
export class CommitmentsArgs extends ConnectionArgs {
  @Field(() => CommitmentFilter, { nullable: true, description: "Which commitments to return." })
  filter?: CommitmentFilter | null;

  @Field(() => CommitmentOrder, { nullable: true, description: "Sort order; newest first by default." })
  orderBy?: CommitmentOrder | null;
}
