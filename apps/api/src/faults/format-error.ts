import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { AppError } from "../common/errors";
import { queryTooComplex } from "../limits/limit-error";
import { describeTokenLimit } from "../limits/tokens";
import { classifyDatabaseFault } from "./database-errors";

export type FormatErrorOptions = {
  production: boolean;
  statementTimeoutMs: number;
  /** Unexpected errors keep their text (ACCORD_ERROR_DETAIL, for debugging); masked otherwise, in every mode. */
  errorDetail?: boolean;
};

const unavailableMessage = "The database is unavailable at the moment; try again in a few seconds";

/**
 * The one place errors are shaped for clients: limit refusals keep their code (Apollo's validation
 * wrapper replaces it), database outages become SERVICE_UNAVAILABLE, and anything unexpected is
 * masked in every mode unless ACCORD_ERROR_DETAIL asks (its detail is in the log under the same request ID).
 */
export function createFormatError(options: FormatErrorOptions) {
  const { production } = options;
  const shape = shapeError(options);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const shaped = shape(formatted, error);
    // Apollo strips suggestions from validation errors only; variable coercion ones have them too.
    if (!production || !suggestion.test(shaped.message)) return shaped;
    return { ...shaped, message: shaped.message.replace(suggestion, "") };
  };
}

const suggestion = / ?Did you mean .+?\?$/;

function shapeError({ statementTimeoutMs, errorDetail = false }: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const tokens = describeTokenLimit(formatted, error instanceof GraphQLError ? error : undefined);
    if (tokens) return tokens;
    // Apollo wraps validation and resolver errors; the cause is the innermost originalError.
    const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
    const originalExtensions = original instanceof GraphQLError ? original.extensions : undefined;
    if (originalExtensions?.code === queryTooComplex) {
      const { http: _http, ...extensions } = originalExtensions;
      return { ...formatted, extensions: { ...formatted.extensions, ...extensions } };
    }
    const where = {
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
    };
    // Tagged by faultsPlugin on the error itself, so an earlier formatter cannot lose it.
    const requestId =
      formatted.extensions?.requestId ?? (error instanceof GraphQLError ? error.extensions?.requestId : undefined);
    const fault = classifyDatabaseFault(original);
    if (fault) {
      const message =
        fault === "timeout"
          ? `The database did not answer within the statement timeout of ${statementTimeoutMs} ms`
          : unavailableMessage;
      return { message, ...where, extensions: { code: "SERVICE_UNAVAILABLE", ...(requestId ? { requestId } : {}) } };
    }
    if (formatted.extensions?.code !== "INTERNAL_SERVER_ERROR") return formatted;
    // An AppError with this code was worded for clients on purpose; anything else was not.
    if (original instanceof AppError) return formatted;
    if (!errorDetail) {
      return {
        message: "Internal server error",
        ...where,
        extensions: { code: "INTERNAL_SERVER_ERROR", ...(requestId ? { requestId } : {}) },
      };
    }
    return requestId ? { ...formatted, extensions: { ...formatted.extensions, requestId } } : formatted;
  };
}
