import { Field, ObjectType } from "type-graphql";
import { DatePrecision } from "../common/enums";
import { Node } from "../common/node";
import { DateScalar } from "../common/scalars";

@ObjectType("Office", {
  implements: Node,
  description: "A post of a jurisdiction, such as the Republic of Korea's Minister of Foreign Affairs.",
})
export class Office extends Node {
  @Field(() => String, { description: "The post's name (Minister of Foreign Affairs, Secretary General)." })
  name!: string;

  @Field(() => String, { nullable: true, description: "What the post is." })
  description!: string | null;

  jurisdictionId!: string;
}

@ObjectType("Tenure", { implements: Node, description: "Who held an office from when to when." })
export class Tenure extends Node {
  @Field(() => DateScalar, {
    nullable: true,
    description: "When the tenure began (first day of the period at its precision); null when unknown.",
  })
  startDate!: Date | null;

  @Field(() => DatePrecision, { nullable: true, description: "How much of the start date is known." })
  startPrecision!: DatePrecision | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "When the tenure ended (first day of the period at its precision); null while in office.",
  })
  endDate!: Date | null;

  @Field(() => DatePrecision, { nullable: true, description: "How much of the end date is known." })
  endPrecision!: DatePrecision | null;

  officeId!: string;
  holderId!: string;
}
