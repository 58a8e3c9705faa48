import { describeType, type FieldRead, globalId, list, reference, union } from "../compiled-reads/describe";

export const citationRead = describeType(
  "Citation",
  "citation",
  {
    id: globalId("Citation"),
    source: reference("Source", "source_id"),
    // The resolver's order: an engagement first, then a statement, a commitment, a commitment's stage.
    record: union({
      Engagement: "engagement_id",
      Statement: "statement_id",
      Commitment: "commitment_id",
      CommitmentStage: "commitment_stage_id",
    }),
  },
  "Citation",
);

/** The citations of a record by its key column (engagement_id …), in text order as the loaders give them. */
export const citationsOf = (key: string): FieldRead =>
  list("Citation", (row) => `SELECT * FROM citation WHERE ${key} = ${row}.id ORDER BY start_offset NULLS LAST, id`);
