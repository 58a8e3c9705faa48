// Jest orders a run by the durations in its cache, and without them (a fresh clone, CI) by file size: then the
// longest files, small ones that import a corpus, spawn tsc or the CLI, started last and ran alone at the end.
// These start first, longest first; every other file keeps jest's order.
const path = require("node:path");

const core = require.resolve("@jest/core", { paths: [path.dirname(require.resolve("jest/package.json"))] });
const Sequencer = require(require.resolve("@jest/test-sequencer", { paths: [core] })).default;

const longest = [
  "packages/interchange/test/hsg-walk.test.ts",
  "packages/interchange/test/one-actor.test.ts",
  "apps/api/test/prepared-names.test.ts",
  "packages/interchange/test/import-order.test.ts",
  "apps/api/test/compiled-reads.test.ts",
  "apps/api/test/commitment-count-once.test.ts",
  "packages/sdk/test/generated.test.ts",
  "apps/cli/test/seed.test.ts",
  "apps/api/test/graphql-http-audit.test.ts",
  "apps/api/test/attacks/inputs.attack.test.ts",
  "packages/interchange/test/seed-example.test.ts",
  "apps/cli/test/typed-tests.test.ts",
].map((file) => path.join(__dirname, "..", file));

class LongestFirst extends Sequencer {
  sort(tests) {
    const rank = (test) => {
      const at = longest.indexOf(test.path);
      return at === -1 ? longest.length : at;
    };
    // Array sort is stable: the files not listed stay in jest's order.
    return [...super.sort(tests)].sort((a, b) => rank(a) - rank(b));
  }
}

module.exports = LongestFirst;
