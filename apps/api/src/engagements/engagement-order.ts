import { Prisma } from "@accord/db";
import { registerEnumType } from "type-graphql";
import type { SqlSort } from "../common/keyset";
import { OrderDirection } from "../common/order-direction";

export enum EngagementOrderField {
  START_DATE = "START_DATE",
  TITLE = "TITLE",
  CREATED_AT = "CREATED_AT",
}

registerEnumType(EngagementOrderField, {
  name: "EngagementOrderField",
  description: "Fields engagements can be sorted by.",
  valuesConfig: {
    START_DATE: { description: "The start date (first day of a partial date)." },
    TITLE: { description: "The title." },
    CREATED_AT: { description: "When the record was created." },
  },
});

const expressions: Record<EngagementOrderField, Prisma.Sql> = {
  START_DATE: Prisma.sql`e.start_date`,
  TITLE: Prisma.sql`e.title`,
  CREATED_AT: Prisma.sql`e.created_at`,
};

/** The SQL sort for an orderBy argument over alias `e`; newest first by default. */
export function engagementSort(orderBy?: { field: EngagementOrderField; direction: OrderDirection } | null): SqlSort {
  return {
    expression: expressions[orderBy?.field ?? EngagementOrderField.START_DATE],
    direction: orderBy?.direction ?? OrderDirection.DESC,
  };
}
