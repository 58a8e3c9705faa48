import { z } from "zod";
import { type LimitsConfig, LimitsConfigError, limitsVariables, loadLimitsConfig } from "./limits/limits.config";

const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const booleanString = z
  .enum(["true", "false", "1", "0"], { error: "expected true or false" })
  .transform((value) => value === "true" || value === "1");

/** Every environment variable the API reads; .env.example documents each. */
const envSchema = z.object({
  NODE_ENV: z
    .enum(["development", "production", "test"], { error: "expected development, production or test" })
    .default("development"),
  PORT: z.coerce
    .number({ error: "expected a port number" })
    .int("expected a whole number")
    .min(0, "expected a port from 0 to 65535")
    .max(65535, "expected a port from 0 to 65535")
    .default(4000),
  HOST: z.string().trim().min(1, "expected a host name or address").default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .trim()
    .refine((value) => /^postgres(ql)?:\/\/[^\s]+$/.test(value), "expected a postgresql://user@host:port/database URL")
    .optional(),
  ACCORD_DATA_DIR: z.string().trim().min(1, "expected a folder for the embedded database").optional(),
  DATABASE_POOL_SIZE: z.coerce.number({ error: "expected a number" }).int().min(1).max(100).default(10),
  LOG_LEVEL: z.enum(logLevels, { error: `expected one of ${logLevels.join(", ")}` }).default("info"),
  ACCORD_TRUSTED_DOCUMENTS: z.string().trim().min(1, "expected `sdk` or the path of a manifest").optional(),
  ACCORD_GRAPHIQL: booleanString.default(true),
  ACCORD_EXPLORER: booleanString.default(true),
  ACCORD_COMPILED_READS: booleanString.default(true),
  ACCORD_READS_REQUIRE_TOKEN: z
    .enum(["true", "false", "1", "0", "yes", "no"], { error: "expected true or false" })
    .transform((value) => ["true", "1", "yes"].includes(value))
    .default(false),
});

export type AccordConfig = z.infer<typeof envSchema>;

/** Thrown when an environment variable is missing or malformed; its message names each one. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Reads and validates the environment once at start; empty strings count as unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AccordConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ""));
  const result = envSchema.safeParse(present);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    const got = present[name];
    return `${name}: ${issue.message}${got === undefined ? "" : ` (got ${JSON.stringify(name.includes("URL") ? redact(got) : got)})`}`;
  });
  throw new ConfigError(problems);
}

/** Every environment variable the API reads, its own and the limits' (the deployment test checks compose against them). */
export const configVariables: string[] = [...new Set([...Object.keys(envSchema.shape), ...limitsVariables])];

/** The whole configuration at start: every bad value of either part reported at once. */
export function loadServerConfig(env: NodeJS.ProcessEnv = process.env): { config: AccordConfig; limits: LimitsConfig } {
  const problems: string[] = [];
  const attempt = <T>(load: () => T): T | undefined => {
    try {
      return load();
    } catch (error) {
      if (error instanceof ConfigError || error instanceof LimitsConfigError) problems.push(...error.problems);
      else throw error;
      return undefined;
    }
  };
  const config = attempt(() => loadConfig(env));
  const limits = attempt(() => loadLimitsConfig(env));
  if (!config || !limits) throw new ConfigError(problems);
  return { config, limits };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, "//$1:***@");
}
