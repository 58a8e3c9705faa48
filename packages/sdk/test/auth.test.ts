import { createApiToken } from "@accord/db";
import { parse } from "graphql";
import { AccordError, createAccordClient, type TypedDocumentNode } from "../src";
import { loadTrustedDocuments, useTestServer } from "./support/server";

const t = useTestServer({ trustedDocuments: loadTrustedDocuments("sdk") });
const secrets: Record<"ADMIN" | "EDITOR" | "READER", string> = { ADMIN: "", EDITOR: "", READER: "" };

beforeAll(async () => {
  for (const role of ["ADMIN", "EDITOR", "READER"] as const) {
    secrets[role] = (await createApiToken({ db: t.db.prisma, name: `sdk-${role.toLowerCase()}`, role })).secret;
  }
});

const client = (token?: string) => createAccordClient({ url: t.url, token });
const freedonia = { input: { kind: "STATE" as const, name: "Freedonia" } };
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof AccordError ? error.code : String(error)),
  );

describe("the SDK with API tokens", () => {
  it("a mutation without a token is UNAUTHENTICATED, with a reader's token FORBIDDEN", async () => {
    expect(await codeOf(client().createActor(freedonia))).toBe("UNAUTHENTICATED");
    expect(await codeOf(client("not-a-token").createActor(freedonia))).toBe("UNAUTHENTICATED");
    expect(await codeOf(client(secrets.READER).createActor(freedonia))).toBe("FORBIDDEN");
  });

  it("an editor's token creates the actor and returns it typed", async () => {
    const { createActor } = await client(secrets.EDITOR).createActor(freedonia);
    expect({ ...createActor, id: typeof createActor.id }).toEqual({
      id: "string",
      name: "Freedonia",
      kind: "STATE",
      description: null,
      version: 1,
    });
    const again = await client().actor({ id: createActor.id });
    expect(again.node).toMatchObject({ __typename: "Actor", name: "Freedonia" });
  });

  it("with trusted documents on, an admin's token runs any document and an editor's only the SDK's", async () => {
    const mine = parse("query Mine { engagements(first: 1) { totalCount } }") as TypedDocumentNode<
      { engagements: { totalCount: number } },
      Record<string, never>
    >;
    expect((await client(secrets.ADMIN).request(mine)).engagements.totalCount).toBe(0);
    expect(await codeOf(client(secrets.EDITOR).request(mine))).toBe("PERSISTED_QUERY_NOT_ALLOWED");
  });
});
