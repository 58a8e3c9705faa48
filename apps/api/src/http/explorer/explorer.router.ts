import { existsSync } from "node:fs";
import path from "node:path";
import type { Request } from "express";
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
  router.use(
    "/explorer-assets",
    serveStatic(path.join(dir, "explorer-assets"), {
      immutable: true,
      maxAge: "365d",
      index: false,
      fallthrough: true,
    }),
  );
  return router;
}
