import { required } from "@accord/domain";
import type { EngagementFilter } from "../engagements/engagement.input";
import type { StatementFilter } from "../statements/statement.input";
import type { Dimension, Measures } from "./counts.sql";
import { EngagementCountGroupBy as G } from "./engagement-counts.type";
import { StatementCountGroupBy as S } from "./statement-counts.type";

/** Where a count reads its rows: the table or a summary of it, aliased as the table's conditions expect. */
export type CountsSource<K extends string = G> = {
  from: string;
  dimensions: Record<K, Dimension>;
  measures?: Measures;
  where?: string;
  /** Each group is one row already (a key total): read in order, not grouped again. */
  oneRowPerGroup?: boolean;
  /** The most rows of a summary it reads (the product of the summary's keys' groups); absent: every matching row. */
  reads?: number;
};

/**
 * A filter on one key dimension's value, read as `column`; `pairs`: the summary of that value's records per
 * key of other dimensions (their numbers there), without attributes, its nil key their none group.
 */
type KeyFilter<K extends string> = { dim: K; column: string; pairs?: { table: string; dims: Map<K, number> } };

/**
 * What a family of summary tables keeps, all kept exact by triggers: counts per (year, month or 0, attributes)
 * (`month`), the same per (year, attributes) (`year`), and per key of one multi-valued or actor dimension with
 * the attributes (`keyTally`) and without them (`keyTotal`), the nil uuid being the dimension's none group.
 */
type SummaryPlan<K extends string, F> = {
  /** The alias the counted table's conditions use (`e`, `s`): the summaries take it too. */
  alias: string;
  year: K;
  quarter: K;
  month: K;
  /** Keys every summary row holds (kind, status): groupable and filterable everywhere. */
  attributes: Set<K>;
  /** The key dimensions and their number in the key summaries. */
  keyDims: Map<K, number>;
  /** The filters the attributes answer. */
  filters: Set<keyof F>;
  /** Filters on one key dimension's value (one id or a list): the key summaries' rows of those keys answer them. */
  keyFilters: Map<keyof F, KeyFilter<K>>;
  tables: { month: string; year: string; keyTally: string; keyTotal: string; monthTotal?: string };
};

// engagement_tally (migration 20261205191900) counts per (year, month or 0, kind, status),
// engagement_year_tally (20261206064500) per (year, kind, status); engagement_key_tally and
// engagement_key_total (20261205235500) per key of one dimension, with and without kind and status.
const engagementPlan: SummaryPlan<G, EngagementFilter> = {
  alias: "e",
  year: G.YEAR,
  quarter: G.QUARTER,
  month: G.MONTH,
  attributes: new Set([G.KIND, G.STATUS]),
  keyDims: new Map([
    [G.COUNTRY, 1],
    [G.TOPIC, 2],
    [G.PARTICIPANT, 3],
    [G.REPRESENTED, 4],
  ]),
  filters: new Set(["kind", "status"]),
  // engagement_country_key_tally (migration 20261207044327): a country's engagements per topic, participant
  // or represented actor.
  keyFilters: new Map([
    [
      "country",
      {
        dim: G.COUNTRY,
        column: "country_id",
        pairs: {
          table: "engagement_country_key_tally",
          dims: new Map([
            [G.TOPIC, 2],
            [G.PARTICIPANT, 3],
            [G.REPRESENTED, 4],
          ]),
        },
      },
    ],
  ]),
  tables: {
    month: "engagement_tally",
    year: "engagement_year_tally",
    keyTally: "engagement_key_tally",
    keyTotal: "engagement_key_total",
    // engagement_month_total (20261206214500): the month groups summed over kinds and statuses.
    monthTotal: "engagement_month_total",
  },
};

// statement_tally, statement_year_tally, statement_key_tally (1 speaker, 2 topic) and statement_key_total
// (migration 20261206115900): the same per statement kind, periods those of the statement's engagement.
const statementPlan: SummaryPlan<S, StatementFilter> = {
  alias: "s",
  year: S.YEAR,
  quarter: S.QUARTER,
  month: S.MONTH,
  attributes: new Set([S.KIND]),
  keyDims: new Map([
    [S.SPEAKER, 1],
    [S.TOPIC, 2],
  ]),
  filters: new Set(["kind", "kinds"]),
  keyFilters: new Map([
    ["speaker", { dim: S.SPEAKER, column: "speaker_id" }],
    ["speakers", { dim: S.SPEAKER, column: "speaker_id" }],
  ]),
  tables: {
    month: "statement_tally",
    year: "statement_year_tally",
    keyTally: "statement_key_tally",
    keyTotal: "statement_key_total",
  },
};

/**
 * The summary that holds the answer, so counts cost the same at any data size: the month summary for periods
 * and attributes (the year summary without quarters and months); a key summary for one key dimension, with
 * attributes (or its total, without). Filters on attributes only. Anything else (two key dimensions, a key
 * with a period, other filters) groups `rows`.
 */
function summarySource<K extends string, F extends object>(
  plan: SummaryPlan<K, F>,
  rows: CountsSource<K>,
  filter: F | null | undefined,
  groupBy: K[],
): CountsSource<K> {
  const given = Object.entries(filter ?? {}).filter(([, value]) => value != null);
  const filters = given.map(([name]) => name as keyof F);
  const keys = [...new Set(groupBy)];
  const keyFiltered = given.filter(([name]) => plan.keyFilters.has(name as keyof F));
  if (keyFiltered.length) return keyFilteredSource(plan, rows, keyFiltered, filters, keys);
  if (!filters.every((name) => plan.filters.has(name))) return rows;
  const periods = [plan.year, plan.quarter, plan.month];
  if (keys.every((key) => periods.includes(key) || plan.attributes.has(key))) {
    const fine = keys.includes(plan.quarter) || keys.includes(plan.month);
    if (!fine) return yearSource(plan, rows);
    // Without kinds, statuses or their filters, every kind and status of a month is one row.
    const total = !filters.length && !keys.some((key) => plan.attributes.has(key)) && plan.tables.monthTotal;
    return monthSource(plan, rows, total || plan.tables.month);
  }
  const [dim, ...more] = keys.filter((key) => plan.keyDims.has(key));
  if (!dim || more.length || !keys.every((key) => plan.keyDims.has(key) || plan.attributes.has(key))) return rows;
  return keySource(plan, rows, dim, filters.length > 0 || keys.some((key) => plan.attributes.has(key)));
}

/**
 * A filter on one key dimension's values (a speaker, a country) grouped by attributes (or by that key): the
 * key summary's rows of those values, under the filter's own condition on the column it names.
 */
function keyFilteredSource<K extends string, F>(
  plan: SummaryPlan<K, F>,
  rows: CountsSource<K>,
  keyFiltered: [string, unknown][],
  filters: (keyof F)[],
  keys: K[],
): CountsSource<K> {
  const targets = keyFiltered.map(([name]) => required(plan.keyFilters.get(name as keyof F), name));
  const [target, ...others] = targets;
  if (!target || others.some((other) => other.dim !== target.dim || other.column !== target.column)) return rows;
  const answered = filters.every((name) => plan.filters.has(name) || plan.keyFilters.has(name));
  const [key, ...more] = keys;
  const pairDim = key && !more.length ? target.pairs?.dims.get(key) : undefined;
  const oneValue = targets.length === 1 && filters.length === 1 && !Array.isArray(keyFiltered[0]?.[1]);
  // One value grouped by one other key alone: that value's rows of the pair summary, one a group.
  if (key && pairDim && target.pairs && oneValue) return pairSource(plan, rows, target.pairs.table, key, pairDim);
  if (!answered || !keys.every((key) => key === target.dim || plan.attributes.has(key))) return rows;
  const source = keySource(plan, rows, target.dim, true);
  const a = plan.alias;
  const values = keyFiltered.reduce((n, [, value]) => n * (Array.isArray(value) ? value.length : 1), 1);
  return {
    ...source,
    // The key under the filtered column's name, so the filter's own condition reads it; the nil key is no value.
    from: `(SELECT t.*, t.key AS ${target.column} FROM ${plan.tables.keyTally} t) ${a}`,
    where: `${source.where} AND ${a}.key <> '00000000-0000-0000-0000-000000000000'`,
    reads: values * summaryRows(rows, plan.attributes),
  };
}

/** The pair summary's rows of one filtered value (its column) and one key dimension, one row a group. */
function pairSource<K extends string, F>(
  plan: SummaryPlan<K, F>,
  rows: CountsSource<K>,
  table: string,
  key: K,
  dim: number,
): CountsSource<K> {
  const source = keySource(plan, rows, key, false);
  return {
    ...source,
    from: `${table} ${plan.alias}`,
    where: `${plan.alias}.dim = ${dim}`,
    reads: summaryRows(rows, [key]),
  };
}

/** The most rows of a summary keyed by these dimensions, each by its possible groups. */
const summaryRows = <K extends string>(rows: CountsSource<K>, keys: Iterable<K>) =>
  [...keys].reduce((n, key) => n * rows.dimensions[key].groups, 1);

const summedMeasures = (a: string): Measures => ({
  count: `sum(${a}.count)`,
  first: `min(${a}.first_key)`,
  last: `max(${a}.last_key)`,
});

function monthSource<K extends string, F>(
  plan: SummaryPlan<K, F>,
  rows: CountsSource<K>,
  table: string,
): CountsSource<K> {
  const a = plan.alias;
  const year = { sql: `${a}.year`, column: "year" };
  return {
    from: `${table} ${a}`,
    // Month 0 is the month-unknown bucket; the same groups (and price) as the rows' keys.
    dimensions: {
      ...rows.dimensions,
      [plan.year]: { ...rows.dimensions[plan.year], columns: [year] },
      [plan.quarter]: {
        ...rows.dimensions[plan.quarter],
        columns: [year, { sql: `CASE WHEN ${a}.month = 0 THEN NULL ELSE (${a}.month + 2) / 3 END`, column: "quarter" }],
      },
      [plan.month]: {
        ...rows.dimensions[plan.month],
        columns: [year, { sql: `NULLIF(${a}.month, 0)::int`, column: "month" }],
      },
    },
    measures: summedMeasures(a),
    reads: summaryRows(rows, table === plan.tables.monthTotal ? [plan.month] : [plan.month, ...plan.attributes]),
  };
}

/** The year summary: the month groups summed per year, for groupings without finer periods. */
function yearSource<K extends string, F>(plan: SummaryPlan<K, F>, rows: CountsSource<K>): CountsSource<K> {
  const a = plan.alias;
  return {
    from: `${plan.tables.year} ${a}`,
    dimensions: {
      ...rows.dimensions,
      [plan.year]: { ...rows.dimensions[plan.year], columns: [{ sql: `${a}.year`, column: "year" }] },
    },
    measures: summedMeasures(a),
    reads: summaryRows(rows, [plan.year, ...plan.attributes]),
  };
}

/** The key summary of one dimension; its nil key is the dimension's null group. */
function keySource<K extends string, F>(
  plan: SummaryPlan<K, F>,
  rows: CountsSource<K>,
  key: K,
  byAttributes: boolean,
): CountsSource<K> {
  const a = plan.alias;
  const dimension = rows.dimensions[key];
  const column = required(dimension.columns[0], `a column of the ${key} grouping`);
  // A key total is one row a key: a ranking reads the first rows of its (dim, count DESC, key) index.
  const measures = byAttributes
    ? summedMeasures(a)
    : { count: `${a}.count`, first: `${a}.first_key`, last: `${a}.last_key` };
  return {
    from: `${byAttributes ? plan.tables.keyTally : plan.tables.keyTotal} ${a}`,
    dimensions: {
      ...rows.dimensions,
      [key]: {
        groups: dimension.groups,
        columns: [{ ...column, sql: `NULLIF(${a}.key, '00000000-0000-0000-0000-000000000000')` }],
      },
    },
    measures,
    oneRowPerGroup: !byAttributes,
    reads: summaryRows(rows, byAttributes ? [key, ...plan.attributes] : [key]),
    where: `${a}.dim = ${plan.keyDims.get(key)}`,
  };
}

/** Where engagementCounts reads: engagement_tally and its kin when they hold the answer, else the engagements. */
export const countsSource = (rows: CountsSource<G>, filter: EngagementFilter | null | undefined, groupBy: G[]) =>
  summarySource(engagementPlan, rows, filter, groupBy);

/** Where statementCounts reads: statement_tally and its kin when they hold the answer, else the statements. */
export const statementCountsSource = (
  rows: CountsSource<S>,
  filter: StatementFilter | null | undefined,
  groupBy: S[],
) => summarySource(statementPlan, rows, filter, groupBy);
