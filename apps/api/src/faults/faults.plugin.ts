import type { ApolloServerPlugin } from "@apollo/server";

const retryAfterSeconds = "5";

/**
 * Tags internal errors with the request ID (so the masked message can be matched to the log) and
 * answers 503 with Retry-After when the database is down and there is no data to return.
 */
export function faultsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const requestId = request.http?.headers.get("x-request-id");
      return {
        async didEncounterErrors({ errors }) {
          if (!requestId) return;
          for (const error of errors) {
            // Only errors without a code may be masked later; the ID lets the caller quote it.
            if (!error.extensions?.code) (error.extensions as Record<string, unknown>).requestId = requestId;
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const { data, errors } = response.body.singleResult;
          const unavailable = errors?.some((error) => error.extensions?.code === "SERVICE_UNAVAILABLE");
          // graphql-over-http: a response with data must stay 2xx.
          if (!unavailable || data != null) return;
          response.http.status = 503;
          response.http.headers.set("retry-after", retryAfterSeconds);
        },
      };
    },
  };
}
