// Runs `prisma generate` offline: generate needs only the schema, but the CLI checks that a schema
// engine binary exists, so point it at a stub that fails loudly if anything tries to run it.
const { execFileSync } = require("node:child_process");
const path = require("node:path");

const root = path.resolve(__dirname, "../../..");
execFileSync(
  process.execPath,
  [require.resolve("prisma/build/index.js"), "generate", "--schema", path.join(root, "prisma/schema.prisma")],
  {
    stdio: "inherit",
    cwd: root,
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: path.join(__dirname, "no-schema-engine.sh"),
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
    },
  },
);
