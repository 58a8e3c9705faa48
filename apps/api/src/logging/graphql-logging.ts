import type { ApolloServerPlugin } from "@apollo/server";
import type { Logger } from "pino";

/** Logs each GraphQL operation's name and any errors, tagged with the request ID. */
export function graphqlLoggingPlugin(logger: Logger): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const reqId = request.http?.headers.get("x-request-id") ?? undefined;
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            const level = code === "INTERNAL_SERVER_ERROR" || !code ? "error" : "info";
            logger[level](
              { reqId, operationName, code, path: error.path, err: error.originalError ?? error },
              error.message,
            );
          }
        },
        async willSendResponse({ operationName }) {
          logger.debug({ reqId, operationName }, "graphql operation");
        },
      };
    },
  };
}
