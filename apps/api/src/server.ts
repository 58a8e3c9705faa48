// Decorated classes load through the feature imports below; their metadata needs the polyfill first.
import "reflect-metadata";
import http from "node:http";
import type { PrismaClient } from "@accord/db";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import express from "express";
import { GraphQLError } from "graphql";
import { readsRequireTokenFromEnv } from "./auth/reads-policy";
import { authenticateRequest } from "./auth/viewer";
import { configureAnswerCache, defaultAnswerCacheBytes } from "./compiled-reads/answer-cache";
import { type CompiledReadsOptions, compiledReadsPlugin } from "./compiled-reads/compiled-reads.plugin";
import { FastLane } from "./compiled-reads/fast-lane";
import { stringifyResult } from "./compiled-reads/raw-data";
import { type Context, createContext } from "./context";
import { apolloHandler } from "./http/apollo-handler";
import { frontDoor, guardsOnce } from "./http/front-door";
import { frontHandlers, type HttpOptions, httpPlugins, mountHttpRoutes } from "./http/mount";
import { type LimitsConfig, loadLimitsConfig } from "./limits/limits.config";
import { createSafety } from "./limits/safety";
import { buildAccordSchema } from "./schema/build-schema";

// A shared store keeps a registered query a day, so clients cannot grow it without bound.
const persistedQueryTtlSeconds = 24 * 3600;

export type AccordServerOptions = {
  prisma: PrismaClient;
  /** Request bounds and rate limits (default: from the environment, docs/limits.md). */
  limits?: LimitsConfig;
  /** Reads need a token too (default: ACCORD_READS_REQUIRE_TOKEN). Writes always do. */
  readsRequireToken?: boolean;
  /** Answer covered reads with one SQL statement (compiled-reads/); default on (main.ts: ACCORD_COMPILED_READS). */
  compiledReads?: boolean | CompiledReadsOptions;
  /** Where automatic persisted queries are kept (Redis when several instances serve one API); off when absent. */
  persistedQueryCache?: KeyValueCache<string>;
} & Omit<HttpOptions, "prisma">;

export type AccordServer = {
  /** The routes behind the front door (http/front-door.ts), without its logs and rate limits: serve `httpServer`. */
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  listen(port: number, host?: string): Promise<{ url: string; port: number }>;
  stop(): Promise<void>;
};

/** The HTTP server: GraphQL at /graphql on an Express app. */
export async function createAccordServer(options: AccordServerOptions): Promise<AccordServer> {
  const {
    prisma,
    limits = loadLimitsConfig(),
    readsRequireToken = readsRequireTokenFromEnv(),
    persistedQueryCache,
    compiledReads = true,
  } = options;
  const logger = options.logger;
  configureAnswerCache(limits.answerCacheBytes ?? defaultAnswerCacheBytes);
  const compiledReadHooks = {
    onFailed: (error: unknown) => logger?.warn({ err: error }, "compiled read failed; resolvers answered"),
    ...(typeof compiledReads === "object" ? compiledReads : {}),
  };
  // Reads that need a token go through Apollo every time; anonymous repeats can skip it.
  const lane = compiledReads && !readsRequireToken ? new FastLane(prisma, compiledReadHooks) : undefined;
  const schema = await buildAccordSchema();
  const app = express();
  // Its request handler is the front door, set once the app and the guards exist.
  const httpServer = http.createServer();
  const safety = createSafety({ schema, config: limits, httpServer, app });
  const apollo = new ApolloServer<Context>({
    schema,
    ...safety.apolloOptions,
    // Compiled reads' JSON text goes into the response as it is (raw-data.ts).
    stringifyResult,
    // No cache hints are used: the cache-control plugin would only wrap every field resolver.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginCacheControlDisabled(),
      ...safety.plugins,
      ...httpPlugins(options),
      ...(compiledReads ? [compiledReadsPlugin({ ...compiledReadHooks, lane })] : []),
    ],
    logger: options.logger,
    // Automatic persisted queries only with a shared store (REDIS_URL); otherwise off, as safety sets.
    ...(persistedQueryCache ? { persistedQueries: { cache: persistedQueryCache, ttl: persistedQueryTtlSeconds } } : {}),
  });
  await apollo.start();
  // Health checks, the IDE and the explorer (apps/api/src/http); logs and rate limits run in the front door.
  mountHttpRoutes(app, options);
  const graphqlGuards = [...safety.before, ...(lane ? [lane.middleware()] : [])];
  app.use(
    "/graphql",
    guardsOnce(graphqlGuards),
    apolloHandler(apollo, {
      context: async ({ req }) => {
        const auth = await authenticateRequest({ prisma, authorization: req.headers.authorization });
        // Where reads are open, a bad token reads anonymously; writes refuse it, saying why.
        if (readsRequireToken && !auth.viewer) {
          const why = auth.problem ?? "this server requires an API token for every request";
          throw new GraphQLError(`Not authenticated: ${why}`, {
            extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
          });
        }
        return createContext(prisma, auth);
      },
    }),
  );
  app.use(safety.errorHandler);
  httpServer.on(
    "request",
    frontDoor(app, {
      front: frontHandlers(options, safety.rateLimits),
      graphql: graphqlGuards,
      errorHandler: safety.errorHandler,
    }),
  );
  return {
    app,
    httpServer,
    apollo,
    listen(port, host = "0.0.0.0") {
      return new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          const actualPort = typeof address === "object" && address ? address.port : port;
          resolve({ url: `http://localhost:${actualPort}/graphql`, port: actualPort });
        });
      });
    },
    async stop() {
      await apollo.stop();
      await safety.close();
    },
  };
}
