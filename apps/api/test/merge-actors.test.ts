import { toGlobalId as gid } from "../src/common/global-id";
import { useTestServer } from "./support/test-server";
import { useTestTokens } from "./support/tokens";

const t = useTestServer();
const auth = useTestTokens(t);

describe("mergeActors", () => {
  it("moves every reference to the kept actor, keeps names and identifiers, and deletes the duplicate", async () => {
    const p = t.db.prisma;
    const keep = await p.actor.create({
      data: {
        kind: "STATE",
        name: "Republic of Korea",
        aliases: { create: [{ name: "ROK", language: null }] },
        identifiers: { create: [{ scheme: "iso3166-1-alpha2", value: "KR" }] },
      },
    });
    const dup = await p.actor.create({
      data: {
        kind: "STATE",
        name: "South Korea",
        aliases: {
          create: [
            { name: "ROK", language: null },
            { name: "대한민국", language: "ko" },
          ],
        },
        identifiers: { create: [{ scheme: "wikidata", value: "Q884" }] },
      },
    });
    const minister = await p.actor.create({ data: { kind: "PERSON", name: "Cho Tae-yul" } });
    const body = await p.actor.create({ data: { kind: "ORGANIZATION_BODY", name: "MOFA", parentId: dup.id } });
    const day = { startDate: new Date("2025-04-02"), spanEnd: new Date("2025-04-02") };
    const both = await p.engagement.create({
      data: {
        kind: "MULTILATERAL_MEETING",
        title: "Both listed",
        ...day,
        countryId: dup.id,
        participants: { create: [{ actorId: keep.id }, { actorId: dup.id }] },
      },
    });
    const onlyDup = await p.engagement.create({
      data: {
        kind: "BILATERAL_MEETING",
        title: "Duplicate only",
        ...day,
        participants: {
          create: [
            { actorId: dup.id, role: "HOST" },
            { actorId: minister.id, representsId: dup.id },
          ],
        },
      },
    });
    const statement = await p.statement.create({
      data: {
        engagementId: onlyDup.id,
        speakerId: dup.id,
        kind: "PLEDGE",
        gist: "Pledges aid",
        mentions: { create: [{ actorId: dup.id }, { actorId: keep.id }] },
      },
    });
    const commitment = await p.commitment.create({
      data: { committerId: dup.id, beneficiaryId: dup.id, kind: "POLICY", description: "x", status: "ANNOUNCED" },
    });
    const office = await p.office.create({ data: { name: "Minister of Foreign Affairs", jurisdictionId: dup.id } });
    await p.office.create({ data: { name: "Minister of Foreign Affairs", jurisdictionId: keep.id } });
    await p.tenure.create({ data: { officeId: office.id, holderId: minister.id } });
    const tenureOfDup = await p.tenure.create({ data: { officeId: office.id, holderId: dup.id } });
    const source = await p.source.create({
      data: {
        kind: "PRESS_RELEASE",
        title: "Release",
        publisherId: dup.id,
        authors: { create: [{ actorId: dup.id }] },
      },
    });

    const result = await t.gql<{ mergeActors: { id: string; name: string } }>(
      "mutation($keep: ID!, $merge: ID!) { mergeActors(keepId: $keep, mergeId: $merge) { id name } }",
      { keep: gid("Actor", keep.id), merge: gid("Actor", dup.id) },
      auth.editor,
    );
    expect(result).toEqual({ data: { mergeActors: { id: gid("Actor", keep.id), name: "Republic of Korea" } } });

    expect(await p.actor.findUnique({ where: { id: dup.id } })).toBeNull();
    const kept = await p.actor.findUniqueOrThrow({
      where: { id: keep.id },
      include: { aliases: { orderBy: { name: "asc" } }, identifiers: { orderBy: { scheme: "asc" } } },
    });
    expect(kept.aliases.map((a) => [a.name, a.language])).toEqual([
      ["ROK", null],
      ["South Korea", null],
      ["대한민국", "ko"],
    ]);
    expect(kept.identifiers.map((i) => `${i.scheme}:${i.value}`)).toEqual(["iso3166-1-alpha2:KR", "wikidata:Q884"]);
    expect(kept.searchText).toBe("republic of korea rok south korea 대한민국 kr q884");
    expect(kept.version).toBe(2);

    const participants = await p.participant.findMany({
      where: { engagementId: { in: [both.id, onlyDup.id] } },
      orderBy: [{ engagementId: "asc" }, { position: "asc" }, { actorId: "asc" }],
      select: { engagementId: true, actorId: true, representsId: true, role: true },
    });
    expect(participants).toEqual(
      expect.arrayContaining([
        { engagementId: both.id, actorId: keep.id, representsId: null, role: "PARTICIPANT" },
        { engagementId: onlyDup.id, actorId: keep.id, representsId: null, role: "HOST" },
        { engagementId: onlyDup.id, actorId: minister.id, representsId: keep.id, role: "PARTICIPANT" },
      ]),
    );
    expect(participants).toHaveLength(3);
    expect((await p.engagement.findUniqueOrThrow({ where: { id: both.id } })).countryId).toBe(keep.id);
    expect((await p.statement.findUniqueOrThrow({ where: { id: statement.id } })).speakerId).toBe(keep.id);
    expect(await p.statementMention.findMany({ where: { statementId: statement.id } })).toEqual([
      { statementId: statement.id, actorId: keep.id },
    ]);
    const c = await p.commitment.findUniqueOrThrow({ where: { id: commitment.id } });
    expect([c.committerId, c.beneficiaryId]).toEqual([keep.id, keep.id]);
    const offices = await p.office.findMany({ include: { tenures: { orderBy: { holderId: "asc" } } } });
    expect(offices).toHaveLength(1);
    expect(offices[0]!.jurisdictionId).toBe(keep.id);
    expect(offices[0]!.tenures.map((x) => x.holderId).sort()).toEqual([keep.id, minister.id].sort());
    expect((await p.tenure.findUniqueOrThrow({ where: { id: tenureOfDup.id } })).holderId).toBe(keep.id);
    const s = await p.source.findUniqueOrThrow({ where: { id: source.id }, include: { authors: true } });
    expect([s.publisherId, s.authors.map((a) => a.actorId)]).toEqual([keep.id, [keep.id]]);
    expect((await p.actor.findUniqueOrThrow({ where: { id: body.id } })).parentId).toBe(keep.id);

    const log = await t.gql<{ auditLog: { edges: { node: { action: string; entityId: string } }[] } }>(
      "{ auditLog(first: 10) { edges { node { action entityId } } } }",
      {},
      auth.admin,
    );
    expect(log.data!.auditLog.edges.map((e) => e.node)).toEqual([
      { action: "DELETE", entityId: gid("Actor", dup.id) },
      { action: "MERGE", entityId: gid("Actor", keep.id) },
    ]);
  });

  it("refuses merging an actor into itself or into a missing one, naming the argument", async () => {
    const a = await t.db.prisma.actor.create({ data: { kind: "STATE", name: "Japan" } });
    const self = await t.gql(
      "mutation($id: ID!) { mergeActors(keepId: $id, mergeId: $id) { id } }",
      { id: gid("Actor", a.id) },
      auth.editor,
    );
    expect(self.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([["BAD_USER_INPUT", "mergeId"]]);
    const missing = await t.gql(
      "mutation($k: ID!, $m: ID!) { mergeActors(keepId: $k, mergeId: $m) { id } }",
      { k: gid("Actor", a.id), m: gid("Actor", "00000000-0000-7000-8000-000000000000") },
      auth.editor,
    );
    expect(missing.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([["NOT_FOUND", "mergeId"]]);
  });

  it("knows one actor under any spelling of its ID's case (it cannot be merged into itself)", async () => {
    const a = await t.db.prisma.actor.create({ data: { kind: "STATE", name: "Mongolia" } });
    const upper = gid("Actor", a.id.toUpperCase());
    const self = await t.gql(
      "mutation($k: ID!, $m: ID!) { mergeActors(keepId: $k, mergeId: $m) { id } }",
      { k: gid("Actor", a.id), m: upper },
      auth.editor,
    );
    expect(self.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([["BAD_USER_INPUT", "mergeId"]]);
    expect(await t.db.prisma.actor.count({ where: { id: a.id } })).toBe(1);
    const read = await t.gql("query($id: ID!) { node(id: $id) { id ... on Actor { name } } }", { id: upper });
    expect(read.data).toEqual({ node: { id: gid("Actor", a.id), name: "Mongolia" } });
  });
});
