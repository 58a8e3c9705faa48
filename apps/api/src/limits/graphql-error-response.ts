import type { Response } from "express";

export type ErrorBody = { message: string; extensions: { code: string; [key: string]: unknown } };

/** An answer in GraphQL's shape for a request refused before GraphQL ran (size, rate, time). */
export function sendGraphQLError(res: Response, status: number, error: ErrorBody): void {
  if (res.headersSent) return;
  res
    .status(status)
    .set("cache-control", "no-store")
    .json({ errors: [error] });
}
