import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { buildSchema } from "graphql";
import { loadTrustedDocuments, sha256Hex, type TrustedDocuments } from "../src/trusted-documents/manifest";
import { trustedDocumentsPlugin } from "../src/trusted-documents/trusted-documents.plugin";

const schema = buildSchema("type Query { hello: String, secret: String }");
const trustedText = "query Hello {\n  hello\n}";
const trusted: TrustedDocuments = { source: "test", byHash: new Map([[sha256Hex(trustedText), trustedText]]) };

type Viewer = { viewer?: { role: string } };
let server: ApolloServer<Viewer>;

beforeAll(async () => {
  server = new ApolloServer<Viewer>({
    schema,
    rootValue: { hello: "world", secret: "42" },
    plugins: [trustedDocumentsPlugin(trusted)],
  });
  await server.start();
});

afterAll(() => server.stop());

async function run(request: Parameters<ApolloServer<Viewer>["executeOperation"]>[0], viewer?: Viewer["viewer"]) {
  const response = await server.executeOperation(request, { contextValue: { viewer } });
  if (response.body.kind !== "single") throw new Error("expected a single result");
  const { data, errors } = response.body.singleResult;
  return { data, codes: errors?.map((e) => e.extensions?.code) };
}

describe("trustedDocumentsPlugin", () => {
  it("runs a manifest document sent as text or as its hash", async () => {
    expect(await run({ query: trustedText })).toEqual({ data: { hello: "world" }, codes: undefined });
    const byHash = { extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex(trustedText) } } };
    expect(await run(byHash as never)).toEqual({ data: { hello: "world" }, codes: undefined });
    expect(await run({ query: trustedText, ...byHash } as never)).toEqual({
      data: { hello: "world" },
      codes: undefined,
    });
  });

  it("refuses any other document, however close to a trusted one", async () => {
    expect(await run({ query: "{ secret }" })).toEqual({ data: undefined, codes: ["PERSISTED_QUERY_NOT_ALLOWED"] });
    expect(await run({ query: "query Hello { hello }" })).toEqual({
      data: undefined,
      codes: ["PERSISTED_QUERY_NOT_ALLOWED"],
    });
  });

  it("lets an admin run any document, and no one else", async () => {
    expect(await run({ query: "{ secret }" }, { role: "ADMIN" })).toEqual({ data: { secret: "42" }, codes: undefined });
    expect(await run({ query: "{ secret }" }, { role: "EDITOR" })).toEqual({
      data: undefined,
      codes: ["PERSISTED_QUERY_NOT_ALLOWED"],
    });
  });
});

describe("loadTrustedDocuments", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "accord-trusted-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("loads the SDK's manifest with `sdk`", () => {
    const sdk = loadTrustedDocuments("sdk");
    expect(sdk.source).toMatch(/packages\/sdk\/trusted-documents\.json$/);
    expect(sdk.byHash.size).toBeGreaterThanOrEqual(3);
    for (const [hash, text] of sdk.byHash) expect(sha256Hex(text)).toBe(hash);
  });

  it("names the file and the entry whose hash does not match its document", async () => {
    const file = path.join(dir, "bad.json");
    await writeFile(file, JSON.stringify({ abc123: "query X { hello }" }));
    expect(() => loadTrustedDocuments(file)).toThrow(
      `ACCORD_TRUSTED_DOCUMENTS: ${file}: entry abc123 is not the sha256 of its document`,
    );
  });

  it("says when the manifest cannot be read", () => {
    const file = path.join(dir, "missing.json");
    expect(() => loadTrustedDocuments(file)).toThrow(`ACCORD_TRUSTED_DOCUMENTS: cannot read the manifest ${file}`);
  });
});
