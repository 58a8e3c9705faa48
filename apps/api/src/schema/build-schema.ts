import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { authChecker } from "../auth/auth-checker";
import { applyPartialDates } from "../dates/apply-partial-dates";
import { enforceListSizes } from "../limits/list-size";
import { applyInputDeprecations } from "../writes/write-inputs";
import { resolvers } from "./resolvers";

let built: Promise<GraphQLSchema> | undefined;

/** Builds the schema once per process from every feature's resolvers. */
export function buildAccordSchema(): Promise<GraphQLSchema> {
  // Lists without a size argument return at most their declared size, the size the cost model prices.
  built ??= buildSchema({ resolvers, validate: false, authChecker }).then((schema) => {
    enforceListSizes(schema);
    applyPartialDates(schema);
    applyInputDeprecations(schema);
    return schema;
  });
  return built;
}
