import { Prisma } from "@accord/db";
import { column, custom, describeType, rootRead } from "../compiled-reads/describe";
import { groupColumn, groupReference, groupsRoot } from "../compiled-reads/groups";
import { objectJson } from "../compiled-reads/objects";
import { subSelections } from "../compiled-reads/selection";
import { notCompiled, plainText } from "../compiled-reads/sql";
import { decodeCommitmentFilter } from "./commitment.criteria";
import type { CommitmentFilter } from "./commitment.input";
import { commitmentTotalsSql } from "./commitment-totals.service";
import type { CommitmentGroupBy } from "./commitment-totals.type";
import { convertedTotalSql, type TotalsQuery } from "./converted-total";

/** One group of commitmentTotals: a row of the totals SQL, not of a table. */
export const commitmentTotalRead = describeType("CommitmentTotal", undefined, {
  // trim_scale's digits: no JSON escapes.
  total: (_c, g) => plainText(Prisma.raw(`${g}."total"`)),
  count: (_c, g) => Prisma.raw(`${g}."count"`),
  currency: (_c, g) => Prisma.raw(`${g}."currency"`),
  status: groupColumn("status"),
  kind: groupColumn("kind"),
  year: groupColumn("year"),
  stage: groupColumn("stage"),
  converted: (c, g, nodes, typeName) => convertedTotal(c, g, nodes, typeName),
  committer: groupReference("Actor", "actor", "committerId"),
  beneficiary: groupReference("Actor", "actor", "beneficiaryId"),
});

// The totals query whose groups are being described: its groups' `converted` sum the same rows again.
// Set around groupsRoot, which builds every group field synchronously.
let describing: TotalsQuery | undefined;

// An analytics answer like the counts: its tables (commitments, their stages, rates, actors) bump the data version.
export const commitmentTotalsRoot = rootRead(
  "commitmentTotals",
  async (c, nodes) => {
    const args = c.args("Query", nodes[0]) as { filter?: CommitmentFilter | null; groupBy: CommitmentGroupBy[] };
    const query = { criteria: decodeCommitmentFilter(args.filter), groupBy: args.groupBy };
    describing = query;
    try {
      return groupsRoot(c, "CommitmentTotal", nodes, commitmentTotalsSql(query.criteria, query.groupBy));
    } finally {
      describing = undefined;
    }
  },
  { versioned: true },
);

/** A group's converted sum: the group row's key columns matched against the same rows. */
const convertedTotal = custom((c, g, nodes, typeName) => {
  const query = describing ?? notCompiled("CommitmentTotal.converted outside commitmentTotals");
  const { currency } = c.args(typeName, nodes[0]) as { currency: string };
  const x = c.alias();
  const sql = convertedTotalSql(query, (column) => Prisma.raw(`${g}."${column}"`), currency);
  return Prisma.sql`(SELECT ${objectJson(c, "ConvertedTotal", x, subSelections(nodes))} FROM (${sql}) ${Prisma.raw(x)})`;
});

export const convertedTotalRead = describeType("ConvertedTotal", undefined, {
  currency: column("currency"),
  amount: column("amount"),
  converted: column("converted"),
  lacking: column("lacking"),
});
