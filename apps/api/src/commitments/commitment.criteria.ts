import type { CommitmentKind, CommitmentStatus } from "@accord/db";
import { decodeId } from "../common/global-id";
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
  madeFrom?: Date;
  madeTo?: Date;
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
    madeFrom: filter.madeFrom ?? undefined,
    madeTo: filter.madeTo ?? undefined,
    engagementId: filter.engagement ? decodeId(filter.engagement, "Engagement", "filter.engagement") : undefined,
  };
}

/** First day of the month and of the year of a date: a partial madeOn reaches `from` if its period does. */
export function periodStartsOf(date: Date): { month: Date; year: Date } {
  return {
    month: new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1)),
    year: new Date(Date.UTC(date.getUTCFullYear(), 0, 1)),
  };
}
