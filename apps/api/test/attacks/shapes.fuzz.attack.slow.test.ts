// Issue #14: attack shapes drawn with a fixed seed (nested lists, aliases, fragments spread under
// aliases, page sizes in variables, deep introspection) against a production-mode server. Every one
// is refused before any SQL with a code, or answered with no more nodes than its price; no 5xx, no
// stored data changed.
import { seedDatabase } from "@accord/db";
import type { GraphQLSchema } from "graphql";
import { buildAccordSchema } from "../../src/schema/build-schema";
import { AttackShapes, countNodes } from "../support/attack-shapes";
import { tableChecksums } from "../support/checksum";
import { type SafetyServer, startSafetyServer } from "../support/safety-server";

const seed = Number(process.env.ACCORD_ATTACK_SEED ?? 14);
const runs = Number(process.env.ACCORD_ATTACK_RUNS ?? 300);
const refusals = ["COST_LIMIT", "QUERY_TOO_COMPLEX", "BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED", "FORBIDDEN"];

let s: SafetyServer;
let schema: GraphQLSchema;
let before: Record<string, string>;

beforeAll(async () => {
  schema = await buildAccordSchema();
  s = await startSafetyServer({ env: { NODE_ENV: "production", ACCORD_RATE_LIMIT_ADDRESS: "0" } });
  await seedDatabase(s.db.prisma);
  before = await tableChecksums(s.db.url);
});

afterAll(async () => {
  expect(await tableChecksums(s.db.url)).toEqual(before);
  await s.close();
});

type Body = {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
  extensions?: { cost?: { requested: number; max: number } };
};

test(`${runs} attack shapes (seed ${seed}) are refused before SQL or answered within their price`, async () => {
  const shapes = new AttackShapes(schema, seed);
  const outcomes: Record<string, number> = {};
  for (let run = 0; run < runs; run += 1) {
    const operation = shapes.next();
    s.resetQueries();
    const response = await s.post(operation);
    const body = (await response.json()) as Body;
    const replay = `run ${run} of seed ${seed}: ${JSON.stringify(operation).slice(0, 600)}`;
    expect([replay, response.status < 500]).toEqual([replay, true]);
    if (body.extensions?.cost) {
      const { requested, max } = body.extensions.cost;
      const returned = countNodes(body.data) - 1;
      expect([replay, requested <= max, returned <= requested]).toEqual([replay, true, true]);
      outcomes.answered = (outcomes.answered ?? 0) + 1;
      // graphql-js answers at a field's first error while its siblings' SQL (and deferred loads) finish: let
      // them, before counting the next request's.
      await s.quiet();
    } else {
      const code = body.errors?.[0]?.extensions?.code ?? "none";
      expect([replay, refusals.includes(code), s.queries()]).toEqual([replay, true, 0]);
      outcomes[code] = (outcomes[code] ?? 0) + 1;
    }
  }
  // The seed draws both kinds: some answered, most of the dear ones refused.
  expect(outcomes.answered).toBeGreaterThan(runs / 20);
  expect((outcomes.COST_LIMIT ?? 0) + (outcomes.QUERY_TOO_COMPLEX ?? 0)).toBeGreaterThan(runs / 20);
}, 300_000);
