// Derived columns come from the shared rules (@accord/db derived.ts, @accord/domain partial dates),
// so imported rows get the same search_text and span_end as rows written by the API or the seed.

import { type StoredDate, spanEndOf as sharedSpanEndOf } from "@accord/db";
import { PartialDateError, parsePartialDate } from "@accord/domain";

export {
  actorSearchText,
  commitmentSearchText,
  engagementSearchText,
  type StoredDate,
  statementSearchText,
  storedDateOf,
} from "@accord/db";

/** Why a partial date is not a real date ("Feb 30"), or null when it is. */
export function partialDateProblem(text: string): string | null {
  try {
    parsePartialDate(text);
    return null;
  } catch (error) {
    if (error instanceof PartialDateError) return error.message;
    throw error;
  }
}

/** Last day an engagement may cover: from its end date when it has one, else its start date. */
export function spanEndOf(start: StoredDate, end?: StoredDate | null): Date {
  return sharedSpanEndOf({
    startDate: start.date,
    startPrecision: start.precision,
    endDate: end?.date,
    endPrecision: end?.precision,
  });
}
