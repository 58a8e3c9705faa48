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
// A package whose own tsconfig is not CommonJS-ready (the explorer is bundled by Vite) names one for its tests.
const testTsconfig = { "apps/web": "tsconfig.test.json" };

/** @type {import('jest').Config} */
module.exports = {
  // Generous: a test slowed by a busy 2-core machine fails by its assertions, not by the clock.
  testTimeout: 120_000,
  reporters: ["default", "<rootDir>/jest/summary-reporter.js"],
  // Tests wait on PostgreSQL as much as on the CPU: a third worker fills the 2 cores (fast tier 199 s → 174 s
  // quiet). The slow tier keeps two: its timing-bound tests (timeouts, browsers) share the machine less.
  maxWorkers: slowTier ? 2 : 3,
  globalSetup: "<rootDir>/jest/global-setup.js",
  globalTeardown: "<rootDir>/jest/global-teardown.js",
  projects: packages.map((dir) => ({
    displayName: path.basename(dir),
    rootDir: path.join(__dirname, dir),
    testEnvironment: "node",
    testMatch: ["<rootDir>/src/**/*.test.ts", "<rootDir>/test/**/*.test.ts"],
    testPathIgnorePatterns: ["/node_modules/", ...(slowTier ? [] : ["\\.slow\\.test\\.ts$"])],
    setupFilesAfterEnv: [path.join(__dirname, "jest/fail-on-console.js")],
    transform: {
      "^.+\\.ts$": ["ts-jest", { tsconfig: path.join(__dirname, dir, testTsconfig[dir] ?? "tsconfig.json") }],
    },
    moduleNameMapper: {
      // Prisma's generated client imports "./x.js" from TypeScript sources.
      "^(\\.{1,2}/.*)\\.js$": "$1",
      "^@accord/(domain|db|sdk|interchange)$": path.join(__dirname, "packages/$1/src"),
      "^@accord/db/testing$": path.join(__dirname, "packages/db/src/testing"),
      "^@accord/api$": path.join(__dirname, "apps/api/src"),
    },
  })),
};
