import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import express from "express";
import { explorerRouter } from "../src/http/explorer/explorer.router";
import { decoded, rawRequest } from "./support/raw-http";
import { useTestServer } from "./support/test-server";

const t = useTestServer();
let origin: string;

beforeAll(async () => {
  origin = new URL(t.url).origin;
});

const html = { accept: "text/html,application/xhtml+xml" };

describe("the explorer at /", () => {
  it("serves apps/web's page to a browser, loading only its own bundle under a same-origin policy", async () => {
    const response = await fetch(`${origin}/`, { headers: html });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(response.headers.get("content-security-policy")).toContain("connect-src 'self'");
    const page = await response.text();
    expect(page).toContain("<title>Accord explorer</title>");
    const references = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? "");
    expect(references.length).toBeGreaterThanOrEqual(2);
    for (const reference of references.filter((r) => !r.startsWith("#") && r !== "/graphql" && r !== "data:,")) {
      expect(reference).toMatch(/^\/explorer-assets\/[\w.-]+\.(js|css)$/);
      const asset = await fetch(`${origin}${reference}`);
      expect([reference, asset.status, asset.headers.get("cache-control")]).toEqual([
        reference,
        200,
        "public, max-age=31536000, immutable",
      ]);
    }
  });

  it("sends the bundle and its styles as compressed at build time, by Accept-Encoding, the same bytes decoded", async () => {
    const page = await (await fetch(`${origin}/`, { headers: html })).text();
    const assets = [...page.matchAll(/(?:src|href)="(\/explorer-assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? "");
    expect(assets.length).toBe(2);
    for (const asset of assets) {
      const plain = await rawRequest(`${origin}${asset}`);
      expect([asset, plain.status, plain.headers["content-encoding"]]).toEqual([asset, 200, undefined]);
      for (const [accepted, encoding] of [
        ["gzip, deflate, br, zstd", "br"],
        ["gzip;q=1, br;q=0.5", "br"],
        ["gzip", "gzip"],
        ["identity", undefined],
      ] as const) {
        const answer = await rawRequest(`${origin}${asset}`, { headers: { "accept-encoding": accepted } });
        expect([asset, accepted, answer.status, answer.headers["content-encoding"]]).toEqual([
          asset,
          accepted,
          200,
          encoding,
        ]);
        expect(answer.headers["content-type"]).toBe(plain.headers["content-type"]);
        expect(answer.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
        expect(answer.headers.vary).toContain("Accept-Encoding");
        expect(decoded(answer).equals(plain.body)).toBe(true);
      }
    }
    const head = await rawRequest(`${origin}${assets[0]}`, { method: "HEAD", headers: { "accept-encoding": "br" } });
    expect([head.status, head.headers["content-encoding"], head.body.length]).toEqual([200, "br", 0]);
  });

  it("leaves / to other handlers for clients asking for JSON, and GraphiQL at /graphql", async () => {
    expect((await fetch(`${origin}/`, { headers: { accept: "application/json" } })).status).toBe(404);
    const ide = await fetch(`${origin}/graphql`, { headers: html });
    expect(await ide.text()).toContain("/graphiql/assets/graphiql.min.js");
    expect((await fetch(`${origin}/explorer-assets/nothing.js`)).status).toBe(404);
    const outside = await rawRequest(`${origin}/explorer-assets/..%2Findex.html`, {
      headers: { "accept-encoding": "br" },
    });
    expect(outside.status).toBe(404);
  });

  it("says how to build it when apps/web has no build", async () => {
    const empty = await mkdtemp(path.join(tmpdir(), "accord-no-web-"));
    const app = express().use(explorerRouter({ dir: empty }));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      const { port } = server.address() as { port: number };
      const response = await fetch(`http://127.0.0.1:${port}/`, { headers: html });
      expect(response.status).toBe(503);
      expect(await response.text()).toContain("run <code>pnpm build</code>");
    } finally {
      server.close();
      await rm(empty, { recursive: true });
    }
  });
});
