import { Field, Int, InterfaceType } from "type-graphql";
import { describedEnum, type EnumOf } from "../common/described-enum";
import { DatePrecision } from "../common/enums";
import { DateScalar } from "../common/scalars";
import { PartialDate, usePartialDate } from "../dates/partial-date.type";

export const CountOrder = describedEnum("CountOrder", "How count groups are sorted.", {
  KEYS: "By the group keys in the order asked (periods oldest first, unknown periods last in their year).",
  COUNT: "Largest count first; ties by the group keys.",
});
export type CountOrder = EnumOf<typeof CountOrder>;

/** The `first` argument of a grouping, described once. */
export const firstGroupsDescription =
  "At most this many groups, the first in `orderBy` (with COUNT the largest: a top-N ranking); a grouping with more " +
  "groups is cut here, not refused. Without it every group, up to the grouping's price. 0..10000.";

/** The period groupings every count offers (YEAR, QUARTER, MONTH) of the date `date` names. */
export const periodGroups = (date: string) => ({
  YEAR: `The year of ${date}.`,
  QUARTER: `The year and quarter of ${date} (quarter null when only the year is known).`,
  MONTH: `The year and month of ${date} (month null when only the year is known).`,
});

/** The rule every period grouping follows, written once for the fields' descriptions. */
export const periodRule =
  "Periods come from the start date (an engagement's, or for a statement its engagement's). A partial date is " +
  "counted in every period it certainly falls in and in the unknown bucket of finer periods: a briefing dated " +
  "only 2024 counts in 2024 and, grouped by month, in 2024's month-unknown bucket (month null, period " +
  '"2024-XX"), never in January. Each record is counted once per group, so a grouping by month adds up to the ' +
  "grouping by year.";

// Each kind of count carries a key of its own: a counterpart its actor, a statement group its speaker.
function countTypeOf(value: object): string {
  return "actorId" in value ? "Counterpart" : "speakerId" in value ? "StatementCount" : "EngagementCount";
}

@InterfaceType("DatedCount", {
  description: "A count of engagements (or statements) with the first and last date among them.",
  resolveType: countTypeOf,
})
export abstract class DatedCount {
  @Field(() => Int, { description: "How many records fall in the group." })
  count!: number;

  @Field(() => PartialDate, {
    description:
      "The earliest start date in the group as the sources give it; at the same first day a coarser date counts as earlier, as everywhere in the API. Its inferred and approximate flags are not kept by counts (false).",
  })
  // Not a column: resolved from firstDate and firstPrecision by applyPartialDates (dates/).
  first?: PartialDate;

  @Field(() => PartialDate, {
    description: "The latest start date in the group, in the same order as first (flags not kept, as for first).",
  })
  last?: PartialDate;

  @Field(() => DateScalar, {
    description:
      "The earliest start date in the group (first day of its period at firstPrecision); at the same first day a coarser date counts as earlier, as everywhere in the API.",
    deprecationReason: usePartialDate("first"),
  })
  firstDate!: Date;

  @Field(() => DatePrecision, {
    description: "How much of firstDate is known.",
    deprecationReason: usePartialDate("first"),
  })
  firstPrecision!: DatePrecision;

  @Field(() => DateScalar, {
    description: "The latest start date in the group, in the same order as firstDate.",
    deprecationReason: usePartialDate("last"),
  })
  lastDate!: Date;

  @Field(() => DatePrecision, {
    description: "How much of lastDate is known.",
    deprecationReason: usePartialDate("last"),
  })
  lastPrecision!: DatePrecision;
}

@InterfaceType("CountGroup", {
  implements: DatedCount,
  description: "A group of counted records: its period, its count and its first and last date.",
  resolveType: countTypeOf,
})
export abstract class CountGroup extends DatedCount {
  @Field(() => String, {
    nullable: true,
    description:
      'The finest period grouped by: "2024" (YEAR), "2024-Q2" or "2024-QX" (QUARTER, unknown quarter), "2024-03" or "2024-XX" (MONTH, unknown month); null when no period is grouped by.',
  })
  period!: string | null;

  @Field(() => Int, { nullable: true, description: "The year, when grouped by a period." })
  year!: number | null;

  @Field(() => Int, { nullable: true, description: "The quarter (1–4), when grouped by QUARTER; null when not known." })
  quarter!: number | null;

  @Field(() => Int, { nullable: true, description: "The month (1–12), when grouped by MONTH; null when not known." })
  month!: number | null;
}
