import { readFileSync } from "node:fs";
import { explorerManifestPath } from "../src/http/explorer/explorer.router";
import { loadTrustedDocuments, sha256Hex } from "../src/trusted-documents/manifest";
import { useTestServer } from "./support/test-server";

// ACCORD_TRUSTED_DOCUMENTS on: the explorer's own operations (written by apps/web's build) run beside
// the SDK's, and anything else is still refused.
const t = useTestServer({ trustedDocuments: loadTrustedDocuments("sdk"), seed: true });
let explorerDocuments: Record<string, string>;

beforeAll(async () => {
  explorerDocuments = JSON.parse(readFileSync(explorerManifestPath, "utf8")) as Record<string, string>;
});

/** Values for the explorer's variables, by name (a page of another kind answers with what it has). */
async function variablesByName(): Promise<Record<string, unknown>> {
  const [actor] = await t.db.prisma.$queryRaw<{ id: string }[]>`SELECT global_id AS id FROM actor LIMIT 1`;
  return { id: actor?.id, query: "Rutte", filter: { currency: "USD" }, first: 20 };
}

function variablesOf(text: string, values: Record<string, unknown>): Record<string, unknown> {
  const names = [...(text.split("{")[0] ?? "").matchAll(/\$(\w+)/g)].map((match) => match[1]!);
  return Object.fromEntries(names.filter((name) => name in values).map((name) => [name, values[name]]));
}

describe("the explorer on a server running only trusted documents", () => {
  it("has its build's operations, each the sha256 of its text, and runs every one of them", async () => {
    const entries = Object.entries(explorerDocuments);
    expect(entries.length).toBeGreaterThanOrEqual(7);
    const values = await variablesByName();
    for (const [hash, text] of entries) {
      expect(sha256Hex(text)).toBe(hash);
      const answer = await t.gql(text, variablesOf(text, values));
      expect([text.split("(")[0], answer.errors]).toEqual([text.split("(")[0], undefined]);
      expect(answer.data).toBeDefined();
    }
  });

  it("still refuses a document in neither manifest", async () => {
    const answer = await t.gql("query Mine { actors(first: 1) { totalCount } }");
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(["PERSISTED_QUERY_NOT_ALLOWED"]);
  });
});
