import { useTestServer } from "./support/test-server";
import { useTestTokens } from "./support/tokens";

const t = useTestServer();
const auth = useTestTokens(t);

const createActor = `mutation($input: CreateActorInput!) { createActor(input: $input) { id name version } }`;
const updateActor = `mutation($input: UpdateActorInput!) { updateActor(input: $input) { id name description version } }`;
const dbId = (globalId: string) => Buffer.from(globalId, "base64url").toString("utf8").split(":")[1]!;

type Created = { createActor: { id: string; name: string; version: number } };

async function create(input: Record<string, unknown>): Promise<string> {
  const result = await t.gql<Created>(createActor, { input }, auth.editor);
  expect(result.errors).toBeUndefined();
  return result.data!.createActor.id;
}

describe("actor writes", () => {
  it("creates an actor with aliases and identifiers and keeps its search text", async () => {
    const id = await create({
      kind: "STATE",
      name: "Republic of Korea",
      aliases: [
        { name: "South Korea", language: "en" },
        { name: "대한민국", language: "ko" },
      ],
      identifiers: [{ scheme: "iso3166-1-alpha2", value: "KR" }],
    });
    const row = await t.db.prisma.actor.findUniqueOrThrow({
      where: { id: dbId(id) },
      include: { aliases: { orderBy: { name: "asc" } }, identifiers: true },
    });
    expect(row.aliases.map((a) => [a.name, a.language])).toEqual([
      ["South Korea", "en"],
      ["대한민국", "ko"],
    ]);
    expect(row.identifiers.map((i) => `${i.scheme}:${i.value}`)).toEqual(["iso3166-1-alpha2:KR"]);
    expect(row.searchText).toBe("republic of korea south korea 대한민국 kr");
  });

  it("updates with the current version, refuses a stale one, and reports clashing identifiers by path", async () => {
    const id = await create({
      kind: "STATE",
      name: "Japan",
      identifiers: [{ scheme: "iso3166-1-alpha2", value: "JP" }],
    });
    const ok = await t.gql(updateActor, { input: { id, version: 1, description: "An island state" } }, auth.editor);
    expect(ok).toEqual({ data: { updateActor: { id, name: "Japan", description: "An island state", version: 2 } } });
    const stale = await t.gql(updateActor, { input: { id, version: 1, name: "Nippon" } }, auth.editor);
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(stale.errors?.[0]?.message).toBe(
      `Actor ${id} was changed by someone else: version 1 is stale, current is 2`,
    );
    const clash = await t.gql(
      updateActor,
      {
        input: {
          id,
          version: 2,
          identifiers: [
            { scheme: "iso3166-1-alpha2", value: "JP" },
            { scheme: "iso3166-1-alpha2", value: "KR" },
          ],
        },
      },
      auth.editor,
    );
    expect(clash.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
      ["CONFLICT", "input.identifiers[1].value"],
    ]);
    expect(clash.errors?.[0]?.message).toContain("iso3166-1-alpha2:KR already identifies Republic of Korea");
    const badLanguage = await t.gql(
      updateActor,
      { input: { id, version: 2, aliases: [{ name: "Nihon", language: "Japanese!" }] } },
      auth.editor,
    );
    expect(badLanguage.errors?.map((e) => [e.extensions?.field, e.message])).toEqual([
      ["input.aliases[0].language", "input.aliases[0].language: language must be a BCP 47 tag such as en, ko or pt-BR"],
    ]);
    const nullName = await t.gql(updateActor, { input: { id, version: 2, name: null } }, auth.editor);
    expect(nullName.errors?.[0]?.extensions?.field).toBe("input.name");
    const row = await t.db.prisma.actor.findUniqueOrThrow({ where: { id: dbId(id) }, include: { aliases: true } });
    expect([row.name, row.version, row.aliases]).toEqual(["Japan", 2, []]);
  });

  it("keeps a state's validity (the Soviet Union, 1922-12-30 to 1991-12-26), changes and clears it", async () => {
    const id = await create({ kind: "STATE", name: "Soviet Union", validFrom: "1922-12-30", validTo: "1991-12-26" });
    const read = `query($id: ID!) { node(id: $id) { ... on Actor { validFrom validTo version } } }`;
    expect((await t.gql(read, { id })).data).toEqual({
      node: { validFrom: "1922-12-30", validTo: "1991-12-26", version: 1 },
    });
    const update = `mutation($input: UpdateActorInput!) { updateActor(input: $input) { validFrom validTo } }`;
    const cleared = await t.gql(update, { input: { id, version: 1, validTo: null } }, auth.editor);
    expect(cleared.data).toEqual({ updateActor: { validFrom: "1922-12-30", validTo: null } });
    const backwards = await t.gql(update, { input: { id, version: 2, validTo: "1922-01-01" } }, auth.editor);
    expect(backwards.errors?.map((e) => [e.extensions?.code, e.extensions?.field, e.message])).toEqual([
      ["BAD_USER_INPUT", "input.validTo", "input.validTo: must not be before validFrom (1922-12-30), got 1922-01-01"],
    ]);
  });

  it("refuses to delete an actor that still speaks in statements", async () => {
    const id = await create({ kind: "PERSON", name: "Speaker" });
    const engagement = await t.db.prisma.engagement.create({
      data: { kind: "CALL", title: "Call", startDate: new Date("2025-01-01"), spanEnd: new Date("2025-01-01") },
    });
    await t.db.prisma.statement.create({
      data: { engagementId: engagement.id, speakerId: dbId(id), kind: "POSITION", gist: "Said something" },
    });
    const refused = await t.gql("mutation($id: ID!) { deleteActor(id: $id) }", { id }, auth.editor);
    expect(refused.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(refused.errors?.[0]?.message).toContain("still has 1 statements and 0 commitments");
    const lonely = await create({ kind: "PERSON", name: "Nobody" });
    expect(await t.gql("mutation($id: ID!) { deleteActor(id: $id) }", { id: lonely }, auth.editor)).toEqual({
      data: { deleteActor: lonely },
    });
  });
});
