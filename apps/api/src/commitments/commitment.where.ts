import type { Prisma } from "@accord/db";
import { type CommitmentCriteria, periodStartsOf } from "./commitment.criteria";

/** The Prisma condition for decoded commitment criteria. */
export function commitmentWhere(criteria: CommitmentCriteria): Prisma.CommitmentWhereInput {
  const and: Prisma.CommitmentWhereInput[] = [];
  if (criteria.committerIds) and.push({ committerId: { in: criteria.committerIds } });
  if (criteria.beneficiaryIds) and.push({ beneficiaryId: { in: criteria.beneficiaryIds } });
  if (criteria.kinds) and.push({ kind: { in: criteria.kinds } });
  if (criteria.statuses) and.push({ status: { in: criteria.statuses } });
  if (criteria.currency) and.push({ currency: criteria.currency });
  if (criteria.minAmount) and.push({ amount: { gte: criteria.minAmount } });
  if (criteria.maxAmount) and.push({ amount: { lte: criteria.maxAmount } });
  if (criteria.madeFrom) {
    const { month, year } = periodStartsOf(criteria.madeFrom);
    and.push({
      OR: [
        { madeOn: { gte: criteria.madeFrom } },
        { madeOnPrecision: "MONTH", madeOn: { gte: month } },
        { madeOnPrecision: "YEAR", madeOn: { gte: year } },
      ],
    });
  }
  if (criteria.madeTo) and.push({ madeOn: { lte: criteria.madeTo } });
  if (criteria.engagementId) and.push({ engagementId: criteria.engagementId });
  return { AND: and };
}
