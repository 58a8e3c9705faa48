import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "graphql";
import {
  AccordError,
  createAccordClient,
  documentHash,
  documentText,
  operations,
  type TypedDocumentNode,
} from "../src";
import { loadTrustedDocuments, startTestServer, useTestServer } from "./support/server";

const t = useTestServer({ trustedDocuments: loadTrustedDocuments("sdk"), seed: true });

const arbitrary = parse("query Mine { engagements(first: 1) { totalCount } }") as TypedDocumentNode<
  { engagements: { totalCount: number } },
  Record<string, never>
>;

describe("trusted documents mode (ACCORD_TRUSTED_DOCUMENTS=sdk)", () => {
  it("the manifest holds every SDK operation under the sha256 of the text the client sends", async () => {
    const manifest = JSON.parse(readFileSync(path.resolve(__dirname, "../trusted-documents.json"), "utf8"));
    const expected: Record<string, string> = {};
    for (const document of Object.values(operations)) {
      const text = documentText(document as TypedDocumentNode);
      expected[await documentHash(text)] = text;
    }
    expect(manifest).toEqual(expected);
  });

  it("runs an SDK operation sent as full text", async () => {
    const client = createAccordClient({ url: t.url });
    const { engagements } = await client.engagements({ first: 1 });
    expect(engagements.edges.map((e) => e.node.title)).toEqual(["Cho Tae-yul – Mark Rutte meeting"]);
  });

  it("runs an SDK operation sent as its hash alone", async () => {
    const client = createAccordClient({ url: t.url, persistedDocuments: true });
    const { engagements } = await client.engagements({ first: 1 });
    expect(engagements.totalCount).toBe(3);
  });

  it("refuses an arbitrary query with PERSISTED_QUERY_NOT_ALLOWED", async () => {
    const client = createAccordClient({ url: t.url });
    const error = (await client.request(arbitrary).catch((e: unknown) => e)) as AccordError;
    expect(error).toBeInstanceOf(AccordError);
    expect([error.code, error.status]).toEqual(["PERSISTED_QUERY_NOT_ALLOWED", 403]);
    expect(error.message).toContain("runs only trusted documents");
  });

  it("refuses a query whose text is not valid without revealing validation details", async () => {
    const result = await t.gql("{ engagements { nope } }");
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(["PERSISTED_QUERY_NOT_ALLOWED"]);
  });

  it("refuses an unknown hash", async () => {
    const client = createAccordClient({ url: t.url, persistedDocuments: true });
    await expect(client.request(arbitrary)).rejects.toMatchObject({ code: "PERSISTED_QUERY_NOT_ALLOWED" });
  });
});

describe("without trusted documents", () => {
  it("the same arbitrary query runs", async () => {
    const open = await startTestServer();
    try {
      const client = createAccordClient({ url: open.url });
      expect(await client.request(arbitrary)).toEqual({ engagements: { totalCount: 0 } });
    } finally {
      await open.close();
    }
  });
});
