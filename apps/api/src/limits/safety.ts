import type http from "node:http";
import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from "@apollo/server";
import type { ErrorRequestHandler, Express, RequestHandler } from "express";
import type { GraphQLSchema } from "graphql";
import { faultsPlugin } from "../faults/faults.plugin";
import { createFormatError } from "../faults/format-error";
import { costPlugin } from "./cost";
import { documentLimitsRule } from "./document-limits.rule";
import { boundedDocumentStore } from "./document-store";
import { answerClientError, bodyErrors, jsonBody, requestTimeout, withinStatementScope } from "./http-guards";
import { inputLimitsPlugin } from "./input-limits.plugin";
import { introspectionPlugin } from "./introspection.plugin";
import { knownOperationTypesRule } from "./known-operation-types.rule";
import { dropUndeclaredVariables, largeBodyGate } from "./large-bodies";
import type { LimitsConfig } from "./limits.config";
import { nulCharactersPlugin } from "./nul-characters.plugin";
import { createRateLimiting } from "./rate-limit";

type SafetyApolloOptions = Pick<
  ApolloServerOptions<BaseContext>,
  | "validationRules"
  | "parseOptions"
  | "formatError"
  | "hideSchemaDetailsFromClientErrors"
  | "allowBatchedHttpRequests"
  | "csrfPrevention"
  | "introspection"
  | "includeStacktraceInErrorResponses"
  | "stopOnTerminationSignals"
  | "persistedQueries"
  | "documentStore"
>;

export type Safety = {
  config: LimitsConfig;
  /** Spread into the ApolloServer options. */
  apolloOptions: SafetyApolloOptions;
  plugins: ApolloServerPlugin<object>[];
  /** The rate limits, run by the front door (http/front-door.ts) before every route (health, IDE, assets, /graphql). */
  rateLimits: RequestHandler[];
  /** Before Apollo on /graphql (POSTs: in the front door): request timeout, large-body gate, JSON body, statement scope. */
  before: RequestHandler[];
  /** Mounted after Apollo: body and late errors in GraphQL's shape. */
  errorHandler: ErrorRequestHandler;
  close(): Promise<void>;
};

/** Every bound on a request and the error shaping, from one configuration (docs/limits.md). */
export function createSafety({
  schema,
  config,
  httpServer,
  app,
}: {
  schema: GraphQLSchema;
  config: LimitsConfig;
  httpServer: http.Server;
  app: Express;
}): Safety {
  app.disable("x-powered-by");
  if (config.trustProxy) app.set("trust proxy", trustProxySetting(config.trustProxy));
  // Slow senders (slowloris) are cut off by Node itself; the handler has its own timeout below.
  httpServer.headersTimeout = Math.min(httpServer.headersTimeout, 20_000);
  httpServer.requestTimeout = config.requestTimeoutMs + 10_000;
  httpServer.on("clientError", answerClientError);
  const rateLimiting = createRateLimiting(config.rateLimit);
  return {
    config,
    apolloOptions: {
      validationRules: [documentLimitsRule(config), knownOperationTypesRule],
      parseOptions: { maxTokens: config.maxTokens },
      formatError: createFormatError(config),
      hideSchemaDetailsFromClientErrors: config.production,
      includeStacktraceInErrorResponses: config.errorDetail,
      allowBatchedHttpRequests: false,
      // Enforced per viewer by introspectionPlugin.
      introspection: true,
      // Bearer tokens are not sent by browsers on their own, but GETs must still not be simple requests.
      csrfPrevention: true,
      // main.ts drains and exits 0 on SIGTERM; Apollo's own handler would re-raise the signal (exit 143).
      stopOnTerminationSignals: false,
      // Automatic persisted queries are not used; left on, odd hashes reach Apollo as internal errors.
      persistedQueries: false,
      // Parsed documents, bounded by the bytes they hold (their source text too).
      documentStore: boundedDocumentStore(),
    },
    plugins: [
      inputLimitsPlugin({ schema }),
      costPlugin({ schema, maxCost: config.maxCost }),
      nulCharactersPlugin(),
      faultsPlugin(),
      ...(config.production ? [introspectionPlugin({ schema })] : []),
    ],
    rateLimits: rateLimiting.middleware,
    before: [
      requestTimeout(config.requestTimeoutMs),
      largeBodyGate(config.largeBodies),
      jsonBody(config.maxBodyBytes),
      dropUndeclaredVariables(config.maxTokens),
      withinStatementScope,
    ],
    errorHandler: bodyErrors(config.maxBodyBytes),
    close: () => rateLimiting.close(),
  };
}

/** "true", a hop count ("1") or addresses/subnets ("loopback, 10.0.0.0/8"), as Express reads them. */
function trustProxySetting(value: string): boolean | number | string {
  if (value === "true" || value === "false") return value === "true";
  return /^\d+$/.test(value) ? Number(value) : value;
}
