import { Field, ObjectType } from "type-graphql";
import { CommitmentStatus, DatePrecision } from "../common/enums";
import { Node } from "../common/node";
import { DateScalar, DateTimeScalar } from "../common/scalars";
import { PartialDate, usePartialDate } from "../dates/partial-date.type";

@ObjectType("CommitmentStatusChange", {
  implements: Node,
  description: "One entry of a commitment's status history.",
})
export class CommitmentStatusChange extends Node {
  @Field(() => CommitmentStatus, { description: "The status the commitment took." })
  status!: CommitmentStatus;

  @Field(() => PartialDate, {
    nullable: true,
    description: "When the change took effect in the world, as the source gives it.",
  })
  // Not a column: resolved from the row by applyPartialDates (dates/).
  effective?: PartialDate | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "When the change took effect in the world; for a month or year precision, the first day of it.",
    deprecationReason: usePartialDate("effective"),
  })
  effectiveOn!: Date | null;

  @Field(() => DatePrecision, {
    nullable: true,
    description: "How much of effectiveOn is known.",
    deprecationReason: usePartialDate("effective"),
  })
  effectivePrecision!: DatePrecision | null;

  @Field(() => String, { nullable: true, description: "Why or how the status changed." })
  note!: string | null;

  @Field(() => DateTimeScalar, { description: "When Accord recorded the change." })
  recordedAt!: Date;

  commitmentId!: string;
}
