import { createHash } from "node:crypto";
import type { Request, RequestHandler } from "express";
import { ipKeyGenerator, type Options, rateLimit, type Store } from "express-rate-limit";
import type { Redis } from "ioredis";
import type { RedisStore } from "rate-limit-redis";
import { sendGraphQLError } from "./graphql-error-response";
import type { LimitsConfig } from "./limits.config";

export type RateLimiting = { middleware: RequestHandler[]; close(): Promise<void> };

type Policy = "address" | "token";

function bearerToken(req: Request): string | undefined {
  const match = /^Bearer\s+(\S+)/i.exec(req.headers.authorization ?? "");
  return match?.[1];
}

/** Secrets never reach the store: tokens are keyed by a hash. */
function tokenKey(req: Request): string {
  return createHash("sha256")
    .update(bearerToken(req) ?? "")
    .digest("base64url")
    .slice(0, 32);
}

const quiet = { error: () => undefined, warn: () => undefined };

function limiter(policy: Policy, limit: number, windowMs: number, store: Store | undefined): RequestHandler {
  const options: Partial<Options> = {
    windowMs,
    limit,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    identifier: policy,
    keyGenerator: (req) => (policy === "token" ? `token:${tokenKey(req)}` : `address:${ipKeyGenerator(req.ip ?? "")}`),
    skip: (req) => policy === "token" && !bearerToken(req),
    // A Redis outage must not take the API down with it: count nothing until it is back.
    passOnStoreError: true,
    logger: quiet,
    handler: (req, res) => {
      const used = (req as Request & { rateLimit?: { used: number } }).rateLimit?.used ?? limit + 1;
      const window = Math.ceil(windowMs / 1000);
      sendGraphQLError(res, 429, {
        message: `Too many requests: more than ${limit} in ${window} s for this ${policy === "token" ? "API token" : "client address"}; see the RateLimit headers`,
        extensions: { code: "RATE_LIMITED", limit: `rate:${policy}`, max: limit, actual: used },
      });
    },
    ...(store ? { store } : {}),
  };
  return rateLimit(options);
}

/** Per client address for every request, and per API token for requests that present one. */
// Loaded only when a Redis is configured: the clients weigh several MiB of heap an instance without one never uses.
function loadRedis(): { Redis: typeof Redis; RedisStore: typeof RedisStore } {
  return { Redis: require("ioredis").Redis, RedisStore: require("rate-limit-redis").RedisStore };
}

export function createRateLimiting(config: LimitsConfig["rateLimit"]): RateLimiting {
  const clients = config.redisUrl ? loadRedis() : undefined;
  const redis =
    config.redisUrl && clients ? new clients.Redis(config.redisUrl, { maxRetriesPerRequest: 1 }) : undefined;
  // ioredis reports connection errors as events; unhandled ones would be thrown.
  redis?.on("error", () => undefined);
  const storeFor = (policy: Policy): Store | undefined =>
    redis && clients
      ? new clients.RedisStore({
          prefix: `${config.redisPrefix ?? "accord:rate:"}${policy}:`,
          sendCommand: (command: string, ...args: string[]) =>
            redis.call(command, ...args) as Promise<number | string | (number | string)[]>,
        })
      : undefined;
  const middleware: RequestHandler[] = [];
  if (config.address > 0) middleware.push(limiter("address", config.address, config.windowMs, storeFor("address")));
  if (config.token > 0) middleware.push(limiter("token", config.token, config.windowMs, storeFor("token")));
  return {
    middleware,
    async close() {
      if (redis) await redis.quit().catch(() => redis.disconnect());
    },
  };
}
