import { Field, ObjectType } from "type-graphql";
import { DatePrecision, EngagementKind, EngagementStatus } from "../common/enums";
import { Node } from "../common/node";
import { DateScalar } from "../common/scalars";
import { PartialDate, usePartialDate } from "../dates/partial-date.type";

@ObjectType("Engagement", {
  implements: Node,
  description: "A meeting, visit, call, summit, briefing … between actors, with what was said and promised in it.",
})
export class Engagement extends Node {
  @Field(() => EngagementKind, { description: "The form the engagement takes." })
  kind!: EngagementKind;

  @Field(() => EngagementStatus, { description: "Planned, held or cancelled." })
  status!: EngagementStatus;

  @Field(() => String, { description: "A short title, e.g. 'Cho Tae-yul – Mark Rutte meeting'." })
  title!: string;

  @Field(() => String, { nullable: true, description: "What happened, in a few sentences." })
  summary!: string | null;

  @Field(() => PartialDate, { description: "When it began, as the source gives it (e.g. 2024, 2025-04, 2025-04-02?)." })
  // Not a column: resolved from the row by applyPartialDates (dates/).
  start?: PartialDate;

  @Field(() => PartialDate, {
    nullable: true,
    description: "When it ended, for engagements over several days, as the source gives it; null when not given.",
  })
  // Not a column: resolved from the row by applyPartialDates (dates/).
  end?: PartialDate | null;

  @Field(() => DateScalar, {
    description: "The start date; for a month or year precision, the first day of it.",
    deprecationReason: usePartialDate("start"),
  })
  startDate!: Date;

  @Field(() => DatePrecision, {
    description: "How much of the start date is known.",
    deprecationReason: usePartialDate("start"),
  })
  startPrecision!: DatePrecision;

  @Field(() => DateScalar, {
    nullable: true,
    description: "The end date, for engagements over several days; for a month or year precision, the first day of it.",
    deprecationReason: usePartialDate("end"),
  })
  endDate!: Date | null;

  @Field(() => DatePrecision, {
    nullable: true,
    description: "How much of the end date is known.",
    deprecationReason: usePartialDate("end"),
  })
  endPrecision!: DatePrecision | null;

  @Field(() => Boolean, {
    description: "True when the source does not state the date and it was inferred from context.",
    deprecationReason: "Use start.inferred (every PartialDate carries its inferred flag).",
  })
  dateInferred!: boolean;

  @Field(() => DateScalar, {
    description:
      "The last day the engagement may cover, from its end (or start) date and precision; date filters use [startDate, spanEnd].",
  })
  spanEnd!: Date;

  @Field(() => String, { nullable: true, description: "The venue (e.g. NATO headquarters)." })
  place!: string | null;

  @Field(() => String, { nullable: true, description: "The city (e.g. Brussels)." })
  city!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'For a visit, its kind as the source states it: "state", "official", "official working", "working", "private" … (lower case).',
  })
  visitKind!: string | null;

  countryId!: string | null;
  parentId!: string | null;
}
