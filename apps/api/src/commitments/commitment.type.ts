import { Field, ObjectType } from "type-graphql";
import { CommitmentInstrument, CommitmentKind, CommitmentStatus, DatePrecision } from "../common/enums";
import { Node } from "../common/node";
import { DateScalar } from "../common/scalars";
import { PartialDate, usePartialDate } from "../dates/partial-date.type";

@ObjectType("Commitment", {
  implements: Node,
  description: "A promise by one actor, to another or to a cause: aid with an amount, an agreement, a policy.",
})
export class Commitment extends Node {
  @Field(() => CommitmentKind, { description: "The field the commitment belongs to." })
  kind!: CommitmentKind;

  @Field(() => String, { description: "What was promised." })
  description!: string;

  @Field(() => CommitmentStatus, { description: "Where it stands now (the latest entry of its history)." })
  status!: CommitmentStatus;

  @Field(() => PartialDate, { nullable: true, description: "When it was made, as the source gives it." })
  // Not a column: resolved from the row by applyPartialDates (dates/).
  made?: PartialDate | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "When it was made; for a month or year precision, the first day of it.",
    deprecationReason: usePartialDate("made"),
  })
  madeOn!: Date | null;

  @Field(() => DatePrecision, {
    nullable: true,
    description: "How much of madeOn is known.",
    deprecationReason: usePartialDate("made"),
  })
  madeOnPrecision!: DatePrecision | null;

  @Field(() => Boolean, {
    description: "True when madeOn is not stated by the source but inferred from context.",
    deprecationReason: "Use made.inferred (every PartialDate carries its inferred flag).",
  })
  madeOnInferred!: boolean;

  @Field(() => CommitmentInstrument, { nullable: true, description: "How the support is given; null when not said." })
  instrument!: CommitmentInstrument | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "For a loan: true when concessional (below market terms); null when not known.",
  })
  concessional!: boolean | null;

  channelId!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "First day of the period the commitment covers." })
  periodStart!: Date | null;

  @Field(() => DateScalar, { nullable: true, description: "Last day of the period the commitment covers." })
  periodEnd!: Date | null;

  committerId!: string;
  beneficiaryId!: string | null;
  engagementId!: string | null;
  statementId!: string | null;
  amount!: { toString(): string } | null;
  currency!: string | null;
  amountAsReported!: string | null;
}
