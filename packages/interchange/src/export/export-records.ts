import type { PrismaClient } from "@accord/db";
import { actorsQuery, engagementsQuery, sourcesQuery, standaloneCommitmentsQuery, topicsQuery } from "./export-queries";
import { createActorKeys, ownKeyOrder } from "./sql-parts";

export type ExportFilter = { kind?: string; from?: string; to?: string; scheme?: string };

function engagementWhere(filter: ExportFilter): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    params.push(value);
    clauses.push(clause.replace("?", `$${params.length}`));
  };
  if (filter.kind) add(`r.kind = ?::"EngagementKind"`, filter.kind);
  if (filter.from) add("r.span_end >= ?::date", filter.from);
  if (filter.to) add("r.start_date <= ?::date", filter.to);
  if (filter.scheme) add("r.external_scheme = ?", filter.scheme);
  return { sql: clauses.length ? `WHERE ${clauses.join(" AND ")}` : "", params };
}

/**
 * Writes the whole database (or the engagements a filter keeps, with all actors, topics and sources)
 * as interchange records, in a fixed order, from one consistent snapshot: topics, actors, sources,
 * engagements, then the commitments of no engagement.
 */
export async function exportRecords(options: {
  prisma: PrismaClient;
  filter?: ExportFilter;
  write: (line: string) => Promise<void>;
  pageSize?: number;
}): Promise<number> {
  const pageSize = options.pageSize ?? 500;
  let count = 0;
  await options.prisma.$transaction(
    async (tx) => {
      const emit = async (rows: { r: unknown }[]) => {
        for (const row of rows) await options.write(`${JSON.stringify(row.r)}\n`);
        count += rows.length;
      };
      // JIT compiling the big per-page query costs about a second a page, more than running it.
      await tx.$executeRawUnsafe("SET LOCAL jit = off");
      await tx.$executeRawUnsafe(createActorKeys);
      await tx.$executeRawUnsafe("ALTER TABLE x_actor_key ADD PRIMARY KEY (id)");
      await emit(await tx.$queryRawUnsafe(topicsQuery));
      await emit(await tx.$queryRawUnsafe(actorsQuery));
      await emit(await tx.$queryRawUnsafe(sourcesQuery));
      const paged = async (order: string, from: string, where: { sql: string; params: unknown[] }, query: string) => {
        await tx.$executeRawUnsafe(
          `CREATE TEMP TABLE ${order} ON COMMIT DROP AS
           SELECT r.id, row_number() OVER (ORDER BY ${ownKeyOrder("r")}) AS rn FROM ${from} r ${where.sql}`,
          ...where.params,
        );
        await tx.$executeRawUnsafe(`ALTER TABLE ${order} ADD PRIMARY KEY (rn)`);
        const [{ total }] = await tx.$queryRawUnsafe<[{ total: number }]>(
          `SELECT count(*)::int AS total FROM ${order}`,
        );
        for (let at = 0; at < total; at += pageSize) await emit(await tx.$queryRawUnsafe(query, at, at + pageSize));
      };
      const filtered = Object.values(options.filter ?? {}).some((value) => value !== undefined);
      await paged("x_engagement_order", "engagement", engagementWhere(options.filter ?? {}), engagementsQuery);
      // Filters choose engagements: commitments of no engagement are written only by a whole export.
      if (!filtered) {
        const standalone = { sql: "WHERE r.engagement_id IS NULL", params: [] };
        await paged("x_commitment_order", "commitment", standalone, standaloneCommitmentsQuery);
      }
    },
    { timeout: 3_600_000, maxWait: 30_000, isolationLevel: "RepeatableRead" },
  );
  return count;
}
