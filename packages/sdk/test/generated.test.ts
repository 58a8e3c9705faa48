import { spawnSync } from "node:child_process";
import path from "node:path";

describe("packages/sdk generated code", () => {
  it("matches apps/api/schema.graphql and operations/*.graphql (run `pnpm --filter @accord/sdk generate` after a change)", () => {
    const result = spawnSync("pnpm", ["run", "--silent", "check-generated"], {
      cwd: path.resolve(__dirname, ".."),
      encoding: "utf8",
    });
    // codegen --check names each stale file; the manifest check says it is stale.
    const stale = `${result.stdout}${result.stderr}`.split("\n").filter((line) => /stale|^\s+- /.test(line));
    expect({ status: result.status, stale }).toEqual({ status: 0, stale: [] });
  }, 120_000);
});
