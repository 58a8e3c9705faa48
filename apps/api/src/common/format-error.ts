import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { AppError } from "./errors";

/** Outside development, an unexpected error (a bug, a database failure) shows no internals: only its code. */
export function formatErrorFor(development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (development) return formatted;
    if (formatted.extensions?.code !== "INTERNAL_SERVER_ERROR") return formatted;
    // An AppError with this code was worded for clients on purpose; anything else was not.
    if (unwrapResolverError(error) instanceof AppError) return formatted;
    return {
      message: "Internal server error",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}
