import { existsSync } from "node:fs";
import path from "node:path";
import type { Request, RequestHandler } from "express";
import { Router, static as serveStatic } from "express";

/** apps/web's build, the same depth from src/ (tests) and dist/ (the built server and the image). */
export const defaultExplorerDir = path.resolve(__dirname, "../../../../web/dist");

/** The explorer's own operations (apps/web/scripts/write-trusted-documents.ts), trusted beside the manifest. */
export const explorerManifestPath = path.join(defaultExplorerDir, "trusted-documents.json");

// Only this origin: the bundle, its styles and /graphql; style attributes are what the charts set inline.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

function wantsHtml(req: Request): boolean {
  return req.accepts(["application/json", "text/html"]) === "text/html";
}

const notBuilt = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Accord</title></head><body>
<h1>Accord</h1><p>The explorer is not built here: run <code>pnpm build</code> (or <code>pnpm start</code>) and reload.</p>
<p>The GraphQL API and its IDE are at <a href="/graphql">/graphql</a>.</p></body></html>`;

const assetCaching = { immutable: true, maxAge: "365d" } as const;

/** An asset's file name as Vite writes them (no folders, no dots before the name). */
const assetName = /^\/[\w-][\w.-]*$/;

/** The copies apps/web's build writes beside a text asset (apps/web/scripts/precompress.ts), best first. */
const precompressedCopies = [
  { encoding: "br", suffix: ".br" },
  { encoding: "gzip", suffix: ".gz" },
] as const;

/**
 * An asset compressed at build time, to a client that accepts its encoding: the copy, with the asset's own
 * type and its Content-Encoding set, which the compression middleware then leaves alone. Anything else goes on
 * to the files as they are.
 */
function precompressed(assets: string): RequestHandler {
  return (req, res, next) => {
    if ((req.method !== "GET" && req.method !== "HEAD") || !assetName.test(req.path)) return next();
    // Brotli whenever it is accepted at all: its copy is the smaller, whatever order the client lists them in.
    const chosen = precompressedCopies.find((copy) => req.acceptsEncodings(copy.encoding) === copy.encoding);
    if (!chosen) return next();
    const file = path.join(assets, req.path + chosen.suffix);
    if (!existsSync(file)) return next();
    res.vary("Accept-Encoding").set("content-encoding", chosen.encoding).type(path.extname(req.path));
    res.sendFile(file, assetCaching, (error) => {
      if (error && !res.headersSent) {
        res.removeHeader("content-encoding");
        next();
      }
    });
  };
}

/** The explorer (apps/web) at GET /, its hashed assets cached for a year; GraphiQL stays at /graphql. */
export function explorerRouter({ dir = defaultExplorerDir }: { dir?: string } = {}): Router {
  const router = Router();
  const index = path.join(dir, "index.html");
  router.get("/", (req, res, next) => {
    if (!wantsHtml(req)) return next();
    res.set("content-security-policy", contentSecurityPolicy).set("cache-control", "no-cache");
    if (!existsSync(index)) return res.type("html").status(503).send(notBuilt);
    res.sendFile(index);
  });
  const assets = path.join(dir, "explorer-assets");
  router.use(
    "/explorer-assets",
    precompressed(assets),
    serveStatic(assets, { ...assetCaching, index: false, fallthrough: true }),
  );
  return router;
}
