import { registerEnumType } from "type-graphql";

/** Sort direction of an `orderBy` argument. */
export enum OrderDirection {
  ASC = "asc",
  DESC = "desc",
}

registerEnumType(OrderDirection, {
  name: "OrderDirection",
  description: "Ascending or descending order.",
  valuesConfig: {
    ASC: { description: "Smallest first (A–Z, oldest)." },
    DESC: { description: "Largest first (Z–A, newest)." },
  },
});
