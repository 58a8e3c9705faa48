import type { Duplex } from "node:stream";
import type { ErrorRequestHandler, RequestHandler } from "express";
import express from "express";
import { sendGraphQLError } from "./graphql-error-response";

/** JSON bodies up to the configured size; larger ones are refused with 413 by `bodyErrors`. */
export function jsonBody(maxBodyBytes: number): RequestHandler {
  return express.json({ limit: maxBodyBytes });
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

/** Answers 503 when a request runs past the configured time; the work left is dropped with it. */
export function requestTimeout(timeoutMs: number): RequestHandler {
  return (_req, res, next) => {
    const timer = setTimeout(() => {
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

/** Requests Node's parser refuses (headers or URL too long, malformed HTTP) get a GraphQL-shaped answer too. */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable || error.code === "ECONNRESET") {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
  const status = tooLarge ? "431 Request Header Fields Too Large" : "400 Bad Request";
  const message = tooLarge
    ? "The request line and headers exceed 16 KB; send long queries with POST"
    : "The request is not valid HTTP";
  const body = JSON.stringify({
    errors: [{ message, extensions: { code: tooLarge ? "REQUEST_TOO_LARGE" : "BAD_REQUEST" } }],
  });
  socket.end(
    `HTTP/1.1 ${status}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}
