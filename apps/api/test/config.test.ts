import { ConfigError, configVariables, loadConfig, loadServerConfig } from "../src/config";

describe("loadConfig", () => {
  it("fills defaults for an empty environment", () => {
    expect(loadConfig({})).toEqual({
      NODE_ENV: "development",
      PORT: 4000,
      HOST: "0.0.0.0",
      DATABASE_POOL_SIZE: 10,
      LOG_LEVEL: "info",
      ACCORD_GRAPHIQL: true,
      ACCORD_EXPLORER: true,
      ACCORD_COMPILED_READS: true,
      ACCORD_READS_REQUIRE_TOKEN: false,
    });
  });

  it("reads every variable it knows", () => {
    expect(
      loadConfig({
        NODE_ENV: "production",
        PORT: "8080",
        HOST: "127.0.0.1",
        DATABASE_URL: "postgresql://accord:pw@db:5432/accord",
        DATABASE_POOL_SIZE: "4",
        LOG_LEVEL: "warn",
        ACCORD_TRUSTED_DOCUMENTS: "sdk",
        ACCORD_GRAPHIQL: "false",
        ACCORD_EXPLORER: "false",
        ACCORD_COMPILED_READS: "0",
        ACCORD_READS_REQUIRE_TOKEN: "yes",
        UNRELATED: "ignored",
      }),
    ).toEqual({
      NODE_ENV: "production",
      PORT: 8080,
      HOST: "127.0.0.1",
      DATABASE_URL: "postgresql://accord:pw@db:5432/accord",
      DATABASE_POOL_SIZE: 4,
      LOG_LEVEL: "warn",
      ACCORD_TRUSTED_DOCUMENTS: "sdk",
      ACCORD_GRAPHIQL: false,
      ACCORD_EXPLORER: false,
      ACCORD_COMPILED_READS: false,
      ACCORD_READS_REQUIRE_TOKEN: true,
    });
  });

  it("names each bad value with what was expected, hiding passwords", () => {
    let error: unknown;
    try {
      loadConfig({
        NODE_ENV: "staging",
        PORT: "70000",
        DATABASE_URL: "mysql://root:hunter2@db/accord",
        LOG_LEVEL: "loud",
        ACCORD_GRAPHIQL: "maybe",
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'NODE_ENV: expected development, production or test (got "staging")',
      'PORT: expected a port from 0 to 65535 (got "70000")',
      'DATABASE_URL: expected a postgresql://user@host:port/database URL (got "mysql://root:***@db/accord")',
      'LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent (got "loud")',
      'ACCORD_GRAPHIQL: expected true or false (got "maybe")',
    ]);
    expect((error as ConfigError).message.split("\n")[0]).toBe("Invalid configuration:");
  });

  it("lists the variables it reads, its own and the limits'", () => {
    expect(configVariables).toEqual([
      "NODE_ENV",
      "PORT",
      "HOST",
      "DATABASE_URL",
      "ACCORD_DATA_DIR",
      "DATABASE_POOL_SIZE",
      "LOG_LEVEL",
      "ACCORD_TRUSTED_DOCUMENTS",
      "ACCORD_GRAPHIQL",
      "ACCORD_EXPLORER",
      "ACCORD_COMPILED_READS",
      "ACCORD_READS_REQUIRE_TOKEN",
      "ACCORD_MAX_COST",
      "ACCORD_MAX_DEPTH",
      "ACCORD_MAX_ALIASES",
      "ACCORD_MAX_DIRECTIVES",
      "ACCORD_MAX_TOKENS",
      "ACCORD_MAX_BODY_BYTES",
      "ACCORD_MAX_LARGE_BODIES",
      "ACCORD_LARGE_BODY_QUEUE",
      "ACCORD_HEAP_GROWING_PERCENT",
      "ACCORD_REQUEST_TIMEOUT_MS",
      "ACCORD_STATEMENT_TIMEOUT_MS",
      "ACCORD_DB_CONNECT_TIMEOUT_MS",
      "ACCORD_RATE_LIMIT_WINDOW_MS",
      "ACCORD_RATE_LIMIT_ADDRESS",
      "ACCORD_RATE_LIMIT_TOKEN",
      "ACCORD_TRUST_PROXY",
      "ACCORD_ANSWER_CACHE_BYTES",
      "ACCORD_ERROR_DETAIL",
      "REDIS_URL",
    ]);
  });

  it("reports bad values of its own and of the limits together", () => {
    expect(() => loadServerConfig({ PORT: "x", ACCORD_MAX_DEPTH: "deep" })).toThrow(
      new ConfigError(['PORT: expected a port number (got "x")', "ACCORD_MAX_DEPTH: expected a number"]),
    );
  });
});
