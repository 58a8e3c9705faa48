import { useTestServer } from "./support/test-server";
import { useTestTokens } from "./support/tokens";

const t = useTestServer();
const auth = useTestTokens(t);
const ids: Record<string, string> = {};

const createActor = `mutation($input: CreateActorInput!) { createActor(input: $input) { id name } }`;
const createEngagement = `mutation($input: CreateEngagementInput!) {
  createEngagement(input: $input) {
    id title start { edtf precision } end { edtf } participants { role titleAsReported actor { name } represents { name } }
  }
}`;
const updateEngagement = `mutation($input: UpdateEngagementInput!) {
  updateEngagement(input: $input) { id title summary participants { actor { name } } }
}`;

type Created = { createEngagement: { id: string } };

beforeAll(async () => {
  for (const [key, name, kind] of [
    ["rok", "Republic of Korea", "STATE"],
    ["nato", "NATO", "INTERNATIONAL_ORGANIZATION"],
    ["cho", "Cho Tae-yul", "PERSON"],
  ] as const) {
    const result = await t.gql<{ createActor: { id: string } }>(createActor, { input: { kind, name } }, auth.editor);
    ids[key] = result.data!.createActor.id;
  }
});

function meetingInput() {
  return {
    kind: "BILATERAL_MEETING",
    title: "Cho Tae-yul – Mark Rutte meeting",
    start: "2025-04-02",
    city: "Brussels",
    participants: [
      { actorId: ids.cho, role: "VISITOR", representsId: ids.rok, titleAsReported: "Foreign Minister" },
      { actorId: ids.nato, role: "HOST" },
    ],
  };
}

describe("engagement writes", () => {
  it("creates an engagement that is readable at once and audited", async () => {
    const created = await t.gql<Created>(createEngagement, { input: meetingInput() }, auth.editor);
    expect(created.errors).toBeUndefined();
    const id = created.data!.createEngagement.id;
    expect(created.data!.createEngagement).toEqual({
      id,
      title: "Cho Tae-yul – Mark Rutte meeting",
      start: { edtf: "2025-04-02", precision: "DAY" },
      end: null,
      participants: [
        {
          role: "VISITOR",
          titleAsReported: "Foreign Minister",
          actor: { name: "Cho Tae-yul" },
          represents: { name: "Republic of Korea" },
        },
        { role: "HOST", titleAsReported: null, actor: { name: "NATO" }, represents: null },
      ],
    });
    const read = await t.gql("query($id: ID!) { node(id: $id) { ... on Engagement { title city } } }", { id });
    expect(read).toEqual({ data: { node: { title: "Cho Tae-yul – Mark Rutte meeting", city: "Brussels" } } });

    const row = await t.db.prisma.engagement.findFirstOrThrow({ where: { title: { startsWith: "Cho" } } });
    expect(row.searchText).toBe("cho tae yul mark rutte meeting brussels");
    expect(row.spanEnd.toISOString().slice(0, 10)).toBe("2025-04-02");

    const log = await t.gql<{ auditLog: { edges: { node: Record<string, unknown> }[] } }>(
      `query($id: ID!) { auditLog(filter: { entityId: $id }) { totalCount edges { node { action entityType entityId actorLabel changes } } } }`,
      { id },
      auth.admin,
    );
    expect(log.errors).toBeUndefined();
    const [entry] = log.data!.auditLog.edges.map((e) => e.node);
    expect(entry).toMatchObject({
      action: "CREATE",
      entityType: "Engagement",
      entityId: id,
      actorLabel: "test-editor",
    });
    expect((entry!.changes as Record<string, { after: unknown }>).title).toEqual({
      before: null,
      after: "Cho Tae-yul – Mark Rutte meeting",
    });
  });

  it("refuses a stale version with CONFLICT and changes nothing", async () => {
    const created = await t.gql<Created>(createEngagement, { input: meetingInput() }, auth.editor);
    const id = created.data!.createEngagement.id;
    const first = await t.gql(updateEngagement, { input: { id, version: 1, summary: "First edit" } }, auth.editor);
    expect(first.errors).toBeUndefined();
    const stale = await t.gql(
      updateEngagement,
      { input: { id, version: 1, title: "Lost update", participants: [] } },
      auth.editor,
    );
    expect(stale.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ["CONFLICT", `Engagement ${id} was changed by someone else: version 1 is stale, current is 2`],
    ]);
    const read = await t.gql(
      "query($id: ID!) { node(id: $id) { ... on Engagement { title summary participants { role } } } }",
      { id },
    );
    expect(read.data).toEqual({
      node: {
        title: "Cho Tae-yul – Mark Rutte meeting",
        summary: "First edit",
        participants: [{ role: "VISITOR" }, { role: "HOST" }],
      },
    });
    const log = await t.gql<{ auditLog: { edges: { node: { action: string; changes: unknown } }[] } }>(
      'query($id: ID!) { auditLog(filter: { entityId: $id, entityType: "Engagement" }) { edges { node { action changes } } } }',
      { id },
      auth.admin,
    );
    expect(log.data!.auditLog.edges.map((e) => e.node)).toEqual([
      {
        action: "UPDATE",
        changes: { summary: { before: null, after: "First edit" }, version: { before: 1, after: 2 } },
      },
      { action: "CREATE", changes: expect.objectContaining({ version: { before: null, after: 1 } }) },
    ]);
  });

  it("names the field path of invalid input and writes nothing", async () => {
    const before = await t.db.prisma.engagement.count();
    const audits = await t.db.prisma.auditEntry.count();
    const input = meetingInput();
    input.participants.push({ actorId: "not-an-id", role: "PARTICIPANT" });
    const badId = await t.gql(createEngagement, { input }, auth.editor);
    expect(badId.errors?.map((e) => [e.extensions?.code, e.extensions?.field, e.message])).toEqual([
      [
        "BAD_USER_INPUT",
        "input.participants[2].actorId",
        'input.participants[2].actorId: "not-an-id" is not an Accord ID',
      ],
    ]);
    const badDates = await t.gql(createEngagement, { input: { ...meetingInput(), end: "2025-04-01" } }, auth.editor);
    expect(badDates.errors?.map((e) => [e.extensions?.field, e.message])).toEqual([
      ["input.end", "input.end: must not be before start (2025-04-02), got 2025-04-01"],
    ]);
    const blank = await t.gql(createEngagement, { input: { ...meetingInput(), title: "" } }, auth.editor);
    expect(blank.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
      ["BAD_USER_INPUT", "input.title"],
    ]);
    const nested = await t.gql(
      createEngagement,
      { input: { ...meetingInput(), participants: [{ actorId: ids.cho, titleAsReported: "x".repeat(301) }] } },
      auth.editor,
    );
    expect(nested.errors?.map((e) => e.extensions?.field)).toEqual(["input.participants[0].titleAsReported"]);
    expect(await t.db.prisma.engagement.count()).toBe(before);
    expect(await t.db.prisma.auditEntry.count()).toBe(audits);
  });

  it("lets exactly one of several concurrent updates with the same version win", async () => {
    const created = await t.gql<Created>(createEngagement, { input: meetingInput() }, auth.editor);
    const id = created.data!.createEngagement.id;
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        t.gql(updateEngagement, { input: { id, version: 1, title: `Edit ${i}` } }, auth.editor),
      ),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? "OK").sort();
    expect(codes).toEqual(["CONFLICT", "CONFLICT", "CONFLICT", "CONFLICT", "OK"]);
    const row = await t.db.prisma.engagement.findUniqueOrThrow({
      where: { id: Buffer.from(id, "base64url").toString().split(":")[1]! },
    });
    expect(row.version).toBe(2);
    const winner = results.findIndex((r) => !r.errors);
    expect(row.title).toBe(`Edit ${winner}`);
  });

  it("deletes an engagement", async () => {
    const created = await t.gql<Created>(createEngagement, { input: meetingInput() }, auth.editor);
    const id = created.data!.createEngagement.id;
    const deleted = await t.gql("mutation($id: ID!) { deleteEngagement(id: $id) }", { id }, auth.editor);
    expect(deleted).toEqual({ data: { deleteEngagement: id } });
    expect(await t.gql("query($id: ID!) { node(id: $id) { id } }", { id })).toEqual({ data: { node: null } });
  });
});
