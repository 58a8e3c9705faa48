import { describeType, type FieldRead, list } from "../compiled-reads/describe";
import { moneyOfRow } from "./money.read";

/** An item as `itemsOf` rows give it: its estimated value under the names Money reads (amount, currency). */
export const commitmentItemRead = describeType(
  "CommitmentItem",
  undefined,
  {
    estimatedValue: moneyOfRow,
  },
  "CommitmentItem",
);

/** Items whose owner condition holds (`stage_id = …`, or the commitment's own), in order. */
export const itemsOf = (owner: (row: string) => string): FieldRead =>
  list(
    "CommitmentItem",
    (row) => `SELECT i.*, i.estimated_value AS amount, i.value_as_reported AS amount_as_reported
      FROM commitment_item i WHERE ${owner(row)} ORDER BY i.position, i.id`,
  );
