import { Writable } from "node:stream";
import { createLogger } from "../src/logging/logger";
import { readGraphQL, useTestServer } from "./support/test-server";

const lines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
    done();
  },
});

const t = useTestServer({ logger: createLogger({ level: "info", destination: sink }) });
let origin: string;

beforeAll(async () => {
  origin = new URL(t.url).origin;
});

const query = JSON.stringify({ query: "{ engagements(first: 1) { totalCount } }" });
const post = (headers: Record<string, string> = {}) =>
  fetch(t.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: query });

describe("request IDs and JSON logs", () => {
  it("keeps the caller's x-request-id, returns it and logs the request under it", async () => {
    const response = await post({ "x-request-id": "trace-42.a" });
    expect(response.headers.get("x-request-id")).toBe("trace-42.a");
    expect((await readGraphQL(response)).data).toEqual({ engagements: { totalCount: 0 } });
    const line = lines.find((l) => (l.req as { id?: string } | undefined)?.id === "trace-42.a");
    expect(line).toMatchObject({
      level: 30,
      service: "accord-api",
      msg: "request completed",
      req: { id: "trace-42.a", method: "POST", url: "/graphql" },
      res: { statusCode: 200 },
    });
  });

  it("gives a request without one (or with a malformed one) a fresh UUID", async () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    expect((await post()).headers.get("x-request-id")).toMatch(uuid);
    expect((await post({ "x-request-id": "no spaces allowed" })).headers.get("x-request-id")).toMatch(uuid);
  });

  it("logs a failed operation's code with the request ID", async () => {
    await fetch(t.url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "bad-page" },
      body: JSON.stringify({ query: "query Big { engagements(first: 101) { totalCount } }" }),
    });
    expect(lines.find((l) => l.reqId === "bad-page")).toMatchObject({
      level: 30,
      operationName: "Big",
      code: "BAD_USER_INPUT",
    });
  });
});

describe("GraphiQL", () => {
  it.each(["/graphql"])("serves the IDE at %s to a browser, loading files from this server only", async (route) => {
    const response = await fetch(`${origin}${route}`, { headers: { accept: "text/html,application/xhtml+xml" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await response.text();
    const references = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(references).toEqual([
      "data:,",
      "/graphiql/assets/graphiql.min.css",
      "/graphiql/assets/react.production.min.js",
      "/graphiql/assets/react-dom.production.min.js",
      "/graphiql/assets/graphiql.min.js",
    ]);
    expect(html).toContain("query Engagements");
  });

  it("serves each asset from node_modules", async () => {
    for (const [name, type] of [
      ["graphiql.min.js", "text/javascript; charset=utf-8"],
      ["graphiql.min.css", "text/css; charset=utf-8"],
      ["react.production.min.js", "text/javascript; charset=utf-8"],
      ["react-dom.production.min.js", "text/javascript; charset=utf-8"],
    ]) {
      const response = await fetch(`${origin}/graphiql/assets/${name}`);
      expect([name, response.status, response.headers.get("content-type")]).toEqual([name, 200, type]);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
    }
    expect((await fetch(`${origin}/graphiql/assets/secrets.txt`)).status).toBe(404);
  });

  it("leaves GraphQL over HTTP alone for clients asking for JSON", async () => {
    const response = await fetch(`${origin}/graphql?query=${encodeURIComponent("{ engagements { totalCount } }")}`, {
      headers: { accept: "application/json", "apollo-require-preflight": "true" },
    });
    expect((await readGraphQL(response)).data).toEqual({ engagements: { totalCount: 0 } });
  });
});
