// One jest preset for the workspace: every package's tests run from the root against real PostgreSQL.
const path = require("node:path");

// Two tiers: `pnpm test` skips *.slow.test.ts (a browser, large generated data, the fuzzes, a second
// PostgreSQL, new PGlite databases, Redis, the CLI or tsc spawned per step; README lists them); `pnpm test:all`
// (ACCORD_TEST_TIER=all) runs them too, and so does naming a slow file.
const namesSlowFile = process.argv.some((arg) => arg.includes(".slow.test"));
const slowTier = process.env.ACCORD_TEST_TIER === "all" || namesSlowFile;

const packages = [
  "packages/domain",
  "packages/db",
  "apps/api",
  "apps/cli",
  "packages/sdk",
  "packages/interchange",
  "apps/web",
];
// Tests are transpiled by swc (types are checked by `pnpm typecheck`, not here): a cold cache costs seconds, not
// the tens of seconds ts-jest took on a fresh clone. Decorator metadata as tsc emits it, for type-graphql.
const swc = {
  jsc: {
    target: "es2022",
    parser: { syntax: "typescript", decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: true },
  },
  // Dynamic import() stays import(), as tsc emits it for Node16: the Prisma schema engine glue is ESM.
  module: { type: "commonjs", ignoreDynamic: true },
  sourceMaps: "inline",
};

/** @type {import('jest').Config} */
module.exports = {
  // Generous: a test slowed by a busy 2-core machine fails by its assertions, not by the clock.
  testTimeout: 120_000,
  reporters: ["default", "<rootDir>/jest/summary-reporter.js"],
  // Tests wait on PostgreSQL as much as on the CPU: a third worker fills the 2 cores (fast tier 199 s → 174 s
  // quiet). The slow tier keeps two: its timing-bound tests (timeouts, browsers) share the machine less.
  maxWorkers: slowTier ? 2 : 3,
  testSequencer: "<rootDir>/jest/sequencer.js",
  globalSetup: "<rootDir>/jest/global-setup.js",
  globalTeardown: "<rootDir>/jest/global-teardown.js",
  projects: packages.map((dir) => ({
    displayName: path.basename(dir),
    rootDir: path.join(__dirname, dir),
    testEnvironment: "node",
    testMatch: ["<rootDir>/src/**/*.test.ts", "<rootDir>/test/**/*.test.ts"],
    testPathIgnorePatterns: ["/node_modules/", ...(slowTier ? [] : ["\\.slow\\.test\\.ts$"])],
    // type-graphql's decorators need the metadata polyfill before any class of the API loads, whichever module a
    // test imports first (the server loads it itself in production).
    setupFiles: [require.resolve("reflect-metadata", { paths: [path.join(__dirname, "apps/api")] })],
    setupFilesAfterEnv: [path.join(__dirname, "jest/fail-on-console.js")],
    transform: { "^.+\\.ts$": ["@swc/jest", swc] },
    moduleNameMapper: {
      // Prisma's generated client imports "./x.js" from TypeScript sources.
      "^(\\.{1,2}/.*)\\.js$": "$1",
      "^@accord/(domain|db|sdk|interchange)$": path.join(__dirname, "packages/$1/src"),
      "^@accord/db/testing$": path.join(__dirname, "packages/db/src/testing"),
      "^@accord/api$": path.join(__dirname, "apps/api/src"),
    },
  })),
};
