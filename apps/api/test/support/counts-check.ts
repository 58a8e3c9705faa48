import type { PrismaClient } from "@accord/db";
import { engagementKinds, engagementStatuses } from "@accord/domain";
import type { TestServer } from "./test-server";

export type CountShape = [Record<string, unknown> | null, string[]];
type Group = Record<string, unknown>;

/** IDs of every engagement matching a filter, read page by page through `engagements`, as a client would. */
export async function matchingEngagementIds(t: TestServer, filter: Record<string, unknown> | null): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const result: {
      data?: {
        engagements: {
          edges: { node: { id: string } }[];
          pageInfo: { endCursor: string | null; hasNextPage: boolean };
        };
      };
    } = await t.gql(
      `query($filter: EngagementFilter, $after: String) { engagements(filter: $filter, first: 100, after: $after) {
          edges { node { id } } pageInfo { endCursor hasNextPage } } }`,
      { filter, after },
    );
    const page = result.data!.engagements;
    ids.push(...page.edges.map((edge) => Buffer.from(edge.node.id, "base64url").toString("utf8").split(":")[1]!));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
}

const gid = (id: string | null) => (id ? { id: Buffer.from(`Actor:${id}`, "utf8").toString("base64url") } : null);
const topicGid = (id: string | null) => (id ? { id: Buffer.from(`Topic:${id}`, "utf8").toString("base64url") } : null);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const rank = { YEAR: 0, MONTH: 1, DAY: 2 } as const;

/**
 * engagementCounts worked out in JavaScript from the engagements' rows: each engagement's values of each
 * key (one for periods, kind, status and country; any number for topics, participants, represented
 * actors, null when none), every combination counted once, groups in the API's order.
 */
export async function countedInJavaScript(prisma: PrismaClient, ids: string[], groupBy: string[]): Promise<Group[]> {
  return countedInRows(await engagementsWithKeys(prisma, ids), groupBy);
}

/** The engagements with their participants and topics, as countedInRows counts them. */
export function engagementsWithKeys(prisma: PrismaClient, ids: string[]): Promise<EngagementWithKeys[]> {
  return prisma.engagement.findMany({ where: { id: { in: ids } }, include: { participants: true, topics: true } });
}

type EngagementRow = Awaited<ReturnType<PrismaClient["engagement"]["findMany"]>>[number];
type ParticipantRow = Awaited<ReturnType<PrismaClient["participant"]["findMany"]>>[number];
type TopicLinkRow = Awaited<ReturnType<PrismaClient["engagementTopic"]["findMany"]>>[number];
export type EngagementWithKeys = EngagementRow & { participants: ParticipantRow[]; topics: TopicLinkRow[] };

/** countedInJavaScript over engagements already read. */
export function countedInRows(engagements: EngagementWithKeys[], groupBy: string[]): Group[] {
  const keys = [...new Set(groupBy)];
  const groups = new Map<
    string,
    { key: Group; sort: unknown[]; count: number; first: [Date, string]; last: [Date, string] }
  >();
  for (const e of engagements) {
    const known = e.startPrecision !== "YEAR";
    const year = e.startDate.getUTCFullYear();
    const month = known ? e.startDate.getUTCMonth() + 1 : null;
    const values: Record<string, Group[]> = {
      YEAR: [{ year }],
      QUARTER: [{ year, quarter: month === null ? null : Math.ceil(month / 3) }],
      MONTH: [{ year, month }],
      KIND: [{ kind: e.kind }],
      STATUS: [{ status: e.status }],
      COUNTRY: [{ country: gid(e.countryId) }],
      TOPIC: e.topics.length ? e.topics.map((x) => ({ topic: topicGid(x.topicId) })) : [{ topic: null }],
      PARTICIPANT: e.participants.length
        ? e.participants.map((p) => ({ participant: gid(p.actorId) }))
        : [{ participant: null }],
      REPRESENTED: (() => {
        const represented = [...new Set(e.participants.flatMap((p) => (p.representsId ? [p.representsId] : [])))];
        return represented.length ? represented.map((id) => ({ represented: gid(id) })) : [{ represented: null }];
      })(),
    };
    let combinations: Group[] = [{}];
    for (const key of keys) combinations = combinations.flatMap((c) => values[key]!.map((v) => ({ ...c, ...v })));
    for (const combination of combinations) {
      const id = JSON.stringify(combination);
      const group = groups.get(id) ?? {
        key: combination,
        sort: [],
        count: 0,
        first: [e.startDate, e.startPrecision],
        last: [e.startDate, e.startPrecision],
      };
      const order = (d: [Date, string]) => d[0].getTime() * 4 + rank[d[1] as keyof typeof rank];
      const mine: [Date, string] = [e.startDate, e.startPrecision];
      groups.set(id, {
        ...group,
        count: group.count + 1,
        first: order(mine) < order(group.first) ? mine : group.first,
        last: order(mine) > order(group.last) ? mine : group.last,
      });
    }
  }
  return [...groups.values()]
    .map(({ key, count, first, last }) => shape(key, count, first, last, keys))
    .sort(byKeys(keys));
}

function shape(key: Group, count: number, first: [Date, string], last: [Date, string], keys: string[]): Group {
  const year = key.year as number | undefined;
  const pad = (n: unknown) => String(n).padStart(2, "0");
  const period =
    year === undefined
      ? null
      : keys.includes("MONTH")
        ? `${year}-${key.month == null ? "XX" : pad(key.month)}`
        : keys.includes("QUARTER")
          ? `${year}-Q${key.quarter ?? "X"}`
          : String(year);
  return {
    period,
    year: year ?? null,
    quarter: key.quarter ?? null,
    month: key.month ?? null,
    kind: key.kind ?? null,
    status: key.status ?? null,
    count,
    firstDate: iso(first[0]),
    firstPrecision: first[1],
    lastDate: iso(last[0]),
    lastPrecision: last[1],
    country: key.country ?? null,
    topic: key.topic ?? null,
    participant: key.participant ?? null,
    represented: key.represented ?? null,
  };
}

// The API's order: keys as asked, nulls last; enums in declaration order, IDs by their uuid.
const enumOrder: Record<string, readonly string[]> = { kind: engagementKinds, status: engagementStatuses };

function byKeys(keys: string[]) {
  const columns = [
    ...new Set(
      keys.flatMap(
        (k) => ({ YEAR: ["year"], QUARTER: ["year", "quarter"], MONTH: ["year", "month"] })[k] ?? [k.toLowerCase()],
      ),
    ),
  ];
  const value = (g: Group, column: string): string | number | null => {
    const v = g[column];
    if (v == null) return null;
    if (column in enumOrder) return enumOrder[column]!.indexOf(v as string);
    if (typeof v === "object")
      return Buffer.from((v as { id: string }).id, "base64url")
        .toString("utf8")
        .split(":")[1]!;
    return v as number;
  };
  return (a: Group, b: Group) => {
    for (const column of columns) {
      const [x, y] = [value(a, column), value(b, column)];
      if (x === y) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      return x < y ? -1 : 1;
    }
    return 0;
  };
}
