import { Prisma } from "@accord/db";
import { OrderDirection } from "../common/order-direction";
import { rootConnection } from "../compiled-reads/connections";
import {
  columns,
  describeType,
  type FieldRead,
  list,
  reference,
  rootRead,
  sql,
  storedGlobalId,
} from "../compiled-reads/describe";
import { objectJson } from "../compiled-reads/objects";
import { keysetPage, requestedPage } from "../compiled-reads/pages";
import { subSelections } from "../compiled-reads/selection";
import { citationsOf } from "../sources/citation.read";
import { decodeCommitmentFilter } from "./commitment.criteria";
import { CommitmentOrderField, type CommitmentsArgs } from "./commitment.input";
import { commitmentCountSql, commitmentPageSql } from "./commitment.page";
import { commitmentOrderColumns } from "./commitment.service";
import { commitmentConditionsSql } from "./commitment.sql";

/** Money kept in the row itself (amount, currency, amount_as_reported), as commitments and their stages keep it. */
export const moneyOfRow: FieldRead = (c, row, nodes) => {
  const json = objectJson(c, "Money", row, subSelections(nodes));
  return Prisma.sql`CASE WHEN ${Prisma.raw(row)}.amount IS NULL OR ${Prisma.raw(row)}.currency IS NULL THEN NULL ELSE ${json} END`;
};

export const commitmentRead = describeType("Commitment", "commitment", {
  id: storedGlobalId,
  ...columns("Commitment", [
    "kind",
    "description",
    "status",
    "madeOn",
    "madeOnPrecision",
    "madeOnInferred",
    "instrument",
    "concessional",
    "periodStart",
    "periodEnd",
    "version",
  ]),
  statement: reference("Statement", "statement_id"),
  history: list(
    "CommitmentStatusChange",
    (row) => `SELECT * FROM commitment_status_change WHERE commitment_id = ${row}.id ORDER BY recorded_at, id`,
  ),
  // Each link seen from this end: OUTGOING to what it points at, INCOMING from what points at it.
  links: list(
    "CommitmentLink",
    (
      row,
    ) => `SELECT kind, 'OUTGOING' AS direction, to_id AS other_id, from_id, to_id FROM commitment_link WHERE from_id = ${row}.id
      UNION ALL SELECT kind, 'INCOMING', from_id, from_id, to_id FROM commitment_link WHERE to_id = ${row}.id
      ORDER BY kind, from_id, to_id, direction DESC`,
  ),
  citations: citationsOf("commitment_id"),
  committer: reference("Actor", "committer_id"),
  beneficiary: reference("Actor", "beneficiary_id"),
  channel: reference("Actor", "channel_id"),
  engagement: reference("Engagement", "engagement_id"),
  money: moneyOfRow,
  coCommitters: list(
    "Actor",
    (row) => `SELECT a.* FROM commitment_co_committer cc JOIN actor a ON a.id = cc.actor_id
      WHERE cc.commitment_id = ${row}.id ORDER BY cc.position`,
  ),
  stages: list(
    "CommitmentStage",
    // Provider and receiver fall back to the commitment's committer and beneficiary, as the resolvers do.
    (row) => `SELECT s.*, coalesce(s.provider_id, ${row}.committer_id) AS provider_or_committer,
      coalesce(s.receiver_id, ${row}.beneficiary_id) AS receiver_or_beneficiary
      FROM commitment_stage s WHERE s.commitment_id = ${row}.id ORDER BY s.position`,
  ),
});

/** Money as it lives in a commitment's row. */
export const moneyRead = describeType("Money", undefined, {
  ...columns("Commitment", ["amount", "currency"]),
  asReported: sql((row) => `${row}.amount_as_reported`),
});

export const commitmentsRoot = rootRead("commitments", async (c, nodes) => {
  const args = c.args("Query", nodes[0]) as unknown as CommitmentsArgs;
  const request = requestedPage(args);
  const where = commitmentConditionsSql(decodeCommitmentFilter(args.filter));
  const column = commitmentOrderColumns[args.orderBy?.field ?? CommitmentOrderField.MADE_ON];
  const direction = args.orderBy?.direction ?? OrderDirection.DESC;
  const ids = commitmentPageSql({ where, column, direction, ...request });
  return rootConnection(
    c,
    "CommitmentConnection",
    keysetPage(request, "Commitment", ids, commitmentCountSql(where)),
    nodes,
  );
});
