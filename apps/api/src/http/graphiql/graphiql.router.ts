import type { Request, RequestHandler } from "express";
import { Router } from "express";
import { graphiqlAssets } from "./assets";
import { graphiqlExamples } from "./examples";
import { renderGraphiqlPage } from "./page";

const assetsPath = "/graphiql/assets";

/** A browser navigating to the endpoint wants the IDE; GraphQL clients ask for JSON. */
function wantsHtml(req: Request): boolean {
  if (req.method !== "GET" || typeof req.query.query === "string") return false;
  return req.accepts(["application/json", "application/graphql-response+json", "text/html"]) === "text/html";
}

/** GraphiQL at GET / and GET /graphql (for browsers), from files installed with the project. */
export function graphiqlRouter(): Router {
  const router = Router();
  const page = renderGraphiqlPage({ endpoint: "/graphql", assetsPath, examples: graphiqlExamples });
  const sendPage: RequestHandler = (req, res, next) => {
    if (!wantsHtml(req)) return next();
    res.type("html").set("cache-control", "no-cache").send(page);
  };
  router.get("/", sendPage);
  router.get("/graphql", sendPage);
  router.get(`${assetsPath}/:name`, (req, res, next) => {
    const asset = graphiqlAssets[req.params.name];
    if (!asset) return next();
    res.type(asset.type).set("cache-control", "public, max-age=86400").sendFile(asset.file, { dotfiles: "allow" });
  });
  return router;
}
