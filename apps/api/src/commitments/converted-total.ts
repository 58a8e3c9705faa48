import { Prisma, type PrismaClient } from "@accord/db";
import { Field, Int, ObjectType } from "type-graphql";
import { CurrencyScalar, DecimalScalar } from "../common/scalars";
import type { CommitmentCriteria } from "./commitment.criteria";
import { commitmentConditionsSql } from "./commitment.sql";
import { commitmentSource, stageSource } from "./commitment-rollup.sql";
import { groupColumns, groupKeysOf } from "./commitment-totals.service";
import { CommitmentGroupBy } from "./commitment-totals.type";

@ObjectType("ConvertedTotal", {
  description:
    "A group's amounts each converted at its own date (as `converted` on a commitment or stage), then added up; " +
    "amounts without a rate or date are left out and counted in `lacking`, never guessed.",
})
export class ConvertedTotal {
  @Field(() => CurrencyScalar, { description: "The currency asked for." })
  currency!: string;

  @Field(() => DecimalScalar, { nullable: true, description: "The sum of the converted amounts; null when none was." })
  amount!: string | null;

  @Field(() => Int, { description: "How many amounts were converted into `amount`." })
  converted!: number;

  @Field(() => Int, { description: "How many amounts of the group have no rate or no date: not in `amount`." })
  lacking!: number;
}

/** What a totals query asked: kept with each group so its conversion reads the same rows. */
export type TotalsQuery = { criteria: CommitmentCriteria; groupBy: CommitmentGroupBy[] };

/**
 * The converted sum of one group: the same rows as its total (the same source, count-once rule and
 * filter) matched on every key by `key(column)`, each converted by accord_fx_convert at its date
 * (a stage's when grouped by STAGE, else the commitment's made date). One row: currency, amount, converted, lacking.
 */
export function convertedTotalSql({ criteria, groupBy }: TotalsQuery, key: (column: string) => Prisma.Sql, to: string) {
  const keys = groupKeysOf(groupBy);
  const byStage = keys.includes(CommitmentGroupBy.STAGE);
  const source = byStage ? stageSource : commitmentSource;
  const date = byStage ? "c.occurred_on, c.occurred_on_precision" : "c.made_on, c.made_on_precision";
  const match = keys.map((k) => {
    const { group, as, column } = groupColumns[k];
    return Prisma.sql`${Prisma.raw(as ? `(${group})::${as}` : group)} IS NOT DISTINCT FROM ${key(column)}`;
  });
  const where = [...source.conditions, ...commitmentConditionsSql(criteria), ...match];
  return Prisma.sql`SELECT ${to}::text AS currency, sum(x.amount) AS amount, count(x.amount)::int AS converted,
      (count(*) - count(x.amount))::int AS lacking
    FROM ${Prisma.raw(source.table)} c
    CROSS JOIN LATERAL accord_fx_convert(c.amount, c.currency, ${Prisma.raw(date)}, ${to}::text) x
    WHERE ${Prisma.join(where, " AND ")}`;
}

/** The resolvers' lane: one group's converted sum, its keys as parameters. */
export async function convertTotal(
  prisma: PrismaClient,
  total: TotalsQuery & Record<string, unknown>,
  to: string,
): Promise<ConvertedTotal> {
  const sql = convertedTotalSql(total, (column) => Prisma.sql`${total[column] ?? null}`, to);
  const [row] = await prisma.$queryRaw<ConvertedTotal[]>(
    Prisma.sql`SELECT currency, trim_scale(amount)::text AS amount, converted, lacking FROM (${sql}) t`,
  );
  return row ?? { currency: to, amount: null, converted: 0, lacking: 0 };
}
