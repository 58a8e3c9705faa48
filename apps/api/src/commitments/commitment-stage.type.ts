import type { Prisma } from "@accord/db";
import { Field, Int, ObjectType } from "type-graphql";
import { CommitmentStageKind, DatePrecision } from "../common/enums";
import { Node } from "../common/node";
import { DateScalar, DateTimeScalar } from "../common/scalars";
import { PartialDate, usePartialDate } from "../dates/partial-date.type";

@ObjectType("CommitmentStage", {
  implements: Node,
  description:
    "One step of a commitment (pledged, committed, disbursed, delivered …) with its own money, date, provider and receiver.",
})
export class CommitmentStage extends Node {
  @Field(() => Int, {
    description: "Order within the commitment, from 0; the last stage gives the commitment's status.",
  })
  position!: number;

  @Field(() => CommitmentStageKind, { description: "What happened at this step." })
  kind!: CommitmentStageKind;

  @Field(() => PartialDate, { nullable: true, description: "When it happened, as the source gives it." })
  // Not a column: resolved from the row by applyPartialDates (dates/).
  occurred?: PartialDate | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "When it happened (first day of the period at its precision).",
    deprecationReason: usePartialDate("occurred"),
  })
  occurredOn!: Date | null;

  @Field(() => DatePrecision, {
    nullable: true,
    description: "How much of occurredOn is known.",
    deprecationReason: usePartialDate("occurred"),
  })
  occurredOnPrecision!: DatePrecision | null;

  @Field(() => Boolean, {
    description: "True when the date is not stated by the source but inferred from context.",
    deprecationReason: "Use occurred.inferred (every PartialDate carries its inferred flag).",
  })
  occurredOnInferred!: boolean;

  @Field(() => String, { nullable: true, description: "What the source says of this step." })
  note!: string | null;

  @Field(() => DateTimeScalar, { description: "When Accord recorded the step." })
  recordedAt!: Date;

  commitmentId!: string;
  amount!: Prisma.Decimal | null;
  currency!: string | null;
  amountAsReported!: string | null;
  providerId!: string | null;
  receiverId!: string | null;
}
