import { Field, Int, ObjectType } from "type-graphql";
import { describedEnum, type EnumOf } from "../common/described-enum";
import { CommitmentKind, CommitmentStageKind, CommitmentStatus } from "../common/enums";
import { CurrencyScalar, DecimalScalar } from "../common/scalars";
import type { CommitmentCriteria } from "./commitment.criteria";

export const CommitmentGroupBy = describedEnum(
  "CommitmentGroupBy",
  "What commitment totals are grouped by. Totals are always split by currency as well.",
  {
    COMMITTER: "The actor who made the commitment.",
    BENEFICIARY: "The actor in whose favour it was made.",
    CURRENCY: "The currency (always part of the grouping, asked for or not).",
    STATUS: "The commitment's current status.",
    KIND: "The commitment's kind.",
    YEAR: "The year it was made (from madeOn; null when not known).",
    STAGE:
      "The stage kind (pledged, committed, disbursed …): sums the stages' own amounts instead of the commitments', each promise once per stage kind.",
  },
);
export type CommitmentGroupBy = EnumOf<typeof CommitmentGroupBy>;

@ObjectType("CommitmentTotal", {
  description: "The sum and count of commitments in one group; fields not grouped by are null (currency never is).",
})
export class CommitmentTotal {
  @Field(() => CurrencyScalar, {
    description: "The currency of `total`; amounts of different currencies are never added.",
  })
  currency!: string;

  @Field(() => CommitmentStatus, { nullable: true, description: "The status, when grouped by STATUS." })
  status!: CommitmentStatus | null;

  @Field(() => CommitmentKind, { nullable: true, description: "The kind, when grouped by KIND." })
  kind!: CommitmentKind | null;

  @Field(() => CommitmentStageKind, { nullable: true, description: "The stage kind, when grouped by STAGE." })
  stage!: CommitmentStageKind | null;

  @Field(() => Int, { nullable: true, description: "The year made, when grouped by YEAR (null: date not known)." })
  year!: number | null;

  @Field(() => DecimalScalar, { description: 'The exact sum of the amounts, as a decimal string ("2000000000").' })
  total!: string;

  @Field(() => Int, { description: "How many commitments the sum adds up." })
  count!: number;

  committerId!: string | null;
  beneficiaryId!: string | null;
  criteria!: CommitmentCriteria;
  groupBy!: CommitmentGroupBy[];
}
