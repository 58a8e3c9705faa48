import type { ApolloServer, BaseContext, HTTPGraphQLRequest } from "@apollo/server";
import { HeaderMap } from "@apollo/server";
import type { Request, RequestHandler, Response } from "express";
import { rawBodyParts, writesRawData } from "../compiled-reads/raw-data";
import { endWithParts } from "./end-with-parts";

/**
 * Apollo Server on Express: @as-integrations/express5's expressMiddleware, but a compiled read's data
 * (raw-data.ts) goes to the socket as the bytes PostgreSQL's rows were written into (a kept analytics answer
 * as it is kept), around Apollo's text of the rest of the response. Through expressMiddleware every answer
 * was a string: a kept 557 KB answer was decoded for Apollo, then encoded again and hashed for an ETag by
 * Express's res.send, 4–7 ms of CPU and ~2 MB of garbage a request (apps/api/docs/compiled-reads.md).
 */
export function apolloHandler<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  options: { context: (http: { req: Request; res: Response }) => Promise<TContext> },
): RequestHandler {
  server.assertStarted("apolloHandler()");
  return async (req, res) => {
    if (!("body" in req)) {
      res.status(500).send("`req.body` is not set: the JSON body parser must run before Apollo");
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const request: HTTPGraphQLRequest = {
      method: req.method.toUpperCase(),
      headers,
      search: searchOf(req.url),
      body: req.body,
    };
    let context: TContext | undefined;
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: request,
      context: async () => {
        context = await options.context({ req, res });
        writesRawData(context);
        return context;
      },
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status || 200;
    if (response.body.kind === "chunked") {
      for await (const chunk of response.body.asyncIterator) {
        res.write(chunk);
        // The compression middleware's flush, as expressMiddleware calls it, so each part goes out.
        (res as Response & { flush?: () => void }).flush?.();
      }
      res.end();
      return;
    }
    const parts = rawBodyParts(context, response.body.string);
    // GET answers keep Express's ETag and 304 (a POST's answer is never fresh).
    if (!parts || req.method !== "POST") {
      res.send(parts ? Buffer.concat(parts) : response.body.string);
      return;
    }
    endWithParts(res, parts);
  };
}

/** The query string of a request's URL with its `?` (url.parse's `search`), or "". */
function searchOf(url: string): string {
  const at = url.indexOf("?");
  if (at < 0) return "";
  const hash = url.indexOf("#", at);
  return url.slice(at, hash < 0 ? undefined : hash);
}
