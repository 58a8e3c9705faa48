import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { ErrorRequestHandler, Express, NextFunction, Request, RequestHandler, Response } from "express";
import { sendGraphQLError } from "../limits/graphql-error-response";

/** The handlers of the front door: every request's, then GraphQL POSTs' (the request guards and the fast lane). */
export type FrontDoorHandlers = {
  /** Every request, before any route: request ID and log, compression, rate limits. */
  front: RequestHandler[];
  /** A POST to /graphql after `front`: the request guards, then the lane; Apollo (in `app`) answers what is left. */
  graphql: RequestHandler[];
  /** Errors of either list (a body too large, not JSON) answered in GraphQL's shape. */
  errorHandler: ErrorRequestHandler;
};

/**
 * The HTTP server's handler: runs the front handlers and, for a GraphQL POST, its guards and the fast
 * lane without Express's router, whose matching of every mounted layer cost more than a lane answer's
 * own work; the Express app gets whatever they leave. The same handler functions run on both paths, so
 * no protection has a second implementation: the app skips the guards a request already passed.
 */
export function frontDoor(app: Express, { front, graphql, errorHandler }: FrontDoorHandlers): RequestListener {
  return (incoming, outgoing) => {
    const { req, res } = asExpress(app, incoming, outgoing);
    const fail = (error: unknown) =>
      errorHandler(error, req, res, () => {
        if (res.headersSent) res.end();
        else
          sendGraphQLError(res, 500, {
            message: "Internal server error",
            extensions: { code: "INTERNAL_SERVER_ERROR" },
          });
      });
    runHandlers(front, req, res, (error) => {
      if (error) return fail(error);
      if (!isGraphqlPost(req)) return app(req, res);
      res.locals.graphqlGuarded = true;
      runHandlers(graphql, req, res, (guardError) => (guardError ? fail(guardError) : app(req, res)));
    });
  };
}

/** The guards mounted in the app, skipped for a request the front door already ran them on. */
export function guardsOnce(graphql: RequestHandler[]): RequestHandler {
  return (req, res, next) => (res.locals.graphqlGuarded ? next() : runHandlers(graphql, req, res, next));
}

const isGraphqlPost = (req: IncomingMessage) =>
  req.method === "POST" && (req.url === "/graphql" || req.url?.startsWith("/graphql?") === true);

/** What app.handle does first, so Express's request and response methods (req.ip, res.status) work before it. */
function asExpress(app: Express, incoming: IncomingMessage, outgoing: ServerResponse): { req: Request; res: Response } {
  const req = Object.setPrototypeOf(incoming, app.request) as Request;
  const res = Object.setPrototypeOf(outgoing, app.response) as Response;
  req.res = res;
  res.req = req;
  if (!res.locals) res.locals = Object.create(null);
  return { req, res };
}

/** Runs `handlers` in turn as Express would; `done` gets the first error, or nothing after the last one's next(). */
export function runHandlers(handlers: RequestHandler[], req: Request, res: Response, done: NextFunction): void {
  let index = 0;
  const next = (error?: unknown) => {
    if (error) return done(error);
    const handler = handlers[index++];
    if (!handler) return done();
    try {
      const result: unknown = handler(req, res, next);
      // Express 5 passes a rejected promise on as an error; so does this.
      if (result instanceof Promise) result.catch(next);
    } catch (thrown) {
      next(thrown ?? new Error("a request handler threw"));
    }
  };
  next();
}
