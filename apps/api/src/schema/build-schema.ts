import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { authChecker } from "../auth/auth-checker";
import { resolvers } from "./resolvers";

let built: Promise<GraphQLSchema> | undefined;

/** Builds the schema once per process from every feature's resolvers. */
export function buildAccordSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers, validate: false, authChecker });
  return built;
}
