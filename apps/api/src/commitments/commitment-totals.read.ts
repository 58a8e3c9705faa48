import { Prisma } from "@accord/db";
import { describeType, rootRead } from "../compiled-reads/describe";
import { groupColumn, groupReference, groupsRoot } from "../compiled-reads/groups";
import { decodeCommitmentFilter } from "./commitment.criteria";
import type { CommitmentFilter } from "./commitment.input";
import { commitmentTotalsSql } from "./commitment-totals.service";
import type { CommitmentGroupBy } from "./commitment-totals.type";

/** One group of commitmentTotals: a row of the totals SQL, not of a table. */
export const commitmentTotalRead = describeType("CommitmentTotal", undefined, {
  total: (_c, g) => Prisma.raw(`${g}."total"`),
  count: (_c, g) => Prisma.raw(`${g}."count"`),
  currency: (_c, g) => Prisma.raw(`${g}."currency"`),
  status: groupColumn("status"),
  kind: groupColumn("kind"),
  year: groupColumn("year"),
  stage: groupColumn("stage"),
  committer: groupReference("Actor", "actor", "committerId"),
  beneficiary: groupReference("Actor", "actor", "beneficiaryId"),
});

export const commitmentTotalsRoot = rootRead("commitmentTotals", async (c, nodes) => {
  const args = c.args("Query", nodes[0]) as { filter?: CommitmentFilter | null; groupBy: CommitmentGroupBy[] };
  const { sql, columns } = commitmentTotalsSql(decodeCommitmentFilter(args.filter), args.groupBy);
  return groupsRoot(c, "CommitmentTotal", nodes, sql, columns);
});
