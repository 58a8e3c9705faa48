import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import express from "express";
import { explorerRouter } from "../src/http/explorer/explorer.router";
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

  it("leaves / to other handlers for clients asking for JSON, and GraphiQL at /graphql", async () => {
    expect((await fetch(`${origin}/`, { headers: { accept: "application/json" } })).status).toBe(404);
    const ide = await fetch(`${origin}/graphql`, { headers: html });
    expect(await ide.text()).toContain("/graphiql/assets/graphiql.min.js");
    expect((await fetch(`${origin}/explorer-assets/nothing.js`)).status).toBe(404);
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
