import type { PrismaClient } from "@accord/db";
import { ownEntry } from "@accord/domain";
import type { Request, RequestHandler } from "express";
import { Router } from "express";
import { graphiqlAssets } from "./assets";
import { cachedExampleIds } from "./example-ids";
import { graphiqlExamples } from "./examples";
import { renderGraphiqlPage } from "./page";

const assetsPath = "/graphiql/assets";

/** A browser navigating to the endpoint wants the IDE; GraphQL clients ask for JSON. */
function wantsHtml(req: Request): boolean {
  if (req.method !== "GET" || typeof req.query.query === "string") return false;
  return req.accepts(["application/json", "application/graphql-response+json", "text/html"]) === "text/html";
}

/** GraphiQL at GET /graphql (for browsers), from files installed with the project; the explorer has /. */
export function graphiqlRouter({ prisma }: { prisma: PrismaClient }): Router {
  const router = Router();
  const exampleIds = cachedExampleIds(prisma);
  const sendPage: RequestHandler = async (req, res, next) => {
    if (!wantsHtml(req)) return next();
    // The example variables carry this database's IDs of the seed records, looked up once.
    const examples = graphiqlExamples(await exampleIds());
    res
      .type("html")
      .set("cache-control", "no-cache")
      .send(renderGraphiqlPage({ endpoint: "/graphql", assetsPath, examples }));
  };
  router.get("/graphql", sendPage);
  router.get(`${assetsPath}/:name`, (req, res, next) => {
    const asset = ownEntry(graphiqlAssets, req.params.name);
    if (!asset) return next();
    res.type(asset.type).set("cache-control", "public, max-age=86400").sendFile(asset.file, { dotfiles: "allow" });
  });
  return router;
}
