// Every read the SDK ships (packages/sdk/operations) is answered by the compiled path, one SQL
// statement, not by the resolvers: a new operation, or a field added to one, that falls back fails here.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { seedScheme } from "@accord/db";
import {
  type DefinitionNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  visit,
} from "graphql";
import { toGlobalId } from "../src/common/global-id";
import { resolverOnly } from "../src/compiled-reads/resolver-only";
import { loadLimitsConfig } from "../src/limits/limits.config";
import { startTestServer, type TestServer } from "./support/test-server";

const operationsDir = join(__dirname, "../../../packages/sdk/operations");

const definitions = readdirSync(operationsDir)
  .filter((file) => file.endsWith(".graphql"))
  .flatMap((file) => parse(readFileSync(join(operationsDir, file), "utf8")).definitions);
const fragments = new Map(
  definitions
    .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
    .map((d) => [d.name.value, d]),
);

/** The fragments a definition spreads, and the ones they spread: what the SDK's documents carry with it. */
function spreadFragments(node: DefinitionNode, found = new Map<string, FragmentDefinitionNode>()) {
  visit(node, {
    FragmentSpread(spread) {
      const fragment = fragments.get(spread.name.value)!;
      if (found.has(fragment.name.value)) return;
      found.set(fragment.name.value, fragment);
      spreadFragments(fragment, found);
    },
  });
  return [...found.values()];
}

/** The SDK's query operations by name, each with its document (the fragments it uses, from any file, included). */
const operations = definitions
  .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.operation === "query")
  .map((d) => ({
    name: d.name!.value,
    text: print({ kind: Kind.DOCUMENT, definitions: [d, ...spreadFragments(d)] }),
    roots: rootFields(d),
  }));

/** The root fields an operation selects, as "Query.field". */
function rootFields(operation: OperationDefinitionNode): string[] {
  return operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [`Query.${s.name.value}`] : []));
}

// Operations on a root field the compiled path leaves to the resolvers (compiled-reads/resolver-only.ts,
// each with its reason: the audit log is an ADMIN's read) are answered by the resolvers.
const leftToResolvers = (roots: string[]) => roots.some((root) => Object.hasOwn(resolverOnly, root));

let t: TestServer;
const answered: (string | null)[] = [];
let ids: Record<string, string>;

beforeAll(async () => {
  const defaults = loadLimitsConfig({});
  const limits = { ...defaults, rateLimit: { ...defaults.rateLimit, address: 0, token: 0 } };
  t = await startTestServer({ limits, compiledReads: { onAnswered: (name) => answered.push(name) }, seed: true });
  const actor = async (key: string) =>
    (
      await t.db.prisma.actorIdentifier.findUniqueOrThrow({
        where: { scheme_value: { scheme: seedScheme, value: `actor:${key}` } },
      })
    ).actorId;
  const engagement = await t.db.prisma.engagement.findFirstOrThrow({
    where: { externalScheme: seedScheme, externalValue: "engagement:2" },
  });
  const commitment = await t.db.prisma.commitment.findFirstOrThrow({
    where: { externalScheme: seedScheme, externalValue: "commitment:C1" },
  });
  ids = {
    rok: toGlobalId("Actor", await actor("rok")),
    engagement: toGlobalId("Engagement", engagement.id),
    commitment: toGlobalId("Commitment", commitment.id),
  };
});

afterAll(async () => {
  await t?.close();
});

/** Variables for each operation, as a client would send them. */
const variablesOf = (name: string): Record<string, unknown> | undefined =>
  ({
    Actor: { id: ids.rok },
    Actors: { filter: { kind: ["STATE"] }, first: 10 },
    CommitmentStages: { id: ids.commitment },
    CommitmentStagesConverted: { id: ids.commitment, currency: "EUR" },
    CommitmentTotals: { groupBy: ["COMMITTER", "CURRENCY"] },
    EngagementCounts: { groupBy: ["YEAR", "COUNTRY"] },
    StatementCounts: { groupBy: ["SPEAKER", "KIND"], orderBy: "COUNT" },
    Counterparts: { actor: ids.rok, first: 10, engagements: 5 },
    PledgedVsDelivered: {},
    Commitments: { filter: { committer: ids.rok }, first: 10 },
    EngagementDetail: { id: ids.engagement },
    EngagementsOfActor: { actors: [ids.rok], first: 10 },
    Engagements: { first: 10 },
    OfficeHolders: { office: "Foreign Minister", on: "2025-04-02" },
    Search: { query: "korea", first: 10 },
    Sources: { first: 10 },
    Statements: { first: 10 },
    Topics: { first: 10 },
  })[name];

test("the SDK has query operations to check", () => {
  expect(operations.length).toBeGreaterThan(10);
});

test.each(operations.map((operation) => [operation.name, operation] as const))("%s", async (name, operation) => {
  if (leftToResolvers(operation.roots)) return;
  const variables = variablesOf(name);
  // A new operation needs variables here, so that it is checked.
  expect(variables).toBeDefined();
  answered.length = 0;
  const response = await fetch(t.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: operation.text, operationName: name, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  expect(answered).toEqual([name]);
});
