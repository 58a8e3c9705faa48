import { readFileSync } from "node:fs";
import path from "node:path";
import { serverAudits } from "graphql-http";
import { type SafetyServer, startSafetyServer } from "./support/safety-server";
import { readGraphQL } from "./support/test-server";

/** The audits that do not pass, each with its reason in docs/graphql-over-http.md. */
const documented = ["572B", "FDE2", "7B9B", "5A70", "D6D5", "6A70"];

let s: SafetyServer;
beforeAll(async () => {
  s = await startSafetyServer();
});
afterAll(() => s.close());

test("graphql-http's server audits: no error, and only the documented warnings and notices", async () => {
  const results = await Promise.all(serverAudits({ url: s.url }).map((audit) => audit.fn()));
  const errors = results.filter((result) => result.status === "error");
  expect(errors.map((result) => `${result.id} ${result.name}: ${"reason" in result ? result.reason : ""}`)).toEqual([]);
  const others = results.filter((result) => result.status !== "ok").map((result) => result.id);
  expect(others.sort()).toEqual([...documented].sort());
  expect(results.length).toBeGreaterThan(50);
});

test("every remaining warning and notice is explained in docs/graphql-over-http.md", () => {
  const doc = readFileSync(path.join(__dirname, "../../../docs/graphql-over-http.md"), "utf8");
  for (const id of documented) expect(doc).toContain(`\`${id}\``);
});

test("a GET query works with a preflight header, and mutations are refused over GET", async () => {
  const get = (query: string) =>
    fetch(`${s.url}?query=${encodeURIComponent(query)}`, {
      headers: { accept: "application/graphql-response+json", "apollo-require-preflight": "true" },
    });
  const ok = await get("{ __typename }");
  expect(ok.status).toBe(200);
  expect(ok.headers.get("content-type")).toBe("application/graphql-response+json; charset=utf-8");
  expect(await ok.json()).toEqual({
    data: { __typename: "Query" },
    extensions: { cost: { requested: 0, max: 500000 } },
  });
  const simple = await fetch(`${s.url}?query=${encodeURIComponent("{ __typename }")}`);
  expect(simple.status).toBe(400);
  expect((await readGraphQL(simple)).errors?.[0]?.message).toMatch(/Cross-Site Request Forgery/);
  // 405 once the schema has mutations; before that a mutation is a validation error (400).
  const hasMutations = /^type Mutation /m.test(readFileSync(path.join(__dirname, "../schema.graphql"), "utf8"));
  const mutation = await get("mutation { __typename }");
  expect(mutation.status).toBe(hasMutations ? 405 : 400);
});
