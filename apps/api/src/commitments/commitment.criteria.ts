import type { CommitmentKind, CommitmentStatus } from "@accord/db";
import { AppError } from "../common/errors";
import { decodeId } from "../common/global-id";
import { DateMatch, type DateRangeInput } from "../dates/date-range.input";
import type { CommitmentFilter } from "./commitment.input";

/** A commitment filter with its IDs decoded: read by the Prisma query and by the totals SQL alike. */
export type CommitmentCriteria = {
  committerIds?: string[];
  beneficiaryIds?: string[];
  kinds?: CommitmentKind[];
  statuses?: CommitmentStatus[];
  currency?: string;
  minAmount?: string;
  maxAmount?: string;
  made?: DateRangeInput;
  engagementId?: string;
};

// A single value and a list both given: both must hold, so the list narrows to the single value.
function oneOrMany<T>(one: T | null | undefined, many: T[] | null | undefined): T[] | undefined {
  if (one == null) return many ?? undefined;
  return many ? many.filter((value) => value === one) : [one];
}

function ids(filter: CommitmentFilter, one: "committer" | "beneficiary", many: "committers" | "beneficiaries") {
  const single = filter[one] ? decodeId(filter[one], "Actor", `filter.${one}`) : undefined;
  const list = filter[many]?.map((id, i) => decodeId(id, "Actor", `filter.${many}[${i}]`));
  return oneOrMany(single, list);
}

export function decodeCommitmentFilter(filter?: CommitmentFilter | null): CommitmentCriteria {
  if (!filter) return {};
  return {
    committerIds: ids(filter, "committer", "committers"),
    beneficiaryIds: ids(filter, "beneficiary", "beneficiaries"),
    kinds: oneOrMany(filter.kind, filter.kinds),
    statuses: oneOrMany(filter.status, filter.statuses),
    currency: filter.currency?.toUpperCase() ?? undefined,
    minAmount: filter.minAmount ?? undefined,
    maxAmount: filter.maxAmount ?? undefined,
    made: madeRange(filter),
    engagementId: filter.engagement ? decodeId(filter.engagement, "Engagement", "filter.engagement") : undefined,
  };
}

/** The made-date range: `made`, or the deprecated madeFrom/madeTo as an overlap. */
function madeRange(filter: CommitmentFilter): DateRangeInput | undefined {
  const legacy = filter.madeFrom != null || filter.madeTo != null;
  if (filter.made && legacy) {
    throw new AppError("BAD_USER_INPUT", "filter.made: give filter.made or the deprecated madeFrom/madeTo, not both", {
      field: "filter.made",
    });
  }
  if (!legacy) return filter.made ?? undefined;
  return { from: filter.madeFrom ?? null, to: filter.madeTo ?? null, match: DateMatch.OVERLAPS };
}
