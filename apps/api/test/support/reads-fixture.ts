// The seed article's actors, engagements, topics and offices, until seedDatabase from @accord/db is on main.
import type { ActorKind, PrismaClient } from "@accord/db";
import { toSearchText } from "@accord/domain";

type ActorSpec = {
  kind: ActorKind;
  name: string;
  aliases?: [string, string | null][];
  identifiers?: [string, string][];
  parent?: string;
};

const actorSpecs: Record<string, ActorSpec> = {
  rok: {
    kind: "STATE",
    name: "Republic of Korea",
    aliases: [
      ["ROK", null],
      ["South Korea", "en"],
      ["Korea", "en"],
      ["대한민국", "ko"],
    ],
    identifiers: [
      ["iso3166-1-alpha2", "KR"],
      ["iso3166-1-alpha3", "KOR"],
      ["wikidata", "Q884"],
    ],
  },
  nato: {
    kind: "INTERNATIONAL_ORGANIZATION",
    name: "North Atlantic Treaty Organization",
    aliases: [
      ["NATO", null],
      ["Organisation du Traité de l'Atlantique Nord", "fr"],
    ],
    identifiers: [["wikidata", "Q7184"]],
  },
  nac: { kind: "ORGANIZATION_BODY", name: "North Atlantic Council", aliases: [["NAC", null]], parent: "nato" },
  dprk: {
    kind: "STATE",
    name: "North Korea",
    aliases: [
      ["Democratic People's Republic of Korea", "en"],
      ["DPRK", null],
    ],
    identifiers: [["iso3166-1-alpha2", "KP"]],
  },
  belgium: { kind: "STATE", name: "Belgium", identifiers: [["iso3166-1-alpha2", "BE"]] },
  ukraine: { kind: "STATE", name: "Ukraine", identifiers: [["iso3166-1-alpha2", "UA"]] },
  cho: { kind: "PERSON", name: "Cho Tae-yul" },
  rutte: { kind: "PERSON", name: "Mark Rutte" },
  park: { kind: "PERSON", name: "Park Jin" },
  zelensky: { kind: "PERSON", name: "Volodymyr Zelenskyy" },
};

export type ReadsFixture = {
  actors: Record<string, string>;
  engagements: Record<string, string>;
  topics: Record<string, string>;
};

async function createActors(prisma: PrismaClient): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const [key, spec] of Object.entries(actorSpecs)) {
    const aliases = spec.aliases ?? [];
    const identifiers = spec.identifiers ?? [];
    const searchText = toSearchText(
      [spec.name, ...aliases.map(([name]) => name), ...identifiers.map(([, value]) => value)].join(" "),
    );
    const actor = await prisma.actor.create({
      data: {
        kind: spec.kind,
        name: spec.name,
        searchText,
        parentId: spec.parent ? ids[spec.parent] : null,
        aliases: { create: aliases.map(([name, language]) => ({ name, language })) },
        identifiers: { create: identifiers.map(([scheme, value]) => ({ scheme, value })) },
      },
    });
    ids[key] = actor.id;
  }
  return ids;
}

async function createTopics(prisma: PrismaClient): Promise<Record<string, string>> {
  const specs: [string, string, string?][] = [
    ["security", "Security"],
    ["russia-dprk-military-cooperation", "Russia–North Korea military cooperation", "security"],
    ["global-security-situation", "Global security situation", "security"],
    ["cooperation", "Cooperation"],
    ["rok-nato-cooperation", "ROK–NATO cooperation", "cooperation"],
    ["nato-partnerships", "NATO partnerships", "cooperation"],
    ["ukraine", "Ukraine"],
  ];
  const ids: Record<string, string> = {};
  const paths: Record<string, string> = {};
  for (const [slug, name, parent] of specs) {
    const path = parent ? `${paths[parent]}/${slug}` : slug;
    const topic = await prisma.topic.create({ data: { slug, name, path, parentId: parent ? ids[parent] : null } });
    ids[slug] = topic.id;
    paths[slug] = path;
  }
  return ids;
}

const day = (text: string) => new Date(`${text}T00:00:00Z`);

/** Engagements 1–3 of the article, plus two unrelated ones so filters have something to leave out. */
export async function createReadsFixture(prisma: PrismaClient): Promise<ReadsFixture> {
  const a = await createActors(prisma);
  const t = await createTopics(prisma);
  const engagement = async (data: {
    title: string;
    kind: "MULTILATERAL_MEETING" | "BILATERAL_MEETING" | "BRIEFING" | "CALL";
    start: string;
    precision: "DAY" | "MONTH" | "YEAR";
    spanEnd: string;
    parentId?: string;
    countryId?: string;
    status?: "HELD" | "PLANNED";
    participants: {
      actorId: string;
      representsId?: string;
      role: "HOST" | "VISITOR" | "GUEST" | "BRIEFER" | "AUDIENCE";
    }[];
    topics: string[];
  }) =>
    (
      await prisma.engagement.create({
        data: {
          kind: data.kind,
          title: data.title,
          status: data.status ?? "HELD",
          searchText: toSearchText(data.title),
          startDate: day(data.start),
          startPrecision: data.precision,
          spanEnd: day(data.spanEnd),
          dateInferred: true,
          parentId: data.parentId,
          countryId: data.countryId,
          city: data.countryId === a.belgium ? "Brussels" : null,
          participants: { create: data.participants.map((p, position) => ({ ...p, position })) },
          topics: { create: data.topics.map((slug) => ({ topicId: t[slug]! })) },
        },
      })
    ).id;
  const e1 = await engagement({
    title: "NATO Foreign Ministers' Meeting",
    kind: "MULTILATERAL_MEETING",
    start: "2025-04-01",
    precision: "MONTH",
    spanEnd: "2025-04-30",
    countryId: a.belgium,
    participants: [
      { actorId: a.nato!, role: "HOST" },
      { actorId: a.cho!, representsId: a.rok, role: "GUEST" },
    ],
    topics: ["nato-partnerships"],
  });
  const e2 = await engagement({
    title: "Cho Tae-yul – Mark Rutte meeting",
    kind: "BILATERAL_MEETING",
    start: "2025-04-02",
    precision: "DAY",
    spanEnd: "2025-04-02",
    parentId: e1,
    countryId: a.belgium,
    participants: [
      { actorId: a.cho!, representsId: a.rok, role: "VISITOR" },
      { actorId: a.rutte!, representsId: a.nato, role: "HOST" },
    ],
    topics: ["rok-nato-cooperation", "russia-dprk-military-cooperation", "global-security-situation"],
  });
  const e3 = await engagement({
    title: "ROK briefing to the North Atlantic Council on Russia–North Korea military cooperation",
    kind: "BRIEFING",
    start: "2024-01-01",
    precision: "YEAR",
    spanEnd: "2024-12-31",
    participants: [
      { actorId: a.rok!, role: "BRIEFER" },
      { actorId: a.nac!, role: "AUDIENCE" },
    ],
    topics: ["russia-dprk-military-cooperation"],
  });
  const e4 = await engagement({
    title: "Call between the Ukrainian president and the NATO Secretary General",
    kind: "CALL",
    start: "2024-07-15",
    precision: "DAY",
    spanEnd: "2024-07-15",
    participants: [
      { actorId: a.zelensky!, representsId: a.ukraine, role: "HOST" },
      { actorId: a.rutte!, representsId: a.nato, role: "GUEST" },
    ],
    topics: ["ukraine"],
  });
  const e5 = await engagement({
    title: "Planned Korea–Ukraine reconstruction talks",
    kind: "BILATERAL_MEETING",
    status: "PLANNED",
    start: "2025-09-01",
    precision: "MONTH",
    spanEnd: "2025-09-30",
    participants: [{ actorId: a.ukraine!, role: "HOST" }],
    topics: ["ukraine"],
  });
  await createOffices(prisma, a);
  return { actors: a, engagements: { e1, e2, e3, e4, e5 }, topics: t };
}

async function createOffices(prisma: PrismaClient, a: Record<string, string>): Promise<void> {
  const minister = await prisma.office.create({
    data: { name: "Minister of Foreign Affairs", jurisdictionId: a.rok! },
  });
  const secretaryGeneral = await prisma.office.create({ data: { name: "Secretary General", jurisdictionId: a.nato! } });
  await prisma.tenure.createMany({
    data: [
      {
        officeId: minister.id,
        holderId: a.cho!,
        startDate: day("2024-01-11"),
        startPrecision: "DAY",
        endDate: day("2025-06-01"),
        endPrecision: "MONTH",
      },
      {
        officeId: minister.id,
        holderId: a.park!,
        startDate: day("2022-05-10"),
        startPrecision: "DAY",
        endDate: day("2024-01-10"),
        endPrecision: "DAY",
      },
      { officeId: secretaryGeneral.id, holderId: a.rutte!, startDate: day("2024-10-01"), startPrecision: "DAY" },
    ],
  });
}
