// Two servers on one database for the differential tests of compiled-reads/: one answers every read by its
// resolvers, the other by one SQL statement where it can (compiled-reads.test.ts and its slow-tier walks).
import { type PrismaClient, seedScheme } from "@accord/db";
import { createTestDatabase, type TestDatabase } from "@accord/db/testing";
import { toGlobalId } from "../../src/common/global-id";
import { loadLimitsConfig } from "../../src/limits/limits.config";
import { type AccordServer, createAccordServer } from "../../src/server";
import { generatedUuid, generateEngagements } from "./generate-engagements";

export type Variables = Record<string, unknown>;
export type Fixture = Awaited<ReturnType<typeof makeFixture>>;
export type Case = {
  name: string;
  query: string;
  operationName?: string;
  /** Variables, built once the data exists (some read a first page from the resolver server). */
  variables?: (f: Fixture) => Variables | Promise<Variables>;
};
export type Reply = { status: number; headers: string[][]; text: string; body: { data?: unknown; errors?: unknown[] } };

// Headers that differ between any two responses (the etag hashes the body, compared on its own).
const ownHeaders = new Set(["date", "x-request-id", "etag"]);

/** Starts the pair before the file's tests and stops it after; cases compare through what it returns. */
export function useCompiledReadsPair() {
  let db!: TestDatabase;
  let resolvers: AccordServer;
  let compiled: AccordServer;
  let resolverUrl: string;
  let compiledUrl: string;
  let f!: Fixture;
  let answered = 0;
  const failures: unknown[] = [];

  beforeAll(async () => {
    db = await createTestDatabase({ seeded: true });
    await generateEngagements(db.prisma, { actors: 40, engagements: 150 });
    f = await makeFixture(db.prisma);
    // Rate limits off: the table sends a few hundred requests from one address.
    const defaults = loadLimitsConfig({});
    const limits = { ...defaults, rateLimit: { ...defaults.rateLimit, address: 0, token: 0 } };
    resolvers = await createAccordServer({ prisma: db.prisma, limits, compiledReads: false });
    compiled = await createAccordServer({
      prisma: db.prisma,
      limits,
      compiledReads: {
        onAnswered: () => {
          answered += 1;
        },
        onFailed: (error) => {
          failures.push(error);
        },
      },
    });
    resolverUrl = (await resolvers.listen(0, "127.0.0.1")).url;
    compiledUrl = (await compiled.listen(0, "127.0.0.1")).url;
  });

  afterAll(async () => {
    await resolvers?.stop();
    await compiled?.stop();
    await db?.drop();
  });

  async function post(url: string, query: string, variables?: Variables, operationName?: string): Promise<Reply> {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables, operationName }),
    });
    // An internal error carries its request's own ID: the one part two servers cannot share.
    const text = (await response.text()).replace(/"requestId":"[^"]*"/g, '"requestId":"…"');
    const headers = [...response.headers].filter(([name]) => !ownHeaders.has(name!));
    return { status: response.status, headers, text, body: JSON.parse(text) };
  }

  /** The endCursor of a first page, as the resolvers give it. */
  async function endCursor(query: string, variables: Variables, path: (data: never) => string): Promise<string> {
    const { body } = await post(resolverUrl, query, variables);
    return path(body.data as never);
  }

  /** Asks both servers; the bodies must be the same text, and the compiled path must have answered (or not). */
  async function compare(c: Case, expectCompiled: boolean): Promise<Reply> {
    const variables = c.variables ? await c.variables(f) : undefined;
    answered = 0;
    failures.length = 0;
    // Both at once: reads only, and each server answers from the same rows whichever comes first.
    const [expected, actual] = await Promise.all([
      post(resolverUrl, c.query, variables, c.operationName),
      post(compiledUrl, c.query, variables, c.operationName),
    ]);
    expect(failures).toEqual([]);
    expect(actual.body).toEqual(expected.body);
    // Same text: same keys in the same order, same list order, same extensions.cost.
    expect(actual.text).toBe(expected.text);
    expect(actual.status).toBe(expected.status);
    expect(actual.headers).toEqual(expected.headers);
    if (expectCompiled) expect(expected.body.errors).toBeUndefined();
    expect(answered).toBe(expectCompiled ? 1 : 0);
    return expected;
  }

  return {
    compare,
    endCursor,
    /** The fixture's IDs, once beforeAll has run. */
    get fixture(): Fixture {
      return f;
    },
    get prisma(): PrismaClient {
      return db.prisma;
    },
  };
}

/** The seed's records by their keys, generated ones by number, and a few rows the two lack. */
async function makeFixture(prisma: PrismaClient) {
  const seeded = async (value: string) =>
    (
      await prisma.actorIdentifier.findUniqueOrThrow({
        where: { scheme_value: { scheme: seedScheme, value: `actor:${value}` } },
      })
    ).actorId;
  const external = { externalScheme: seedScheme };
  const engagement = async (key: string) =>
    (await prisma.engagement.findFirstOrThrow({ where: { ...external, externalValue: `engagement:${key}` } })).id;
  const [rok, nato, nac, ukraine, cho, rutte] = await Promise.all(
    ["rok", "nato", "nac", "ukraine", "cho-tae-yul", "mark-rutte"].map(seeded),
  );
  const [e1, e2, e3] = await Promise.all(["1", "2", "3"].map(engagement));
  const s12 = await prisma.statement.findFirstOrThrow({ where: { ...external, externalValue: "statement:2.12" } });
  const c1 = await prisma.commitment.findFirstOrThrow({ where: { ...external, externalValue: "commitment:C1" } });
  const idle = await prisma.actor.create({ data: { kind: "PERSON", name: "Idle Actor", searchText: "idle actor" } });
  const a1 = await generatedUuid(prisma, "a", 1);
  const g7 = await generatedUuid(prisma, "e", 7);
  // Money without asReported, no beneficiary, no engagement, no date; and one that another supersedes.
  const eur = await prisma.commitment.create({
    data: {
      committerId: a1,
      kind: "HUMANITARIAN",
      description: "Aid in euros",
      amount: "1000.5",
      currency: "EUR",
      status: "PLEDGED",
    },
  });
  const old = await prisma.commitment.create({
    data: {
      committerId: a1,
      beneficiaryId: rok!,
      kind: "FINANCIAL",
      description: "Old pledge",
      amount: "250.0000",
      currency: "EUR",
      status: "PLEDGED",
      madeOn: new Date("2023-05-01"),
      madeOnPrecision: "MONTH",
    },
  });
  await prisma.commitmentLink.create({ data: { fromId: eur.id, toId: old.id, kind: "SUPERSEDES" } });
  // The largest and the smallest amounts the column holds.
  await prisma.commitment.createMany({
    data: ["99999999999999999999.9999", "0.0001"].map((amount) => ({
      committerId: a1,
      kind: "FINANCIAL" as const,
      description: `Amount ${amount}`,
      amount,
      currency: "USD",
      status: "ANNOUNCED" as const,
      madeOn: new Date("2021-01-01"),
      madeOnPrecision: "YEAR" as const,
    })),
  });
  // Columns the seed and the generator leave empty.
  await prisma.engagement.update({
    where: { id: g7 },
    data: { endDate: new Date("2020-02-03"), endPrecision: "DAY", summary: "A summary", place: "A hall", city: "Town" },
  });
  // An engagement with no participants, topics, statements or commitments.
  const bare = await prisma.engagement.create({
    data: {
      kind: "OTHER",
      title: "Bare engagement",
      searchText: "bare engagement",
      startDate: new Date("2019-03-01"),
      spanEnd: new Date("2019-03-31"),
      startPrecision: "MONTH",
      status: "PLANNED",
    },
  });
  const participant = await prisma.participant.findFirstOrThrow({
    where: { engagementId: e2 },
    orderBy: { position: "asc" },
  });
  const topic = await prisma.topic.findUniqueOrThrow({ where: { slug: "russia-dprk-military-cooperation" } });
  const id = toGlobalId;
  return {
    rok: id("Actor", rok!),
    nato: id("Actor", nato!),
    nac: id("Actor", nac!),
    ukraine: id("Actor", ukraine!),
    cho: id("Actor", cho!),
    rutte: id("Actor", rutte!),
    idle: id("Actor", idle.id),
    a1: id("Actor", a1),
    e1: id("Engagement", e1!),
    e2: id("Engagement", e2!),
    e3: id("Engagement", e3!),
    g7: id("Engagement", g7),
    bare: id("Engagement", bare.id),
    s12: id("Statement", s12.id),
    c1: id("Commitment", c1.id),
    eur: id("Commitment", eur.id),
    participant: id("Participant", participant.id),
    topic: id("Topic", topic.id),
    security: id("Topic", topic.parentId!),
    // A real row's uuid under another type, and a uuid with no row.
    actorAsEngagement: id("Engagement", rok!),
    missing: id("Engagement", "00000000-0000-4000-8000-000000000000"),
    source: id("Source", (await prisma.source.findFirstOrThrow()).id),
  };
}
