// The fast lane (compiled-reads/fast-lane.ts) answers repeats of anonymous compiled reads before Apollo.
// These tests check what it must never change: which requests it answers, the policies that run
// before it (trusted documents, rate limits), fresh data, recovery from lost connections, and the
// pool it runs on (prepared statements on the same connection).
import { createPrismaClient, type PrismaClient, sqlPoolsOf } from "@accord/db";
import { createTestDatabase, type TestDatabase } from "@accord/db/testing";
import pg from "pg";
import { fromGlobalId, toGlobalId } from "../src/common/global-id";
import { type LimitsConfig, loadLimitsConfig } from "../src/limits/limits.config";
import { type AccordServer, type AccordServerOptions, createAccordServer } from "../src/server";
import { sha256Hex } from "../src/trusted-documents/manifest";
import { createTestTokens } from "./support/tokens";

type Via = "apollo" | "lane";
type Answer = { operationName: string | null; via: Via };
type Reply = {
  status: number;
  contentType: string | null;
  text: string;
  body: Record<string, unknown>;
  headers: Headers;
};

const page = `query Page($first: Int) { engagements(first: $first, orderBy: { field: START_DATE, direction: ASC }) {
  totalCount edges { node { id title startDate } } } }`;
const byId = "query ById($id: ID!) { node(id: $id) { ... on Engagement { id title } } }";

let db: TestDatabase;
let auth: Awaited<ReturnType<typeof createTestTokens>>;
const servers: AccordServer[] = [];
const clients: PrismaClient[] = [];
const answers: Answer[] = [];
const failures: unknown[] = [];
/** Base limits: rate limits off unless a test sets them. */
let limits: LimitsConfig;

/** A server on the test database whose compiled answers and failures are recorded. */
async function start(options: Partial<AccordServerOptions> = {}): Promise<string> {
  const server = await createAccordServer({
    prisma: db.prisma,
    limits,
    compiledReads: {
      onAnswered: (operationName, via) => answers.push({ operationName, via }),
      onFailed: (error) => failures.push(error),
    },
    ...options,
  });
  servers.push(server);
  return (await server.listen(0, "127.0.0.1")).url;
}

async function post(
  url: string,
  body: { query: string; variables?: unknown; operationName?: string },
  headers: Record<string, string> = {},
): Promise<Reply> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  const { status, headers: replyHeaders } = response;
  return { status, contentType: replyHeaders.get("content-type"), text, body: JSON.parse(text), headers: replyHeaders };
}

/** Sends `body` and returns the reply with how it was answered (undefined: not by compiled SQL). */
async function ask(url: string, body: Parameters<typeof post>[1], headers: Record<string, string> = {}) {
  const before = answers.length;
  const reply = await post(url, body, headers);
  const answered = answers.slice(before);
  expect(answered.length).toBeLessThanOrEqual(1);
  return { ...reply, via: answered[0]?.via, operationName: answered[0]?.operationName };
}

let open: string;

/** The first topic without sub-topics, and a way to give it one after a first answer. */
async function leafTopic() {
  const parent = await db.prisma.topic.findFirstOrThrow({
    where: { children: { none: {} } },
    orderBy: { slug: "asc" },
  });
  const addChild = (name: string) =>
    db.prisma.topic.create({
      data: { slug: `${parent.slug}-${name}`, name, parentId: parent.id, path: `${parent.path}/${name}` },
    });
  // A new sub-topic with one engagement (not tagged with the parent) tagged with it.
  const tagEngagementUnder = async (name: string) => {
    const child = await addChild(name);
    const tagged = await db.prisma.engagement.findFirstOrThrow({
      where: { topics: { none: { topicId: parent.id } } },
      select: { id: true },
    });
    await db.prisma.engagementTopic.create({ data: { engagementId: tagged.id, topicId: child.id } });
  };
  return { parent, addChild, tagEngagementUnder };
}
let engagementIds: string[];

beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
  auth = await createTestTokens(db.prisma);
  const defaults = loadLimitsConfig({});
  limits = { ...defaults, rateLimit: { ...defaults.rateLimit, address: 0, token: 0 } };
  open = await start();
  const rows = await db.prisma.engagement.findMany({ orderBy: [{ startDate: "asc" }, { id: "asc" }], take: 3 });
  engagementIds = rows.map((row) => toGlobalId("Engagement", row.id));
});

afterEach(() => {
  const failed = failures.splice(0);
  expect(failed).toEqual([]);
});

afterAll(async () => {
  for (const server of servers) await server.stop();
  for (const client of clients) await client.$disconnect();
  await db?.drop();
});

describe("the fast lane answers repeats of anonymous reads", () => {
  test("the first request goes through Apollo, an identical second through the lane, with the same JSON", async () => {
    const body = { query: page, variables: { first: 3 }, operationName: "Page" };
    const first = await ask(open, body);
    const second = await ask(open, body);
    expect([first.via, second.via]).toEqual(["apollo", "lane"]);
    expect([first.operationName, second.operationName]).toEqual(["Page", "Page"]);
    for (const reply of [first, second]) {
      expect(reply.status).toBe(200);
      expect(reply.contentType).toBe("application/json; charset=utf-8");
    }
    expect(second.body).toEqual(first.body);
    // Byte for byte: PostgreSQL's `"key" : value` spacing is compacted away in the lane.
    expect(second.text).toBe(first.text);
    expect(first.body.extensions).toEqual({ cost: { requested: expect.any(Number), max: 500_000 } });
    expect((first.body.data as { engagements: { edges: unknown[] } }).engagements.edges).toHaveLength(3);
    // The same rate-limit and request headers either way (the date and the request ID aside).
    const names = (h: Headers) => [...h.keys()].filter((n) => !["date", "x-request-id", "etag"].includes(n)).sort();
    expect(names(second.headers)).toEqual(names(first.headers));
  });

  test("other variables or another operation name go through Apollo once before the lane takes them", async () => {
    const other = { query: page, variables: { first: 2 }, operationName: "Page" };
    expect((await ask(open, other)).via).toBe("apollo");
    expect((await ask(open, other)).via).toBe("lane");
    // No operation name: another request as far as the lane knows, though Apollo picks the same operation.
    const unnamed = { query: page, variables: { first: 3 } };
    const viaApollo = await ask(open, unnamed);
    const viaLane = await ask(open, unnamed);
    expect([viaApollo.via, viaLane.via]).toEqual(["apollo", "lane"]);
    // Both report the operation Apollo ran.
    expect([viaApollo.operationName, viaLane.operationName]).toEqual(["Page", "Page"]);
    expect(viaLane.body).toEqual(viaApollo.body);
  });

  test("a kept analytics answer is laned with Apollo's bytes and Content-Length, whole at every repeat", async () => {
    const body = {
      query: "{ commitmentTotals(groupBy: [COMMITTER, CURRENCY]) { committer { id name } currency total count } }",
    };
    const first = await ask(open, body);
    expect(first.via).toBe("apollo");
    for (let repeat = 0; repeat < 3; repeat += 1) {
      const again = await ask(open, body);
      expect(again.via).toBe("lane");
      expect(again.text).toBe(first.text);
      expect(again.headers.get("content-length")).toBe(String(Buffer.byteLength(first.text)));
    }
    // Through Apollo again (a refused token reads anonymously, never laned): the kept bytes, whole.
    const refused = await ask(open, body, { authorization: "Bearer acc_notarealtoken" });
    expect([refused.via, refused.text]).toEqual(["apollo", first.text]);
    expect(refused.headers.get("content-length")).toBe(String(Buffer.byteLength(first.text)));
  });

  test("a body Apollo would refuse is refused, though its query, name and variables match a laned read", async () => {
    const laned = { query: page, variables: { first: 3 } };
    await ask(open, laned);
    expect((await ask(open, laned)).via).toBe("lane");
    const odd: [Record<string, unknown>, number, string][] = [
      // An empty name names no operation, where an absent one picks the only one.
      [{ ...laned, operationName: "" }, 400, "OPERATION_RESOLUTION_FAILURE"],
      [{ ...laned, operationName: "Nope" }, 400, "OPERATION_RESOLUTION_FAILURE"],
      [{ ...laned, operationName: ["Page"] }, 400, "BAD_REQUEST"],
      [{ ...laned, extensions: "{}" }, 400, "BAD_REQUEST"],
      [
        { ...laned, extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } },
        200,
        "PERSISTED_QUERY_NOT_SUPPORTED",
      ],
    ];
    for (const [body, status, code] of odd) {
      const reply = await ask(open, body as never);
      const errors = reply.body.errors as { extensions: { code: string } }[] | undefined;
      expect([body, reply.via, reply.status, errors?.[0]?.extensions.code]).toEqual([body, undefined, status, code]);
    }
    // Empty extensions and null variables are the same request to Apollo, and to the lane.
    expect((await ask(open, { ...laned, extensions: {} } as never)).via).toBe("lane");
    await ask(open, { query: page });
    expect((await ask(open, { query: page, variables: null } as never)).via).toBe("lane");
  });

  test("a request with an Authorization header never takes the lane, with a valid token or not", async () => {
    const body = { query: page, variables: { first: 3 }, operationName: "Page" };
    expect((await ask(open, body)).via).toBe("lane");
    const anonymous = await ask(open, body);
    for (const headers of [auth.reader, auth.reader, auth.admin, { authorization: "Bearer acc_notarealtoken" }]) {
      const reply = await ask(open, body, headers);
      expect(reply.via).toBe("apollo");
      expect(reply.body).toEqual(anonymous.body);
    }
    // A token's answer teaches the lane nothing: a new query asked with a token twice, then anonymously.
    const withToken = { query: byId, variables: { id: engagementIds[0] } };
    expect((await ask(open, withToken, auth.reader)).via).toBe("apollo");
    expect((await ask(open, withToken, auth.reader)).via).toBe("apollo");
    expect((await ask(open, withToken)).via).toBe("apollo");
  });

  test("a client asking for application/graphql-response+json is answered by Apollo in that type", async () => {
    const body = { query: page, variables: { first: 3 }, operationName: "Page" };
    const accept = { accept: "application/graphql-response+json" };
    for (let i = 0; i < 2; i += 1) {
      const reply = await ask(open, body, accept);
      expect(reply.via).toBe("apollo");
      expect(reply.status).toBe(200);
      expect(reply.contentType).toBe("application/graphql-response+json; charset=utf-8");
    }
  });

  test("a server that requires a token for reads never uses the lane", async () => {
    const locked = await start({ readsRequireToken: true });
    const body = { query: page, variables: { first: 3 }, operationName: "Page" };
    for (let i = 0; i < 3; i += 1) expect((await ask(locked, body, auth.reader)).via).toBe("apollo");
    for (let i = 0; i < 2; i += 1) {
      const refused = await ask(locked, body);
      expect(refused.status).toBe(401);
      expect(refused.via).toBeUndefined();
    }
  });
});

describe("the lane cannot bypass the policies before it", () => {
  test("a document an admin may run outside the manifest stays refused for anonymous callers", async () => {
    const trustedText = `query Trusted { engagements(first: 1) { edges { node { id } } } }`;
    const trustedDocuments = { source: "test", byHash: new Map([[sha256Hex(trustedText), trustedText]]) };
    const trusted = await start({ trustedDocuments });
    // The lane works on this server: a manifest document's repeat takes it.
    expect((await ask(trusted, { query: trustedText })).via).toBe("apollo");
    expect((await ask(trusted, { query: trustedText })).via).toBe("lane");
    const outside = { query: page, variables: { first: 3 }, operationName: "Page" };
    for (let i = 0; i < 2; i += 1) {
      const admin = await ask(trusted, outside, auth.admin);
      expect([admin.status, admin.via]).toEqual([200, "apollo"]);
    }
    for (let i = 0; i < 2; i += 1) {
      const anonymous = await ask(trusted, outside);
      expect(anonymous.status).toBe(403);
      expect(anonymous.via).toBeUndefined();
      expect((anonymous.body.errors as { extensions: { code: string } }[])[0]!.extensions.code).toBe(
        "PERSISTED_QUERY_NOT_ALLOWED",
      );
    }
  });

  test("repeats answered by the lane count against the rate limit and get 429 past it", async () => {
    const limited = await start({ limits: { ...limits, rateLimit: { ...limits.rateLimit, address: 3 } } });
    const body = { query: page, variables: { first: 3 }, operationName: "Page" };
    const vias = [];
    for (let i = 0; i < 3; i += 1) {
      const reply = await ask(limited, body);
      expect(reply.status).toBe(200);
      expect(reply.headers.get("ratelimit")).toMatch(new RegExp(`^"address"; r=${2 - i}; t=\\d+$`));
      vias.push(reply.via);
    }
    expect(vias).toEqual(["apollo", "lane", "lane"]);
    const refused = await ask(limited, body);
    expect(refused.status).toBe(429);
    expect(refused.via).toBeUndefined();
    expect((refused.body.errors as { extensions: { code: string } }[])[0]!.extensions.code).toBe("RATE_LIMITED");
  });
});

describe("the lane caches SQL, never results", () => {
  test("a title changed by a mutation shows in the next lane answer", async () => {
    const body = { query: byId, variables: { id: engagementIds[1] }, operationName: "ById" };
    const before = await ask(open, body);
    expect((await ask(open, body)).via).toBe("lane");
    const id = engagementIds[1]!;
    const version = (await db.prisma.engagement.findUniqueOrThrow({ where: { id: rowId(id) } })).version;
    const update = `mutation($input: UpdateEngagementInput!) { updateEngagement(input: $input) { id title } }`;
    const renamed = await post(
      open,
      { query: update, variables: { input: { id, version, title: "Renamed" } } },
      auth.editor,
    );
    expect(renamed.body.errors).toBeUndefined();
    const after = await ask(open, body);
    expect(after.via).toBe("lane");
    expect(after.body).toEqual({ ...before.body, data: { node: { id, title: "Renamed" } } });
    // A direct SQL update shows just as well.
    await db.prisma.$executeRaw`UPDATE engagement SET title = 'Renamed in SQL' WHERE id = ${rowId(id)}::uuid`;
    const again = await ask(open, body);
    expect([again.via, again.body.data]).toEqual(["lane", { node: { id, title: "Renamed in SQL" } }]);
  });

  test("every root list's filters are laned", async () => {
    // Each reads what its filter names (a topic's subtree, an office) in its own statement, so its SQL is kept.
    const actor = toGlobalId("Actor", (await db.prisma.actor.findFirstOrThrow({ orderBy: { id: "asc" } })).id);
    const topic = await db.prisma.topic.findFirstOrThrow({ orderBy: { slug: "asc" } });
    const topicId = toGlobalId("Topic", topic.id);
    const laned = [
      `engagements(first: 5, filter: { country: "${actor}", kind: [BILATERAL_MEETING] })`,
      `statements(first: 5, filter: { speaker: "${actor}" })`,
      `statements(first: 5, filter: { topic: "${topicId}" })`,
      `engagements(first: 5, filter: { topic: "${topicId}" })`,
      `engagements(first: 5, filter: { topicSlug: "${topic.slug}" })`,
      `commitments(first: 5, filter: { beneficiary: "${actor}" })`,
      `sources(first: 5, filter: { publisher: "${actor}" })`,
      `topics(first: 5, filter: { parent: "${topicId}" })`,
      "actors(first: 5, filter: { kind: [STATE] })",
      `topics(first: 5, filter: { under: "${topicId}" })`,
    ];
    const twice = async (field: string) => {
      const body = { query: `{ ${field} { totalCount edges { node { id } } } }` };
      const first = await ask(open, body);
      expect(first.body.errors).toBeUndefined();
      return [field, first.via, (await ask(open, body)).via];
    };
    for (const field of laned) expect(await twice(field)).toEqual([field, "apollo", "lane"]);
  });

  test("officeHolders matches its offices in its statement: laned, it sees an office added after the first answer", async () => {
    const state = await db.prisma.actor.findFirstOrThrow({ where: { kind: "STATE" }, orderBy: { id: "asc" } });
    const person = await db.prisma.actor.findFirstOrThrow({ where: { kind: "PERSON" }, orderBy: { id: "asc" } });
    const query = `query Holders($j: ID) { officeHolders(office: "grand vizier", jurisdiction: $j, on: "2025-04-02") {
      holder { id } } }`;
    const body = { query, variables: { j: toGlobalId("Actor", state.id) }, operationName: "Holders" };
    const before = await ask(open, body);
    expect([before.via, before.body.data]).toEqual(["apollo", { officeHolders: [] }]);
    expect((await ask(open, body)).via).toBe("lane");
    const office = await db.prisma.office.create({
      data: { name: "Grand Vizier of the Realm", jurisdictionId: state.id },
    });
    await db.prisma.tenure.create({ data: { officeId: office.id, holderId: person.id } });
    const after = await ask(open, body);
    expect([after.via, after.body.data]).toEqual([
      "lane",
      { officeHolders: [{ holder: { id: toGlobalId("Actor", person.id) } }] },
    ]);
    await db.prisma.office.delete({ where: { id: office.id } });
  });

  test("engagementCounts by topic, which reads the subtree while compiling, is compiled again by the lane", async () => {
    const { parent, tagEngagementUnder } = await leafTopic();
    const query = `query Counted($topic: ID!) { engagementCounts(filter: { topic: $topic }, groupBy: [KIND]) { count } }`;
    const body = { query, variables: { topic: toGlobalId("Topic", parent.id) }, operationName: "Counted" };
    const before = await ask(open, body);
    expect([before.via, (await ask(open, body)).via]).toEqual(["apollo", "lane"]);
    await tagEngagementUnder("counted-child");
    const after = await ask(open, body);
    expect(after.via).toBe("lane");
    const total = (reply: Reply) =>
      (reply.body.data as { engagementCounts: { count: number }[] }).engagementCounts.reduce((n, g) => n + g.count, 0);
    expect(total(after)).toBe(total(before) + 1);
  });

  test("a laned topics(filter: { under }) sees a sub-topic added, and its topic deleted is left to the resolvers", async () => {
    const { addChild } = await leafTopic();
    const child = await addChild("gone-child");
    const query = `query Under($under: ID!) { topics(first: 5, filter: { under: $under }) { totalCount } }`;
    const body = { query, variables: { under: toGlobalId("Topic", child.id) }, operationName: "Under" };
    expect([(await ask(open, body)).via, (await ask(open, body)).via]).toEqual(["apollo", "lane"]);
    const grandchild = await db.prisma.topic.create({
      data: { name: "Grandchild", slug: "gone-grandchild", path: `${child.path}/gone-grandchild`, parentId: child.id },
    });
    const grown = await ask(open, body);
    expect([grown.via, grown.body.data]).toEqual(["lane", { topics: { totalCount: 2 } }]);
    await db.prisma.topic.delete({ where: { id: grandchild.id } });
    await db.prisma.topic.delete({ where: { id: child.id } });
    const refused = await ask(open, body);
    expect(refused.via).toBeUndefined();
    expect((refused.body.errors as { extensions: { code: string } }[])[0]?.extensions.code).toBe("NOT_FOUND");
  });

  test("an engagements topic filter is laned and sees a sub-topic added after the first answer", async () => {
    // The subtree is read by the compiled SQL itself (engagement.filter.ts, topicInSql), so its answer is laned.
    const { parent, tagEngagementUnder } = await leafTopic();
    const query = `query Tagged($slug: String) { engagements(first: 100, filter: { topicSlug: $slug }) {
      totalCount edges { node { id } } } }`;
    const body = { query, variables: { slug: parent.slug }, operationName: "Tagged" };
    const before = await ask(open, body);
    expect([before.via, (await ask(open, body)).via]).toEqual(["apollo", "lane"]);
    await tagEngagementUnder("lane-child");
    const after = await ask(open, body);
    expect(after.via).toBe("lane");
    const count = (reply: Reply) => (reply.body.data as { engagements: { totalCount: number } }).engagements.totalCount;
    expect(count(after)).toBe(count(before) + 1);
  });
  test("a statements topic filter is laned, reads the subtree each time, and leaves an unknown topic to the resolvers", async () => {
    // The topic's path is read by the SQL itself (statement.filter.ts), so its answer may be remembered.
    const { parent, addChild } = await leafTopic();
    const query = `query OnTopic($topic: ID!) { statements(first: 100, filter: { topic: $topic }) { totalCount } }`;
    const body = { query, variables: { topic: toGlobalId("Topic", parent.id) }, operationName: "OnTopic" };
    const before = await ask(open, body);
    expect([before.via, (await ask(open, body)).via]).toEqual(["apollo", "lane"]);
    const child = await addChild("said-child");
    const statement = await db.prisma.statement.findFirstOrThrow({
      where: { topics: { none: { topicId: parent.id } } },
      select: { id: true },
    });
    await db.prisma.statementTopic.create({ data: { statementId: statement.id, topicId: child.id } });
    const after = await ask(open, body);
    expect(after.via).toBe("lane");
    const count = (reply: Reply) => (reply.body.data as { statements: { totalCount: number } }).statements.totalCount;
    expect(count(after)).toBe(count(before) + 1);
    const unknown = { ...body, variables: { topic: toGlobalId("Topic", "00000000-0000-4000-8000-000000000000") } };
    const refused = await ask(open, unknown);
    expect(refused.via).toBeUndefined();
    expect((refused.body.errors as { extensions: { code: string } }[])[0]?.extensions.code).toBe("NOT_FOUND");
  });
});

describe("a failing compiled read does not fail the request", () => {
  test("after the pool's connections are terminated, the next requests still answer 200 with the same data", async () => {
    const body = { query: page, variables: { first: 3 }, operationName: "Page" };
    const expected = (await ask(open, body)).body;
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    try {
      // Sent at once, the request often finds a connection whose end the pool has not seen yet:
      // the lane or the compiled read fails on it (onFailed) and the request goes on to the next step.
      for (let round = 0; round < 5; round += 1) {
        const { rows } = await admin.query(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
        );
        expect(rows.length).toBeGreaterThan(0);
        const reply = await ask(open, body);
        expect([reply.status, reply.body]).toEqual([200, expected]);
      }
    } finally {
      await admin.end();
    }
    for (const error of failures) expect(String(error)).toMatch(/terminat/i);
    failures.length = 0;
    // The pool has reconnected: the lane answers again, without failures.
    const settled = await ask(open, body);
    expect([settled.via, settled.body]).toEqual(["lane", expected]);
  });
});

describe("prepared statements", () => {
  test("a compiled read run twice on a one-connection pool leaves an accord_read_ statement on that connection", async () => {
    const prisma = createPrismaClient({ databaseUrl: db.url, maxConnections: 1 });
    clients.push(prisma);
    const url = await start({ prisma });
    const body = { query: page, variables: { first: 3 }, operationName: "Page" };
    expect((await ask(url, body)).via).toBe("apollo");
    expect((await ask(url, body)).via).toBe("lane");
    const connection = await sqlPoolsOf(prisma)!.prepared[0]!.connect();
    try {
      const { rows } = await connection.query<{ name: string; generic_plans: string; custom_plans: string }>(
        "SELECT name, generic_plans, custom_plans FROM pg_prepared_statements",
      );
      // Planned once (generic) and kept, not planned again for each run's values.
      expect(
        rows.map(({ name, generic_plans, custom_plans }) => [name, Number(generic_plans), Number(custom_plans)]),
      ).toContainEqual([expect.stringMatching(/^accord_read_[0-9a-f]{20}$/), 2, 0]);
    } finally {
      connection.release();
    }
  });
});

const rowId = (globalId: string) => fromGlobalId(globalId).id;
