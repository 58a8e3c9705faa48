import { Prisma, type PrismaClient } from "@accord/db";
import type { Connection, ConnectionArgs } from "../common/connection.type";
import { AppError } from "../common/errors";
import { decodeId } from "../common/global-id";
import { paginateSql } from "../common/keyset";
import { lazy } from "../common/lazy";
import { loadAll } from "../common/load-all";
import { pageRequest } from "../common/paginate";
import { engagementConditions } from "../engagements/engagement.filter";
import type { EngagementPageArgs } from "../engagements/engagement.input";
import { engagementTable } from "../engagements/engagement.service";
import type { Engagement } from "../engagements/engagement.type";
import { engagementSort } from "../engagements/engagement-order";
import type { Loaders } from "../loaders";
import { tallied } from "./counterpart-tally";
import { pairsSql, sharedEngagementsSql } from "./counterparts.sql";
import type { Counterpart, CounterpartsArgs, CounterpartsOf } from "./counterparts.type";
import { datedCountOf, datedCountSql } from "./counts.sql";

const cursorPrefix = "counterpart:";
const encode = (count: number, actorId: string) =>
  Buffer.from(`${cursorPrefix}${count}:${actorId}`).toString("base64url");

/** A counterpart cursor's count and actor; a clear error for anything else. */
export function decodeCounterpartCursor(cursor: string): CounterpartCursor {
  const [prefix, count, actorId] = Buffer.from(cursor, "base64url").toString("utf8").split(":");
  if (
    `${prefix}:` !== cursorPrefix ||
    count === undefined ||
    actorId === undefined ||
    !/^\d+$/.test(count) ||
    !/^[0-9a-f-]{36}$/i.test(actorId)
  ) {
    throw new AppError("BAD_USER_INPUT", `after: "${cursor}" is not a counterpart cursor`, { field: "after" });
  }
  return { count: Number(count), actorId };
}

type CounterpartCursor = { count: number; actorId: string };

/** Whose counterparts the arguments ask for, their IDs decoded (errors name the argument). */
export const counterpartsOf = (args: CounterpartsArgs): CounterpartsOf => ({
  actorId: decodeId(args.actor, "Actor", "actor"),
  representingId: args.representing ? decodeId(args.representing, "Actor", "representing") : null,
  filter: args.filter ?? null,
  kinds: args.kinds ?? null,
});

export type RankCounterpartsOptions = { prisma: PrismaClient; args: CounterpartsArgs };

/** The actors met by an actor, most engagements together first (ties by ID), a page at a time. */
export async function rankCounterparts({ prisma, args }: RankCounterpartsOptions): Promise<Connection<Counterpart>> {
  const of = counterpartsOf(args);
  // The cursor is a counterpart's (count, actor), read below, not a record id.
  const request = pageRequest({ first: args.first });
  const after = args.after ? decodeCounterpartCursor(args.after) : null;
  const source = await rankingSource(prisma, of, after);
  // A page of 0 still reads one row: whether more follow is part of its pageInfo.
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>(
    withCtes(source, Prisma.sql`${source.ranked} LIMIT ${request.size + 1}`),
  );
  const page = rows.slice(0, request.size).map((row) => ({ actorId: row.actorId as string, of, ...datedCountOf(row) }));
  const edges = page.map((node) => ({ cursor: encode(node.count, node.actorId), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > request.size,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: lazy(async () => {
      const [row] = await prisma.$queryRaw<{ n: number }[]>(withCtes(source, source.total));
      return row?.n ?? 0;
    }),
  };
}

/**
 * A ranking's SQL: its rows (`actorId` and datedCountSql, best first, before LIMIT) and its count, both
 * reading `ctes` (the pairs of a ranking grouped on the fly, a CTE `pairs(engagement_id, key,
 * counterpart_id)`) when given.
 */
export type RankingSource = { ctes?: Prisma.Sql; ranked: Prisma.Sql; total: Prisma.Sql };

/** A statement of the ranking with its CTEs in front. */
const withCtes = ({ ctes }: RankingSource, sql: Prisma.Sql) => (ctes ? Prisma.sql`WITH ${ctes} ${sql}` : sql);

/** The ranking's SQL, from counterpart_tally when it holds the answer; reads the database only for a topic filter. */
export async function rankingSource(
  prisma: PrismaClient,
  of: CounterpartsOf,
  after: CounterpartCursor | null,
): Promise<RankingSource> {
  return tallied(of) ? tallySource(of, after) : pairsSource(prisma, of, after);
}

const kindsJoin = (of: CounterpartsOf, column: string) =>
  of.kinds
    ? Prisma.sql`JOIN actor a ON a.id = ${Prisma.raw(column)} AND a.kind = ANY(${of.kinds}::"ActorKind"[])`
    : Prisma.empty;

/** The kept dyads, read from the index on (actor_id, count DESC, counterpart_id): a page costs its rows. */
function tallySource(of: CounterpartsOf, after: CounterpartCursor | null): RankingSource {
  const kinds = kindsJoin(of, "t.counterpart_id");
  const seek = after
    ? Prisma.sql`AND (t.count < ${after.count} OR (t.count = ${after.count} AND t.counterpart_id > ${after.actorId}::uuid))`
    : Prisma.empty;
  return {
    ranked: Prisma.sql`SELECT t.counterpart_id::text AS "actorId",
        ${datedCountSql({ count: "t.count", first: "t.first_key", last: "t.last_key" })}
      FROM counterpart_tally t ${kinds} WHERE t.actor_id = ${of.actorId}::uuid ${seek}
      ORDER BY t.count DESC, t.counterpart_id`,
    total: Prisma.sql`SELECT count(*)::int AS n FROM counterpart_tally t ${kinds} WHERE t.actor_id = ${of.actorId}::uuid`,
  };
}

/** With `representing:` or a filter: every pair of the actor's matching engagements, grouped. */
async function pairsSource(
  prisma: PrismaClient,
  of: CounterpartsOf,
  after: CounterpartCursor | null,
): Promise<RankingSource> {
  const conditions = await engagementConditions(prisma, of.filter);
  const pairs = pairsSql({ ...of, conditions, date: of.filter?.date });
  const kinds = kindsJoin(of, "r.counterpart_id");
  const seek = after
    ? Prisma.sql`WHERE (r.count < ${after.count} OR (r.count = ${after.count} AND r.counterpart_id > ${after.actorId}::uuid))`
    : Prisma.empty;
  return {
    ctes: pairs,
    ranked: Prisma.sql`SELECT r.counterpart_id::text AS "actorId", ${datedCountSql({ count: "r.count", first: "r.first_key", last: "r.last_key" })}
      FROM paired r ${kinds} ${seek}
      ORDER BY r.count DESC, r.counterpart_id`,
    total: Prisma.sql`SELECT count(*)::int AS n FROM paired r ${kinds}`,
  };
}

export type FindSharedEngagementsOptions = {
  prisma: PrismaClient;
  loaders: Loaders;
  counterpart: Counterpart;
  args: EngagementPageArgs;
};

/** The engagements a counterpart was counted for, newest first unless asked otherwise. */
export async function findSharedEngagements({ prisma, loaders, counterpart, args }: FindSharedEngagementsOptions) {
  const { of } = counterpart;
  // Tallied rankings batch their counterparts' pages into one statement.
  if (tallied(of)) return loaders.counterpartEngagements.load(of.actorId, counterpart.actorId, args as ConnectionArgs);
  const shared = sharedEngagementsSql(
    { ...of, conditions: await engagementConditions(prisma, of.filter), date: of.filter?.date },
    Prisma.sql`${counterpart.actorId}::uuid`,
  );
  return paginateSql<Engagement>({
    ...engagementTable,
    prisma,
    args: args as ConnectionArgs,
    where: [shared],
    sort: engagementSort(args.orderBy),
    load: (ids) => loadAll(loaders.engagement, ids),
  });
}
