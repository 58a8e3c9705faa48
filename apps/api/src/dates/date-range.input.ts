import { Field, InputType } from "type-graphql";
import { describedEnum, type EnumOf } from "../common/described-enum";
import { DateScalar } from "../common/scalars";

/** How a record's date must meet a range: a partial date stands for its whole period. */
export const DateMatch = describedEnum(
  "DateMatch",
  "How a date must meet a range. A partial date is its whole period: 2024 is every day of 2024.",
  {
    OVERLAPS: "Some day of the date falls in the range: a briefing dated 2024 overlaps June 2024.",
    WITHIN: "Every day of the date falls in the range: 2024 is not within June 2024, 2024-06-12 is.",
  },
);
export type DateMatch = EnumOf<typeof DateMatch>;

@InputType("DateRangeInput", {
  description: "An inclusive range of days; leave a side out to leave it open. Dates meet it as `match` says.",
})
export class DateRangeInput {
  @Field(() => DateScalar, { nullable: true, description: "First day of the range." })
  from?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: "Last day of the range." })
  to?: Date | null;

  @Field(() => DateMatch, {
    defaultValue: DateMatch.OVERLAPS,
    description: "OVERLAPS (the default): some day of the date is in the range; WITHIN: all of its days are.",
  })
  match?: DateMatch;
}
