import { OrderDirection } from "../common/order-direction";
import { rootConnection } from "../compiled-reads/connections";
import { describeType, list, reference, rootRead, storedGlobalId } from "../compiled-reads/describe";
import { keysetPage, requestedPage } from "../compiled-reads/pages";
import { citationsOf } from "../sources/citation.read";
import { decodeCommitmentFilter } from "./commitment.criteria";
import { CommitmentOrderField, type CommitmentsArgs } from "./commitment.input";
import { commitmentCountSql, commitmentPageSql } from "./commitment.page";
import { commitmentOrderColumns } from "./commitment.service";
import { commitmentConditionsSql } from "./commitment.sql";
import { itemsOf } from "./commitment-item.read";
import { stagesOf } from "./commitment-stage.read";
import { convertedOf } from "./converted-money.read";
import { moneyOfRow } from "./money.read";

export const commitmentRead = describeType(
  "Commitment",
  "commitment",
  {
    id: storedGlobalId,
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
    converted: convertedOf("Commitment"),
    coCommitters: list(
      "Actor",
      (row) => `SELECT a.* FROM commitment_co_committer cc JOIN actor a ON a.id = cc.actor_id
      WHERE cc.commitment_id = ${row}.id ORDER BY cc.position`,
    ),
    stages: stagesOf,
    items: itemsOf((row) => `i.commitment_id = ${row}.id AND i.stage_id IS NULL`),
  },
  "Commitment",
);

export const commitmentsRoot = rootRead("commitments", async (c, nodes) => {
  const args = c.args("Query", nodes[0]) as unknown as CommitmentsArgs;
  const request = requestedPage(args);
  const where = commitmentConditionsSql(decodeCommitmentFilter(args.filter));
  const column = commitmentOrderColumns[args.orderBy?.field ?? CommitmentOrderField.MADE_ON];
  const direction = args.orderBy?.direction ?? OrderDirection.DESC;
  const rows = commitmentPageSql({ where, column, direction, ...request, rows: true });
  const page = keysetPage(request, "Commitment", rows, commitmentCountSql(where));
  return rootConnection(c, "CommitmentConnection", { ...page, wholeRows: true }, nodes);
});
