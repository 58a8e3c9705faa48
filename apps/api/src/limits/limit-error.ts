import { GraphQLError } from "graphql";

export type LimitName = "cost" | "depth" | "aliases" | "directives" | "tokens" | "introspection";

/** Code of every refusal for size or complexity; the limit and the figures are in extensions. */
export const queryTooComplex = "QUERY_TOO_COMPLEX";

/** An error that says which limit was passed and by how much, before any resolver ran. */
export function limitError(limit: LimitName, message: string, actual: number, max: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: queryTooComplex, limit, actual, max, http: { status: 400 } },
  });
}
