import type { Duplex } from "node:stream";
import { runInStatementScope, StatementScope } from "@accord/db";
import type { ErrorRequestHandler, RequestHandler, Response } from "express";
import express from "express";
import { sendGraphQLError } from "./graphql-error-response";
import { recordBodyBytes } from "./large-bodies";

/** JSON bodies up to the configured size; larger ones are refused with 413 by `bodyErrors`. */
export function jsonBody(maxBodyBytes: number): RequestHandler {
  return express.json({ limit: maxBodyBytes, verify: recordBodyBytes });
}

/** body-parser's failures (too large, not JSON, odd charset) answered in GraphQL's shape. */
export function bodyErrors(maxBodyBytes: number): ErrorRequestHandler {
  return (error: { type?: string; status?: number; length?: number; message?: string }, _req, res, next) => {
    // Already answered (the request timeout): the late error has nowhere to go.
    if (res.headersSent) {
      if (!res.writableEnded) res.end();
      return;
    }
    if (error.type === "entity.too.large") {
      return sendGraphQLError(res, 413, {
        message: `The request body of ${error.length ?? "more than"} bytes exceeds the limit of ${maxBodyBytes} bytes`,
        extensions: { code: "PAYLOAD_TOO_LARGE", limit: "body", actual: error.length, max: maxBodyBytes },
      });
    }
    if (error.type === "entity.parse.failed") {
      return sendGraphQLError(res, 400, {
        message: `The request body is not valid JSON: ${error.message ?? "parse error"}`,
        extensions: { code: "BAD_REQUEST" },
      });
    }
    if (error.type === "charset.unsupported" || error.type === "encoding.unsupported") {
      return sendGraphQLError(res, 415, {
        message: `The request body's ${error.type === "charset.unsupported" ? "charset" : "encoding"} is not supported: ${error.message}`,
        extensions: { code: "BAD_REQUEST" },
      });
    }
    if (typeof error.status === "number" && error.status >= 400 && error.status < 500) {
      return sendGraphQLError(res, error.status, {
        message: error.message ?? "Bad request",
        extensions: { code: "BAD_REQUEST" },
      });
    }
    return next(error);
  };
}

const scopeOf = (res: Response) => res.locals.statements as StatementScope | undefined;

/**
 * Answers 503 when a request runs past the configured time and cancels its SQL still running on the
 * database (and refuses any it would start), so no statement outlives its request.
 */
export function requestTimeout(timeoutMs: number, onCancelled?: (error: unknown) => void): RequestHandler {
  return (_req, res, next) => {
    const statements = new StatementScope();
    res.locals.statements = statements;
    const timer = setTimeout(() => {
      statements.cancel(`the request timeout of ${timeoutMs} ms passed`).catch(onCancelled);
      sendGraphQLError(res, 503, {
        message: `The request did not finish within ${timeoutMs} ms, the request timeout`,
        extensions: { code: "SERVICE_UNAVAILABLE", limit: "requestTimeout", max: timeoutMs },
      });
    }, timeoutMs);
    const clear = () => clearTimeout(timer);
    res.once("finish", clear);
    res.once("close", clear);
    next();
  };
}

/**
 * Runs the rest of the request inside its statement scope. Mounted after the body parser: its
 * callback runs from the socket's events, which would lose the scope.
 */
export const withinStatementScope: RequestHandler = (_req, res, next) => {
  const scope = scopeOf(res);
  if (scope) runInStatementScope(scope, next);
  else next();
};

const clientErrors: Record<string, { status: string; code: string; message: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: "431 Request Header Fields Too Large",
    code: "REQUEST_TOO_LARGE",
    message: "The request line and headers exceed 16 KB; send long queries with POST",
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: "408 Request Timeout",
    code: "REQUEST_TIMEOUT",
    message: "The request was not received in time",
  },
};

/** Requests Node's parser refuses (headers or URL too long, malformed HTTP) get a GraphQL-shaped answer too. */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  const known = clientErrors[error.code ?? ""];
  const malformed = error.code?.startsWith("HPE_");
  if (!socket.writable || (!known && !malformed)) {
    socket.destroy();
    return;
  }
  const { status, code, message } = known ?? {
    status: "400 Bad Request",
    code: "BAD_REQUEST",
    message: "The request is not valid HTTP",
  };
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  socket.end(
    `HTTP/1.1 ${status}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}
