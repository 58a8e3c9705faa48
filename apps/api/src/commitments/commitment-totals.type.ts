import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { CommitmentKind, CommitmentStageKind, CommitmentStatus } from "../common/enums";
import { CurrencyScalar, DecimalScalar } from "../common/scalars";

export enum CommitmentGroupBy {
  COMMITTER = "COMMITTER",
  BENEFICIARY = "BENEFICIARY",
  CURRENCY = "CURRENCY",
  STATUS = "STATUS",
  KIND = "KIND",
  YEAR = "YEAR",
  STAGE = "STAGE",
}

registerEnumType(CommitmentGroupBy, {
  name: "CommitmentGroupBy",
  description: "What commitment totals are grouped by. Totals are always split by currency as well.",
  valuesConfig: {
    COMMITTER: { description: "The actor who made the commitment." },
    BENEFICIARY: { description: "The actor in whose favour it was made." },
    CURRENCY: { description: "The currency (always part of the grouping, asked for or not)." },
    STATUS: { description: "The commitment's current status." },
    KIND: { description: "The commitment's kind." },
    YEAR: { description: "The year it was made (from madeOn; null when not known)." },
    STAGE: {
      description:
        "The stage kind (pledged, committed, disbursed …): sums the stages' own amounts instead of the commitments', each promise once per stage kind.",
    },
  },
});

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
}
