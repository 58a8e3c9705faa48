import { registerEnumType } from "type-graphql";

/** Sort direction of an `orderBy` argument. */
export enum OrderDirection {
  ASC = "asc",
  DESC = "desc",
}

registerEnumType(OrderDirection, { name: "OrderDirection", description: "Ascending or descending order." });
