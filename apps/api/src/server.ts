import http from "node:http";
import type { PrismaClient } from "@accord/db";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { type Context, createContext } from "./context";
import { type HttpOptions, httpPlugins, mountHttpRoutes } from "./http/mount";
import { type LimitsConfig, loadLimitsConfig } from "./limits/limits.config";
import { createSafety } from "./limits/safety";
import { buildAccordSchema } from "./schema/build-schema";

export type AccordServerOptions = {
  prisma: PrismaClient;
  /** Request bounds and rate limits (default: from the environment, docs/limits.md). */
  limits?: LimitsConfig;
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
  const { prisma, limits = loadLimitsConfig() } = options;
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
  app.use("/graphql", ...safety.before, expressMiddleware(apollo, { context: async () => createContext(prisma) }));
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
