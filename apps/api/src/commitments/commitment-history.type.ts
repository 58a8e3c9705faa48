import { Field, ObjectType } from "type-graphql";
import { CommitmentStatus, DatePrecision } from "../common/enums";
import { Node } from "../common/node";
import { DateScalar, DateTimeScalar } from "../common/scalars";

@ObjectType("CommitmentStatusChange", {
  implements: Node,
  description: "One entry of a commitment's status history.",
})
export class CommitmentStatusChange extends Node {
  @Field(() => CommitmentStatus, { description: "The status the commitment took." })
  status!: CommitmentStatus;

  @Field(() => DateScalar, { nullable: true, description: "When the change took effect in the world." })
  effectiveOn!: Date | null;

  @Field(() => DatePrecision, { nullable: true, description: "How much of effectiveOn is known." })
  effectivePrecision!: DatePrecision | null;

  @Field(() => String, { nullable: true, description: "Why or how the status changed." })
  note!: string | null;

  @Field(() => DateTimeScalar, { description: "When Accord recorded the change." })
  recordedAt!: Date;

  commitmentId!: string;
}
