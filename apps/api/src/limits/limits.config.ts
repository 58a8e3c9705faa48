import { defaultAnswerCacheBytes } from "../compiled-reads/answer-cache";

// Read by hand, not with zod: every server and API test file loads this module, and loading zod costs far more.
type Read<T> = (text: string | undefined) => { value: T } | { problem: string };

const integer =
  (min: number) =>
  (fallback: number): Read<number> =>
  (text) => {
    if (text === undefined) return { value: fallback };
    const value = Number(text);
    return Number.isSafeInteger(value) && value >= min ? { value } : { problem: "expected a number" };
  };
const count = integer(0);
const positive = integer(1);
const trimmed: Read<string | undefined> = (text) => ({ value: text?.trim() });

/** The environment variables that bound requests; docs/limits.md explains each. 0 turns a rate limit off. */
const limitsFields = {
  NODE_ENV: (text: string | undefined) => ({ value: text ?? "development" }),
  ACCORD_MAX_COST: positive(500_000),
  ACCORD_MAX_DEPTH: positive(12),
  ACCORD_MAX_ALIASES: positive(30),
  ACCORD_MAX_DIRECTIVES: positive(50),
  ACCORD_MAX_TOKENS: positive(3_000),
  ACCORD_MAX_BODY_BYTES: positive(1_048_576),
  ACCORD_MAX_LARGE_BODIES: positive(4),
  ACCORD_LARGE_BODY_QUEUE: count(64),
  ACCORD_HEAP_GROWING_PERCENT: count(50),
  ACCORD_REQUEST_TIMEOUT_MS: positive(15_000),
  ACCORD_STATEMENT_TIMEOUT_MS: count(5_000),
  ACCORD_DB_CONNECT_TIMEOUT_MS: positive(5_000),
  ACCORD_RATE_LIMIT_WINDOW_MS: positive(60_000),
  ACCORD_RATE_LIMIT_ADDRESS: count(600),
  ACCORD_RATE_LIMIT_TOKEN: count(300),
  ACCORD_TRUST_PROXY: trimmed,
  ACCORD_ANSWER_CACHE_BYTES: count(defaultAnswerCacheBytes),
  ACCORD_ERROR_DETAIL: ((text) =>
    text === undefined || ["true", "false", "1", "0"].includes(text)
      ? { value: text === "true" || text === "1" }
      : { problem: "expected true or false" }) satisfies Read<boolean>,
  REDIS_URL: ((text) => {
    const value = text?.trim();
    return value === undefined || /^rediss?:\/\/\S+$/.test(value)
      ? { value }
      : { problem: "expected a redis://host:port URL" };
  }) satisfies Read<string | undefined>,
};

type LimitsEnv = {
  [K in keyof typeof limitsFields]: Extract<ReturnType<(typeof limitsFields)[K]>, { value: unknown }>["value"];
};

export type LimitsConfig = {
  production: boolean;
  /** Unexpected errors reach clients with their message and stack (ACCORD_ERROR_DETAIL); masked otherwise, in every mode. */
  errorDetail: boolean;
  maxCost: number;
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxBodyBytes: number;
  /** Bodies over 64 KiB (or compressed) served at once, and waiting; limits/large-bodies.ts. */
  largeBodies: { concurrent: number; queue: number };
  /** V8's heap growth past the last full collection, in percent (0 = V8's own); limits/heap.ts. */
  heapGrowingPercent: number;
  requestTimeoutMs: number;
  statementTimeoutMs: number;
  connectTimeoutMs: number;
  rateLimit: { windowMs: number; address: number; token: number; redisUrl?: string; redisPrefix?: string };
  /** Express's `trust proxy` setting, so the client address is the caller's and not the proxy's. */
  trustProxy?: string;
  /** Bytes of analytics answers kept per process (0 = none); compiled-reads/answer-cache.ts. */
  answerCacheBytes?: number;
};

/** Thrown when a limit variable is malformed; the message names each one. */
export class LimitsConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid limits configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "LimitsConfigError";
  }
}

/** Reads the limits from the environment; empty strings count as unset. */
export function loadLimitsConfig(env: NodeJS.ProcessEnv = process.env): LimitsConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ""));
  const problems: string[] = [];
  const e: Partial<Record<string, unknown>> = {};
  for (const [name, read] of Object.entries(limitsFields) as [string, Read<unknown>][]) {
    const result = read(present[name]);
    if ("problem" in result) problems.push(`${name}: ${result.problem}`);
    else e[name] = result.value;
  }
  if (problems.length > 0) throw new LimitsConfigError(problems);
  return fromEnv(e as LimitsEnv);
}

function fromEnv(e: LimitsEnv): LimitsConfig {
  return {
    production: e.NODE_ENV === "production",
    errorDetail: e.ACCORD_ERROR_DETAIL,
    maxCost: e.ACCORD_MAX_COST,
    maxDepth: e.ACCORD_MAX_DEPTH,
    maxAliases: e.ACCORD_MAX_ALIASES,
    maxDirectives: e.ACCORD_MAX_DIRECTIVES,
    maxTokens: e.ACCORD_MAX_TOKENS,
    maxBodyBytes: e.ACCORD_MAX_BODY_BYTES,
    largeBodies: { concurrent: e.ACCORD_MAX_LARGE_BODIES, queue: e.ACCORD_LARGE_BODY_QUEUE },
    heapGrowingPercent: e.ACCORD_HEAP_GROWING_PERCENT,
    requestTimeoutMs: e.ACCORD_REQUEST_TIMEOUT_MS,
    statementTimeoutMs: e.ACCORD_STATEMENT_TIMEOUT_MS,
    connectTimeoutMs: e.ACCORD_DB_CONNECT_TIMEOUT_MS,
    rateLimit: {
      windowMs: e.ACCORD_RATE_LIMIT_WINDOW_MS,
      address: e.ACCORD_RATE_LIMIT_ADDRESS,
      token: e.ACCORD_RATE_LIMIT_TOKEN,
      redisUrl: e.REDIS_URL,
    },
    trustProxy: e.ACCORD_TRUST_PROXY,
    answerCacheBytes: e.ACCORD_ANSWER_CACHE_BYTES,
  };
}

/** The variable names read here (for docs and deployment checks). */
export const limitsVariables = Object.keys(limitsFields);
