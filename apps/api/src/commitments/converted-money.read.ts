import { Prisma, type PrismaClient } from "@accord/db";
import DataLoader from "dataloader";
import { batchOptions } from "../common/loader-factories";
import { column, custom, describeType, type FieldRead } from "../compiled-reads/describe";
import { objectJson } from "../compiled-reads/objects";
import { subSelections } from "../compiled-reads/selection";
import { columnOf, partialDateColumnsOf } from "../dates/partial-date.fields";
import type { ConvertedMoney } from "./converted-money.type";

/**
 * The types that answer `converted(currency:)`: their table and the partial date their amount is
 * valued at. Both lanes call accord_fx_convert (migration 20261206000300_fx_rates) with the row's
 * amount, currency and that date: the rule of which rate applies is written once, in SQL.
 */
const convertedAmounts = {
  Commitment: { table: "commitment", date: partialDateColumnsOf("Commitment", "made") },
  CommitmentStage: { table: "commitment_stage", date: partialDateColumnsOf("CommitmentStage", "occurred") },
};
export type ConvertedType = keyof typeof convertedAmounts;

const convertSql = (type: ConvertedType, row: string, target: Prisma.Sql) => {
  const { date } = convertedAmounts[type];
  const [first, precision] = [date.date, date.precision].map((field) => `${row}.${columnOf(field)}`);
  return Prisma.sql`accord_fx_convert(${Prisma.raw(`${row}.amount, ${row}.currency, ${first}, ${precision}`)}, ${target})`;
};

/** A conversion as accord_fx_convert's row gives it (alias `row`). */
export const convertedMoneyRead = describeType("ConvertedMoney", undefined, {
  amount: column("amount"),
  currency: column("currency"),
  rate: column("rate"),
  rateDate: column("rateDate"),
  base: column("base"),
  valueDate: column("valueDate"),
  missing: column("missing"),
  reason: column("reason"),
});

/** `converted(currency:)` of a row of `type`: null without an amount. */
export const convertedOf = (type: ConvertedType): FieldRead =>
  custom((c, row, nodes, typeName) => {
    const { currency } = c.args(typeName, nodes[0]) as { currency: string };
    const x = c.alias();
    const json = objectJson(c, "ConvertedMoney", x, subSelections(nodes));
    return Prisma.sql`(SELECT ${json} FROM ${convertSql(type, row, Prisma.sql`${currency}::text`)} ${Prisma.raw(x)})`;
  });

/** The resolvers' lane: conversions keyed by `${id} ${currency}`, one statement per batch. */
export function convertedLoader(prisma: PrismaClient, type: ConvertedType) {
  return new DataLoader<string, ConvertedMoney | null>(async (keys) => {
    const pairs = keys.map((key) => key.split(" "));
    const ids = pairs.map(([id]) => id);
    const targets = pairs.map(([, currency]) => currency);
    const rows = await prisma.$queryRaw<(ConvertedMoney & { key: string })[]>(Prisma.sql`
      SELECT k.id || ' ' || k.target AS key, trim_scale(x.amount)::text AS amount, x.currency, trim_scale(x.rate)::text AS rate,
        x.rate_date::text AS "rateDate", x.base, x.value_date::text AS "valueDate", x.missing, x.reason
      FROM unnest(${ids}::uuid[], ${targets}::text[]) AS k(id, target)
      JOIN ${Prisma.raw(convertedAmounts[type].table)} r ON r.id = k.id
      CROSS JOIN LATERAL ${convertSql(type, "r", Prisma.raw("k.target"))} x`);
    const found = new Map(rows.map(({ key, ...converted }) => [key, converted]));
    return keys.map((key) => found.get(key) ?? null);
  }, batchOptions);
}
