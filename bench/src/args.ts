// `pnpm bench [--suite core|everyday|analytics|probe|all] [--engagements N[,N…]] [--duration S] [--connections C] [--warmup S]
//   [--servers …] [--queries …] [--fresh]`
import { parseArgs } from "node:util";
import { analyticsSuiteQueries } from "./analytics-suite";
import { everydayQueries } from "./everyday-queries";
import { probeQueries } from "./probe-queries";
import type { CoreQuery, QueryName, ServerName } from "./queries";

export type BenchArgs = {
  sizes: number[];
  duration: number;
  warmup: number;
  connections: number;
  servers: ServerName[];
  queries: QueryName[];
  fresh: boolean;
  server: string;
};

const allServers: ServerName[] = ["accord", "postgraphile", "floor"];
const coreQueries: CoreQuery[] = ["Q1", "Q2", "Q3", "Q4", "Q5"];
const analyticsQueries: QueryName[] = ["Q6", "Q7", "Q8", "Q9", ...analyticsSuiteQueries];
/** Suite 1 (core): Q1–Q5; suite 2 (everyday): E1–E17; suite 3 (analytics): Q6–Q9 and A1–A40; probe: P1–P26; all: every one. */
const suites = {
  core: coreQueries,
  everyday: everydayQueries,
  analytics: analyticsQueries,
  probe: probeQueries,
  all: [...coreQueries, ...everydayQueries, ...analyticsQueries, ...probeQueries],
};
const allQueries: QueryName[] = suites.all;

function positive(name: string, text: string): number {
  const value = Number(text.replaceAll("_", ""));
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name}: "${text}" is not a positive whole number`);
  return value;
}

function subset<T extends string>(name: string, text: string | undefined, all: T[]): T[] {
  if (!text) return all;
  const picked = text.split(",").map((item) => item.trim());
  const unknown = picked.filter((item) => !all.includes(item as T));
  if (unknown.length) throw new Error(`--${name}: unknown ${unknown.join(", ")} (choose from ${all.join(", ")})`);
  return picked as T[];
}

function suiteQueries(suite: string): QueryName[] {
  if (!(suite in suites)) throw new Error(`--suite: unknown ${suite} (choose from ${Object.keys(suites).join(", ")})`);
  return suites[suite as keyof typeof suites];
}

export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv.filter((arg) => arg !== "--"),
    options: {
      engagements: { type: "string", default: "100000" },
      duration: { type: "string", default: "10" },
      warmup: { type: "string", default: "3" },
      connections: { type: "string", default: "10" },
      servers: { type: "string" },
      queries: { type: "string" },
      suite: { type: "string", default: "core" },
      fresh: { type: "boolean", default: false },
    },
  });
  return {
    sizes: values.engagements.split(",").map((size) => positive("engagements", size)),
    duration: positive("duration", values.duration),
    warmup: Number(values.warmup),
    connections: positive("connections", values.connections),
    servers: subset("servers", values.servers, allServers),
    queries: values.queries ? subset("queries", values.queries, allQueries) : suiteQueries(values.suite),
    fresh: values.fresh,
    server: process.env.ACCORD_BENCH_SERVER ?? "postgresql://postgres@127.0.0.1:5432",
  };
}
