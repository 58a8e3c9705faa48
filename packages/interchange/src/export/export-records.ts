import type { PrismaClient } from "@accord/db";
import {
  actorsQuery,
  engagementsQuery,
  fxRatesQuery,
  sourcesQuery,
  standaloneCommitmentsQuery,
  topicsQuery,
} from "./export-queries";
import { createActorKeys, ownKeyOrder } from "./sql-parts";

export type ExportFilter = { kind?: string; from?: string; to?: string; scheme?: string };

type Where = { sql: string; params: unknown[] };

/** The SQL a filter's keys become on one kind of row (`r`); a key with no rule there keeps no row. */
type FilterRules = Record<keyof ExportFilter, ((param: string) => string) | undefined>;

// The last day a commitment's made date may cover, at its precision ("2025" runs to 2025-12-31).
const madeOnEnd = `(r.made_on + CASE r.made_on_precision WHEN 'YEAR' THEN interval '1 year'
  WHEN 'MONTH' THEN interval '1 month' ELSE interval '1 day' END - interval '1 day')::date`;

const engagementRules: FilterRules = {
  kind: (p) => `r.kind = ${p}::"EngagementKind"`,
  from: (p) => `r.span_end >= ${p}::date`,
  to: (p) => `r.start_date <= ${p}::date`,
  scheme: (p) => `r.external_scheme = ${p}`,
};

/**
 * A commitment of no engagement matches by its own fields: its made date overlaps from/to (one without a
 * date is left out), its id is of the scheme; it has no engagement kind, so a kind filter leaves it out.
 */
const standaloneRules: FilterRules = {
  kind: undefined,
  from: (p) => `${madeOnEnd} >= ${p}::date`,
  to: (p) => `r.made_on <= ${p}::date`,
  scheme: (p) => `r.external_scheme = ${p}`,
};

function whereOf(filter: ExportFilter, rules: FilterRules, always: string[] = []): Where {
  const clauses = [...always];
  const params: unknown[] = [];
  for (const key of Object.keys(rules) as (keyof ExportFilter)[]) {
    const value = filter[key];
    if (value === undefined) continue;
    const rule = rules[key];
    if (!rule) clauses.push("false");
    else {
      params.push(value);
      clauses.push(rule(`$${params.length}`));
    }
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(" AND ")}` : "", params };
}

/**
 * Writes the whole database (or the engagements and standalone commitments a filter keeps, with all
 * actors, topics, sources and rates) as interchange records, in a fixed order, from one consistent
 * snapshot: topics, actors, sources, engagements, the commitments of no engagement, then the rates.
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
      // Both selections first: a record refers to an engagement or commitment only when the export holds it.
      const select = async (order: string, from: string, where: Where) => {
        await tx.$executeRawUnsafe(
          `CREATE TEMP TABLE ${order} ON COMMIT DROP AS
           SELECT r.id, row_number() OVER (ORDER BY ${ownKeyOrder("r")}) AS rn FROM ${from} r ${where.sql}`,
          ...where.params,
        );
        await tx.$executeRawUnsafe(`ALTER TABLE ${order} ADD PRIMARY KEY (rn)`);
        await tx.$executeRawUnsafe(`CREATE UNIQUE INDEX ON ${order} (id)`);
        const [{ total }] = await tx.$queryRawUnsafe<[{ total: number }]>(
          `SELECT count(*)::int AS total FROM ${order}`,
        );
        return total;
      };
      const paged = async (total: number, query: string) => {
        for (let at = 0; at < total; at += pageSize) await emit(await tx.$queryRawUnsafe(query, at, at + pageSize));
      };
      const filter = options.filter ?? {};
      const engagements = await select("x_engagement_order", "engagement", whereOf(filter, engagementRules));
      const standalone = whereOf(filter, standaloneRules, ["r.engagement_id IS NULL"]);
      const commitments = await select("x_commitment_order", "commitment", standalone);
      await paged(engagements, engagementsQuery);
      await paged(commitments, standaloneCommitmentsQuery);
      await emit(await tx.$queryRawUnsafe(fxRatesQuery));
    },
    { timeout: 3_600_000, maxWait: 30_000, isolationLevel: "RepeatableRead" },
  );
  return count;
}
