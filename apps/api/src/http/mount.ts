import type { PrismaClient } from "@accord/db";
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import compression from "compression";
import type { Express, RequestHandler } from "express";
import type { Logger } from "pino";
import { graphqlLoggingPlugin } from "../logging/graphql-logging";
import { silentLogger } from "../logging/logger";
import { requestLogging } from "../logging/request-logging";
import { type TrustedDocuments, withManifestIfBuilt } from "../trusted-documents/manifest";
import { trustedDocumentsPlugin } from "../trusted-documents/trusted-documents.plugin";
import { explorerManifestPath, explorerRouter } from "./explorer/explorer.router";
import { graphiqlRouter } from "./graphiql/graphiql.router";
import { healthRouter } from "./health.router";

/** What the HTTP layer around GraphQL can be given; every field has a default for tests. */
export type HttpOptions = {
  prisma: PrismaClient;
  /** Structured logs (default: none). */
  logger?: Logger;
  /** Serve GraphiQL at GET /graphql for browsers (default: true). */
  graphiql?: boolean;
  /** Serve the explorer (apps/web) at / (default: true). */
  explorer?: boolean;
  /** Run only these documents, unless the caller is an admin (default: any document). */
  trustedDocuments?: TrustedDocuments;
};

/**
 * What every request passes before any route, on both paths (front-door.ts): its ID and log line,
 * compression for clients that accept it, and the rate limits (health probes, the IDE and its assets count too).
 */
export function frontHandlers(options: HttpOptions, rateLimits: RequestHandler[]): RequestHandler[] {
  const logger = options.logger ?? silentLogger();
  // Responses over 1 KB compressed for clients that accept it (a long timeline shrinks about tenfold with
  // brotli): brotli at the library's quality 4, gzip at level 1, because the CPU is paid on every
  // answer, and answers are JSON that compress well anyway. The explorer's assets come compressed from its build.
  return [requestLogging(logger), compressWhenAccepted(compression({ level: 1, threshold: 1024 })), ...rateLimits];
}

/** Health checks, the explorer and the IDE, mounted before /graphql. */
export function mountHttpRoutes(app: Express, options: HttpOptions): void {
  const logger = options.logger ?? silentLogger();
  app.use(healthRouter({ prisma: options.prisma, logger }));
  if (options.explorer !== false) app.use(explorerRouter());
  if (options.graphiql !== false) app.use(graphiqlRouter({ prisma: options.prisma }));
}

/**
 * The compressor only for clients that accept an encoding: for the others it would send the bytes as they
 * are after wrapping every response, a cost paid on each request for nothing. Vary is kept.
 */
function compressWhenAccepted(compress: RequestHandler): RequestHandler {
  return (req, res, next) => {
    if (req.headers["accept-encoding"]) return compress(req, res, next);
    res.vary("Accept-Encoding");
    next();
  };
}

/** Apollo plugins of the HTTP layer: no CDN landing page, operation logs, trusted documents. */
export function httpPlugins(options: HttpOptions): ApolloServerPlugin<object>[] {
  const trusted =
    options.trustedDocuments && options.explorer !== false
      ? withManifestIfBuilt(options.trustedDocuments, explorerManifestPath)
      : options.trustedDocuments;
  return [
    ApolloServerPluginLandingPageDisabled(),
    graphqlLoggingPlugin(options.logger ?? silentLogger()),
    ...(trusted ? [trustedDocumentsPlugin(trusted)] : []),
  ];
}
