import { readFile } from "node:fs/promises";
import path from "node:path";
import { printAccordSchema } from "../src/schema/print-schema";

describe("apps/api/schema.graphql", () => {
  it("matches the schema the server builds (run `pnpm --filter @accord/api emit-schema` after a change)", async () => {
    const committed = await readFile(path.resolve(__dirname, "../schema.graphql"), "utf8");
    expect(committed).toBe(await printAccordSchema());
  });
});
