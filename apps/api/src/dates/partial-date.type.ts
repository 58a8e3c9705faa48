import { Field, ObjectType } from "type-graphql";
import { DatePrecision } from "../common/enums";
import { DateScalar } from "../common/scalars";

@ObjectType("PartialDate", {
  description:
    "A date as the source gives it: a year, a month or a day, perhaps inferred or approximate. `edtf` is the date as text; `start` and `end` are the first and last day it may stand for.",
})
export class PartialDate {
  @Field(() => String, {
    description:
      "EDTF (ISO 8601-2) text at the date's precision: 2024, 2025-04 or 2025-04-02, ending in ? when inferred, ~ when approximate, % when both.",
  })
  edtf!: string;

  @Field(() => String, {
    description: "The same date without qualifiers, as ISO 8601 text at its precision: 2024, 2025-04 or 2025-04-02.",
  })
  iso!: string;

  @Field(() => DateScalar, { description: "The first day the date may stand for (2024 → 2024-01-01)." })
  start!: Date;

  @Field(() => DateScalar, {
    description: "The last day the date may stand for (2024 → 2024-12-31, 2025-06 → 2025-06-30).",
  })
  end!: Date;

  @Field(() => DatePrecision, { description: "How much of the date is known: YEAR, MONTH or DAY." })
  precision!: DatePrecision;

  @Field(() => Boolean, { description: "True when the source does not state the date and it was inferred (EDTF ?)." })
  inferred!: boolean;

  @Field(() => Boolean, { description: "True when the source gives the date as approximate (EDTF ~)." })
  approximate!: boolean;
}

/** The deprecation reason of a type's Date or precision field read beside its PartialDate twin. */
export const usePartialDate = (twin: string) =>
  `Use ${twin}: a PartialDate with EDTF text, first and last day, precision and flags.`;
