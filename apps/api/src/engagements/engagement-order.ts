import { Prisma } from "@accord/db";
import { describedEnum, type EnumOf } from "../common/described-enum";
import type { SqlSort } from "../common/keyset";
import { OrderDirection } from "../common/order-direction";

export const EngagementOrderField = describedEnum("EngagementOrderField", "Fields engagements can be sorted by.", {
  START_DATE: "The start date (first day of a partial date).",
  TITLE: "The title.",
  CREATED_AT: "When the record was created.",
});
export type EngagementOrderField = EnumOf<typeof EngagementOrderField>;

// Columns of alias `e`, never user input: the nested lists splice them into their window's ORDER BY.
const columns: Record<EngagementOrderField, string> = {
  START_DATE: "e.start_date",
  TITLE: "e.title",
  CREATED_AT: "e.created_at",
};

type EngagementOrderArg = { field: EngagementOrderField; direction: OrderDirection } | null | undefined;

/** The SQL sort for an orderBy argument over alias `e`; newest first by default. */
export function engagementSort(orderBy?: EngagementOrderArg): SqlSort {
  return {
    expression: Prisma.raw(columns[orderBy?.field ?? EngagementOrderField.START_DATE]),
    direction: orderBy?.direction ?? OrderDirection.DESC,
  };
}

/** The same sort as an ORDER BY list ending in the id, for nested lists of engagements. */
export function engagementOrderList(orderBy?: EngagementOrderArg): string {
  const column = columns[orderBy?.field ?? EngagementOrderField.START_DATE];
  const direction = orderBy?.direction === OrderDirection.ASC ? "ASC" : "DESC";
  return `${column} ${direction}, e.id ${direction}`;
}
