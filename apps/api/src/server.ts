import http from "node:http";
import type { PrismaClient } from "@accord/db";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { GraphQLError } from "graphql";
import { readsRequireTokenFromEnv } from "./auth/reads-policy";
import { authenticateRequest } from "./auth/viewer";
import { type Context, createContext } from "./context";
import { type HttpOptions, httpPlugins, mountHttpRoutes } from "./http/mount";
import { type LimitsConfig, loadLimitsConfig } from "./limits/limits.config";
import { createSafety } from "./limits/safety";
import { buildAccordSchema } from "./schema/build-schema";

export type AccordServerOptions = {
  prisma: PrismaClient;
  /** Request bounds and rate limits (default: from the environment, docs/limits.md). */
  limits?: LimitsConfig;
  /** Reads need a token too (default: ACCORD_READS_REQUIRE_TOKEN). Writes always do. */
  readsRequireToken?: boolean;
} & Omit<HttpOptions, "prisma">;

export type AccordServer = {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  listen(port: number, host?: string): Promise<{ url: string; port: number }>;
  stop(): Promise<void>;
};

/** The HTTP server: GraphQL at /graphql on an Express app. */
export async function createAccordServer(options: AccordServerOptions): Promise<AccordServer> {
  const { prisma, limits = loadLimitsConfig(), readsRequireToken = readsRequireTokenFromEnv() } = options;
  const schema = await buildAccordSchema();
  const app = express();
  const httpServer = http.createServer(app);
  const safety = createSafety({ schema, config: limits, httpServer, app });
  const apollo = new ApolloServer<Context>({
    schema,
    ...safety.apolloOptions,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ...safety.plugins, ...httpPlugins(options)],
    logger: options.logger,
  });
  await apollo.start();
  // Request logs with IDs, /healthz, /readyz and the IDE (apps/api/src/http).
  mountHttpRoutes(app, options);
  app.use(
    "/graphql",
    ...safety.before,
    expressMiddleware(apollo, {
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
