import { lexicographicSortSchema, printSchema } from "graphql";
import { buildAccordSchema } from "./build-schema";

/** The schema as SDL, sorted so that the committed file changes only when the schema does. */
export async function printAccordSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAccordSchema()))}\n`;
}
