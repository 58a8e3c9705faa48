import { type LimitsConfigError, limitsVariables, loadLimitsConfig } from "./limits.config";

const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
  try {
    loadLimitsConfig(env);
    return [];
  } catch (error) {
    return (error as LimitsConfigError).problems;
  }
};

test.each([["abc"], ["1.5"], ["0"], ["-1.5"], ["Infinity"], ["1e400"], [" "], ["9007199254740993"]])(
  "a positive limit of %j is refused",
  (text) => {
    expect(problemsOf({ ACCORD_MAX_COST: text })).toEqual(["ACCORD_MAX_COST: expected a number"]);
  },
);

test("numbers are read as JavaScript reads them, and unset or empty variables take their defaults", () => {
  const config = loadLimitsConfig({
    ACCORD_MAX_COST: "1e3",
    ACCORD_MAX_DEPTH: "0x10",
    ACCORD_LARGE_BODY_QUEUE: " ",
    ACCORD_MAX_TOKENS: "",
  });
  expect([config.maxCost, config.maxDepth, config.largeBodies.queue, config.maxTokens, config.maxAliases]).toEqual([
    1000, 16, 0, 3000, 30,
  ]);
  expect(problemsOf({ ACCORD_LARGE_BODY_QUEUE: "-1" })).toEqual(["ACCORD_LARGE_BODY_QUEUE: expected a number"]);
});

test("text variables are trimmed, error detail is one of four words, and Redis needs a redis:// URL", () => {
  const config = loadLimitsConfig({
    ACCORD_TRUST_PROXY: "  a ",
    REDIS_URL: "  redis://h:1  ",
    ACCORD_ERROR_DETAIL: "1",
  });
  expect([config.trustProxy, config.rateLimit.redisUrl, config.errorDetail, config.production]).toEqual([
    "a",
    "redis://h:1",
    true,
    false,
  ]);
  expect(loadLimitsConfig({ NODE_ENV: "production" }).production).toBe(true);
  expect(problemsOf({ ACCORD_ERROR_DETAIL: " true" })).toEqual(["ACCORD_ERROR_DETAIL: expected true or false"]);
  expect(problemsOf({ REDIS_URL: " " })).toEqual(["REDIS_URL: expected a redis://host:port URL"]);
});

test("every bad variable is named, in the order the variables are listed", () => {
  expect(
    problemsOf({ NODE_ENV: "production", ACCORD_MAX_DEPTH: "x", REDIS_URL: "http://x", ACCORD_MAX_COST: "-2" }),
  ).toEqual([
    "ACCORD_MAX_COST: expected a number",
    "ACCORD_MAX_DEPTH: expected a number",
    "REDIS_URL: expected a redis://host:port URL",
  ]);
  expect(limitsVariables.slice(0, 2)).toEqual(["NODE_ENV", "ACCORD_MAX_COST"]);
  expect(limitsVariables).toHaveLength(20);
});
