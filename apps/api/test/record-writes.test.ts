import { toGlobalId as gid } from "../src/common/global-id";
import { useTestServer } from "./support/test-server";
import { useTestTokens } from "./support/tokens";

const t = useTestServer();
const auth = useTestTokens(t);
const dbId = (globalId: string) => Buffer.from(globalId, "base64url").toString("utf8").split(":")[1]!;
const ids: Record<string, string> = {};

async function mutate<T = string>(query: string, variables: Record<string, unknown>): Promise<T> {
  const result = await t.gql<Record<string, T>>(query, variables, auth.editor);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0]!;
}

beforeAll(async () => {
  const p = t.db.prisma;
  ids.rok = (await p.actor.create({ data: { kind: "STATE", name: "Republic of Korea" } })).id;
  ids.ukraine = (await p.actor.create({ data: { kind: "STATE", name: "Ukraine" } })).id;
  ids.rutte = (await p.actor.create({ data: { kind: "PERSON", name: "Mark Rutte" } })).id;
  ids.meeting = (
    await p.engagement.create({
      data: {
        kind: "BILATERAL_MEETING",
        title: "Meeting",
        startDate: new Date("2025-04-02"),
        spanEnd: new Date("2025-04-02"),
      },
    })
  ).id;
});

const createTopic = "mutation($input: CreateTopicInput!) { createTopic(input: $input) { id } }";
const createStatement = "mutation($input: CreateStatementInput!) { createStatement(input: $input) { id } }";
const createCommitment = "mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }";
const updateCommitment = `mutation($input: UpdateCommitmentInput!) {
  updateCommitment(input: $input) { id version status money { amount currency } history { status note } }
}`;

describe("topic writes", () => {
  it("keeps paths right when a topic moves, with its sub-topics", async () => {
    const topic = async (input: Record<string, unknown>) => (await mutate<{ id: string }>(createTopic, { input })).id;
    const security = await topic({ slug: "security", name: "Security" });
    const dprk = await topic({ slug: "dprk", name: "North Korea", parentId: security });
    await topic({ slug: "troops", name: "Troops", parentId: dprk });
    const regions = await topic({ slug: "regions", name: "Regions" });
    const moved = await mutate("mutation($input: UpdateTopicInput!) { updateTopic(input: $input) { id slug path } }", {
      input: { id: dprk, parentId: regions, slug: "north-korea" },
    });
    expect(moved).toEqual({ id: dprk, slug: "north-korea", path: "regions/north-korea" });
    const paths = await t.db.prisma.topic.findMany({ orderBy: { path: "asc" }, select: { path: true } });
    expect(paths.map((x) => x.path)).toEqual([
      "regions",
      "regions/north-korea",
      "regions/north-korea/troops",
      "security",
    ]);
    const cycle = await t.gql(
      "mutation($input: UpdateTopicInput!) { updateTopic(input: $input) { id } }",
      { input: { id: regions, parentId: dprk } },
      auth.editor,
    );
    expect(cycle.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
      ["BAD_USER_INPUT", "input.parentId"],
    ]);
    const taken = await t.gql(createTopic, { input: { slug: "security", name: "Again" } }, auth.editor);
    expect(taken.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([["CONFLICT", "input.slug"]]);
    const badSlug = await t.gql(createTopic, { input: { slug: "Not A Slug", name: "x" } }, auth.editor);
    expect(badSlug.errors?.map((e) => e.extensions?.field)).toEqual(["input.slug"]);
    ids.topic = dbId(security);
  });
});

describe("statement writes", () => {
  it("creates, updates with the version, and keeps search text", async () => {
    const { id } = await mutate<{ id: string }>(createStatement, {
      input: {
        engagementId: gid("Engagement", ids.meeting!),
        speakerId: gid("Actor", ids.rutte!),
        kind: "CONDEMNATION",
        gist: "Condemns Russia–DPRK military cooperation",
        topicIds: [gid("Topic", ids.topic!)],
        mentionIds: [gid("Actor", ids.rok!)],
      },
    });
    const updated = await mutate(
      "mutation($input: UpdateStatementInput!) { updateStatement(input: $input) { id version quote mentions { name } speaker { name } } }",
      { input: { id, version: 1, quote: "Déjà vu", mentionIds: [] } },
    );
    expect(updated).toEqual({ id, version: 2, quote: "Déjà vu", mentions: [], speaker: { name: "Mark Rutte" } });
    const row = await t.db.prisma.statement.findUniqueOrThrow({
      where: { id: dbId(id) },
      include: { topics: true, mentions: true },
    });
    expect([row.version, row.position, row.searchText, row.topics.length, row.mentions.length]).toEqual([
      2,
      0,
      "condemns russia dprk military cooperation deja vu",
      1,
      0,
    ]);
    const wrongType = await t.gql(
      createStatement,
      { input: { engagementId: gid("Actor", ids.rok!), speakerId: gid("Actor", ids.rutte!), kind: "HOPE", gist: "x" } },
      auth.editor,
    );
    expect(wrongType.errors?.map((e) => [e.extensions?.field, e.message])).toEqual([
      ["input.engagementId", `input.engagementId: "${gid("Actor", ids.rok!)}" is not the ID of a Engagement`],
    ]);
  });
});

describe("commitment writes", () => {
  const base = () => ({
    committerId: gid("Actor", ids.rok!),
    beneficiaryId: gid("Actor", ids.ukraine!),
    kind: "FINANCIAL",
    description: "Humanitarian and reconstruction aid",
    amount: "2000000000",
    currency: "USD",
    status: "ANNOUNCED",
    made: "2025-04-02",
  });

  it("records a status change in the history", async () => {
    const { id } = await mutate<{ id: string }>(createCommitment, { input: base() });
    const updated = await mutate(updateCommitment, {
      input: { id, version: 1, status: "DELIVERED", statusNote: "Paid out" },
    });
    expect(updated).toEqual({
      id,
      version: 2,
      status: "DELIVERED",
      money: { amount: "2000000000", currency: "USD" },
      history: [
        { status: "ANNOUNCED", note: null },
        { status: "DELIVERED", note: "Paid out" },
      ],
    });
    const history = await t.db.prisma.commitmentStatusChange.findMany({
      where: { commitmentId: dbId(id) },
      orderBy: { recordedAt: "asc" },
      select: { status: true, note: true },
    });
    expect(history).toEqual([
      { status: "ANNOUNCED", note: null },
      { status: "DELIVERED", note: "Paid out" },
    ]);
    const row = await t.db.prisma.commitment.findUniqueOrThrow({ where: { id: dbId(id) } });
    expect([row.status, row.amount?.toString(), row.currency, row.version]).toEqual([
      "DELIVERED",
      "2000000000",
      "USD",
      2,
    ]);
  });

  it("refuses bad money and dates by field, writing nothing", async () => {
    const before = await t.db.prisma.commitment.count();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ currency: "XYZ" }, "input.currency", '"XYZ" is not an ISO 4217 currency code'],
      [{ currency: "usd" }, "input.currency", "three capital letters"],
      [{ amount: "-5" }, "input.amount", "must be zero or more"],
      [{ currency: null }, "input.currency", "is required with an amount"],
      [{ periodStart: "2025-05-01", periodEnd: "2025-04-01" }, "input.periodEnd", "must not be before periodStart"],
      [
        { links: [{ toId: gid("Commitment", "00000000-0000-7000-8000-000000000000"), kind: "FOLLOWS" }] },
        "input.links[0].toId",
        "no Commitment has the ID",
      ],
    ];
    for (const [change, field, rule] of cases) {
      const result = await t.gql(createCommitment, { input: { ...base(), ...change } }, auth.editor);
      expect(result.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([["BAD_USER_INPUT", field]]);
      expect(result.errors?.[0]?.message).toContain(rule);
    }
    expect(await t.db.prisma.commitment.count()).toBe(before);
  });
});

describe("source and citation writes", () => {
  it("locates a quote in the source's text and refuses one that is not there", async () => {
    const content = "Minister Cho met Secretary General Rutte in Brussels on 2 April.";
    const { id: source } = await mutate<{ id: string }>(
      "mutation($input: CreateSourceInput!) { createSource(input: $input) { id } }",
      {
        input: {
          kind: "NEWS_ARTICLE",
          title: "Yonhap",
          url: "https://example.org/a",
          content,
          authorIds: [gid("Actor", ids.rutte!)],
        },
      },
    );
    const created = await mutate<{ id: string; startOffset: number; source: { id: string } }>(
      "mutation($input: CreateCitationInput!) { createCitation(input: $input) { id startOffset endOffset quote source { id } } }",
      {
        input: {
          sourceId: source,
          engagementId: gid("Engagement", ids.meeting!),
          quote: "met Secretary General Rutte",
        },
      },
    );
    const citation = created.id;
    expect(created).toEqual({
      id: citation,
      startOffset: 13,
      endOffset: 40,
      quote: "met Secretary General Rutte",
      source: { id: source },
    });
    const row = await t.db.prisma.citation.findUniqueOrThrow({ where: { id: dbId(citation) } });
    expect([row.startOffset, row.endOffset, content.slice(row.startOffset!, row.endOffset!)]).toEqual([
      13,
      40,
      "met Secretary General Rutte",
    ]);
    await mutate("mutation($input: UpdateCitationInput!) { updateCitation(input: $input) { id } }", {
      input: { id: citation, quote: "in Brussels" },
    });
    const moved1 = await t.db.prisma.citation.findUniqueOrThrow({ where: { id: dbId(citation) } });
    expect([moved1.quote, moved1.startOffset, moved1.endOffset]).toEqual(["in Brussels", 41, 52]);
    const missing = await t.gql(
      "mutation($input: CreateCitationInput!) { createCitation(input: $input) { id } }",
      { input: { sourceId: source, engagementId: gid("Engagement", ids.meeting!), quote: "in Seoul" } },
      auth.editor,
    );
    expect(missing.errors?.map((e) => [e.extensions?.field, e.message])).toEqual([
      ["input.quote", 'input.quote: quote "in Seoul" is not in the text'],
    ]);
    const two = await t.gql(
      "mutation($input: CreateCitationInput!) { createCitation(input: $input) { id } }",
      {
        input: {
          sourceId: source,
          engagementId: gid("Engagement", ids.meeting!),
          commitmentId: gid("Engagement", ids.meeting!),
        },
      },
      auth.editor,
    );
    expect(two.errors?.[0]?.extensions?.field).toBe("input.commitmentId");
    const moved = await t.gql(
      "mutation($input: UpdateSourceInput!) { updateSource(input: $input) { id } }",
      { input: { id: source, version: 1, content: "Rewritten." } },
      auth.editor,
    );
    expect(moved.errors?.map((e) => e.extensions?.field)).toEqual(["input.content"]);
    const badUrl = await t.gql(
      "mutation($input: CreateSourceInput!) { createSource(input: $input) { id } }",
      { input: { kind: "NEWS_ARTICLE", title: "x", url: "ftp://x" } },
      auth.editor,
    );
    expect(badUrl.errors?.map((e) => e.extensions?.field)).toEqual(["input.url"]);
    expect(await t.db.prisma.citation.count()).toBe(1);
  });
});
