import type { Request, RequestHandler, Response } from "express";
import { type DocumentNode, Kind, parse } from "graphql";
import { sendGraphQLError } from "./graphql-error-response";

/** A body is "large" past this many bytes, or when its size is unknown before reading (compressed, chunked). */
export const largeBodyBytes = 64 * 1024;

export type LargeBodyLimits = {
  /** Large bodies read, parsed and executed at once (ACCORD_MAX_LARGE_BODIES). */
  concurrent: number;
  /** Large bodies waiting for a turn; past that a request is answered 503 at once (ACCORD_LARGE_BODY_QUEUE). */
  queue: number;
};

/** True when the request may hold more than `largeBodyBytes` once read and inflated. */
export function mayBeLarge(req: Request): boolean {
  const encoding = req.headers["content-encoding"];
  if (encoding && encoding.toLowerCase() !== "identity") return true;
  const length = req.headers["content-length"];
  if (length === undefined) return req.headers["transfer-encoding"] !== undefined;
  return Number(length) > largeBodyBytes;
}

/**
 * Memory held by request bodies stays bounded whatever their mix: at most `concurrent` large bodies
 * are read, parsed and executed at a time, the rest wait (unread, in the socket) in a bounded queue
 * and past it are refused with 503. Small bodies (nearly every request) pass untouched.
 */
export function largeBodyGate({ concurrent, queue }: LargeBodyLimits): RequestHandler & { readonly active: number } {
  let active = 0;
  const waiting: Array<{ res: Response; start: () => void }> = [];
  const release = () => {
    active -= 1;
    while (active < concurrent) {
      const next = waiting.shift();
      if (!next) break;
      // A request whose answer already went (the request timeout) or whose client left takes no turn.
      if (next.res.headersSent || next.res.destroyed) continue;
      next.start();
    }
  };
  const gate: RequestHandler = (req, res, next) => {
    if (!mayBeLarge(req)) return next();
    const start = () => {
      active += 1;
      let released = false;
      const once = () => {
        if (released) return;
        released = true;
        release();
      };
      res.once("finish", once);
      res.once("close", once);
      next();
    };
    if (active < concurrent) return start();
    if (waiting.length >= queue) {
      res.set("retry-after", "1");
      return sendGraphQLError(res, 503, {
        message: `Too many large request bodies at once (${concurrent} served, ${queue} waiting); try again shortly`,
        extensions: { code: "SERVICE_UNAVAILABLE", limit: "largeBodies", max: concurrent + queue },
      });
    }
    const entry = { res, start };
    waiting.push(entry);
    // A client that leaves gives up its place.
    res.once("close", () => {
      const index = waiting.indexOf(entry);
      if (index !== -1) waiting.splice(index, 1);
    });
  };
  return Object.defineProperty(gate, "active", { get: () => active }) as RequestHandler & { readonly active: number };
}

/** Records the read (inflated) size of the body, for `dropUndeclaredVariables`. */
export function recordBodyBytes(req: Request, _res: unknown, body: Buffer): void {
  (req as Request & { bodyBytes?: number }).bodyBytes = body.length;
}

/**
 * GraphQL ignores variables an operation does not declare; in a large body they are dropped as soon
 * as it is parsed, so they die young (in the same tick) instead of living through the request.
 */
export function dropUndeclaredVariables(maxTokens: number): RequestHandler {
  return (req, _res, next) => {
    const bytes = (req as Request & { bodyBytes?: number }).bodyBytes ?? 0;
    const body = req.body as { query?: unknown; operationName?: unknown; variables?: unknown } | undefined;
    if (bytes > largeBodyBytes && body && typeof body.query === "string" && isRecord(body.variables)) {
      const declared = declaredVariables(body.query, body.operationName, maxTokens);
      if (declared) {
        const kept: Record<string, unknown> = {};
        for (const name of declared) if (Object.hasOwn(body.variables, name)) kept[name] = body.variables[name];
        body.variables = kept;
      }
    }
    next();
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The variables the chosen operation declares, or undefined when that is unclear (Apollo will say why). */
function declaredVariables(query: string, operationName: unknown, maxTokens: number): string[] | undefined {
  let document: DocumentNode;
  try {
    document = parse(query, { noLocation: true, maxTokens });
  } catch {
    return undefined;
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation =
    typeof operationName === "string"
      ? operations.find((o) => o.name?.value === operationName)
      : operations.length === 1
        ? operations[0]
        : undefined;
  return operation?.variableDefinitions?.map((d) => d.variable.name.value);
}
