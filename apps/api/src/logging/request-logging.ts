import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestHandler } from "express";
import type { Logger } from "pino";

/** A caller's x-request-id is kept when it looks like an ID; anything else is replaced. */
const acceptableId = /^[\w.:-]{1,128}$/;

export function requestIdFor(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers["x-request-id"];
  const id = typeof given === "string" && acceptableId.test(given) ? given : randomUUID();
  // Apollo plugins read it from the request headers; callers get it back on the response.
  req.headers["x-request-id"] = id;
  res.setHeader("x-request-id", id);
  return id;
}

/**
 * One JSON log line per request with its ID, method, path, status and time (the lines pino-http wrote).
 * Written here without a child logger per request: pino-http's two child loggers and wrappers cost a
 * large share of a fast-lane answer's CPU (docs/benchmark.md).
 */
export function requestLogging(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const id = requestIdFor(req, res);
    if (req.url === "/healthz") return next();
    const started = Date.now();
    // The URL as it came: routers mounted on a path rewrite req.url.
    const request = { id, method: req.method, url: req.url };
    const done = (error?: Error) => {
      res.removeListener("close", done);
      res.removeListener("finish", done);
      res.removeListener("error", done);
      const statusCode = res.statusCode;
      const fields = { req: request, res: { statusCode }, responseTime: Date.now() - started };
      if (error || statusCode >= 500) {
        logger.error(
          { ...fields, err: error ?? new Error(`failed with status code ${statusCode}`) },
          "request errored",
        );
      } else if (statusCode >= 400) logger.warn(fields, "request completed");
      else logger.info(fields, "request completed");
    };
    res.on("close", done);
    res.on("finish", done);
    res.on("error", done);
    next();
  };
}
