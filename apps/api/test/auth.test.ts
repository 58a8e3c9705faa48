import { useTestServer } from "./support/test-server";
import { useTestTokens } from "./support/tokens";

const t = useTestServer();
const auth = useTestTokens(t);

const createActor = `mutation($input: CreateActorInput!) {
  createActor(input: $input) { id name kind }
}`;
const input = { kind: "STATE", name: "Republic of Korea" };

describe("authentication and roles", () => {
  it("refuses a write without a token with UNAUTHENTICATED and writes nothing", async () => {
    const result = await t.gql(createActor, { input });
    expect(result.data).toBeNull();
    expect(result.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ["UNAUTHENTICATED", "Mutation.createActor needs an API token (Authorization: Bearer <token>)"],
    ]);
    expect(await t.db.prisma.actor.count()).toBe(0);
  });

  it("refuses an unknown or malformed token with UNAUTHENTICATED saying why", async () => {
    const unknown = await t.gql(createActor, { input }, { authorization: "Bearer acc_notarealtoken" });
    expect(unknown.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(unknown.errors?.[0]?.message).toContain("the token is not known");
    const malformed = await t.gql(createActor, { input }, { authorization: "Basic abc" });
    expect(malformed.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(malformed.errors?.[0]?.message).toContain('must be "Bearer <token>"');
  });

  it("refuses a reader token with FORBIDDEN", async () => {
    const result = await t.gql(createActor, { input }, auth.reader);
    expect(result.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ["FORBIDDEN", 'Mutation.createActor needs the role EDITOR or ADMIN; the token "test-reader" has READER'],
    ]);
    expect(await t.db.prisma.actor.count()).toBe(0);
  });

  it("lets an editor write, and records when the token was used", async () => {
    const result = await t.gql<{ createActor: { name: string; kind: string } }>(createActor, { input }, auth.editor);
    expect(result.errors).toBeUndefined();
    expect(result.data!.createActor).toMatchObject({ name: "Republic of Korea", kind: "STATE" });
    const token = await t.db.prisma.apiToken.findFirstOrThrow({ where: { name: "test-editor" } });
    expect(token.lastUsedAt).toBeInstanceOf(Date);
  });

  it("keeps reads open without a token by default", async () => {
    const result = await t.gql("{ engagements(first: 1) { totalCount } }");
    expect(result).toEqual({ data: { engagements: { totalCount: 0 } } });
  });

  it("admin-only audit log refuses editors with FORBIDDEN", async () => {
    const result = await t.gql("{ auditLog(first: 5) { totalCount } }", {}, auth.editor);
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const admin = await t.gql("{ auditLog(first: 5) { totalCount } }", {}, auth.admin);
    expect(admin).toEqual({ data: { auditLog: { totalCount: 1 } } });
  });

  it("refuses a revoked token", async () => {
    await t.db.prisma.apiToken.updateMany({ where: { name: "test-editor" }, data: { revokedAt: new Date() } });
    const result = await t.gql(createActor, { input: { kind: "STATE", name: "Japan" } }, auth.editor);
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(result.errors?.[0]?.message).toBe(
      'Mutation.createActor needs an API token (Authorization: Bearer <token>): the token "test-editor" was revoked',
    );
  });

  it("returns no stack traces outside development", async () => {
    const result = await t.gql(createActor, { input });
    expect(result.errors?.[0]?.extensions).toEqual({ code: "UNAUTHENTICATED" });
  });
});

describe("reads that require a token (ACCORD_READS_REQUIRE_TOKEN)", () => {
  it("refuses an anonymous read with 401 UNAUTHENTICATED and accepts a reader token", async () => {
    const { createAccordServer } = await import("../src/server.js");
    const server = await createAccordServer({ prisma: t.db.prisma, readsRequireToken: true });
    const { url } = await server.listen(0, "127.0.0.1");
    try {
      const post = (headers: Record<string, string>) =>
        fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: JSON.stringify({ query: "{ engagements(first: 1) { totalCount } }" }),
        });
      const anonymous = await post({});
      expect(anonymous.status).toBe(401);
      const body = (await anonymous.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe("UNAUTHENTICATED");
      const reader = await post(auth.reader);
      const read = (await reader.json()) as { data: unknown };
      expect(read.data).toEqual({ engagements: { totalCount: 0 } });
    } finally {
      await server.stop();
    }
  });
});
