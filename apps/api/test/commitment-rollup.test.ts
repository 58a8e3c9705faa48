import { toGlobalId as gid } from "../src/common/global-id";
import {
  commitmentsInJavaScript,
  expectedSummary,
  CommitmentGroupBy as G,
  rollupDrift,
  sorted,
  summaryRowsAsIs,
  type TotalsShape,
  totalsRows,
} from "./support/commitment-totals-check";
import { useTestServer } from "./support/test-server";
import { useTestTokens } from "./support/tokens";

const t = useTestServer();
const auth = useTestTokens(t);
const actors: Record<"a" | "b" | "c", string> = { a: "", b: "", c: "" };
const dbId = (globalId: string) => Buffer.from(globalId, "base64url").toString("utf8").split(":")[1]!;

beforeAll(async () => {
  for (const name of ["a", "b", "c"] as const) {
    actors[name] = (await t.db.prisma.actor.create({ data: { kind: "STATE", name: `State ${name}` } })).id;
  }
});

async function mutate<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>): Promise<T> {
  const result = await t.gql<Record<string, T>>(query, variables, auth.editor);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0]!;
}

async function create(input: Record<string, unknown>): Promise<string> {
  const query = "mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }";
  const base = { committerId: gid("Actor", actors.a), kind: "FINANCIAL", description: "Aid", status: "PLEDGED" };
  return (await mutate<{ id: string }>(query, { input: { ...base, ...input } })).id;
}

async function update(id: string, changes: Record<string, unknown>): Promise<void> {
  const { version } = await t.db.prisma.commitment.findUniqueOrThrow({ where: { id: dbId(id) } });
  const query = "mutation($input: UpdateCommitmentInput!) { updateCommitment(input: $input) { id } }";
  await mutate(query, { input: { id, version, ...changes } });
}

// The shapes the rollup serves, and shapes it must leave to the commitment table.
function shapes(): { served: TotalsShape[]; notServed: TotalsShape[] } {
  const { a, b } = actors;
  return {
    served: [
      [{}, []],
      [{}, [G.COMMITTER, G.CURRENCY]],
      [{}, [G.STATUS]],
      [{}, [G.COMMITTER, G.STATUS]],
      [{ committerIds: [a] }, [G.STATUS]],
      [{ statuses: ["PLEDGED", "DELIVERED"] }, [G.COMMITTER]],
      [{ currency: "EUR" }, [G.COMMITTER, G.STATUS]],
      [{ committerIds: [a, b], statuses: ["PLEDGED"], currency: "USD" }, []],
      [{ committerIds: [] }, [G.COMMITTER]],
    ],
    notServed: [
      [{}, [G.KIND]],
      [{}, [G.BENEFICIARY, G.COMMITTER]],
      [{}, [G.YEAR]],
      [{ minAmount: "100" }, [G.COMMITTER]],
      [{ kinds: ["FINANCIAL"] }, [G.STATUS]],
      [{ beneficiaryIds: [b], statuses: ["PLEDGED"] }, []],
    ],
  };
}

/** After each step: the rollup equals the sums from the commitment table, and every shape answers as it should. */
async function expectExact(step: string): Promise<void> {
  const p = t.db.prisma;
  expect({ step, drift: await rollupDrift(p) }).toEqual({ step, drift: [] });
  const { served, notServed } = shapes();
  // Nothing writes while a step is checked: one read of the tables serves every shape's JavaScript count.
  const totalsInJavaScript = await commitmentsInJavaScript(p);
  for (const shape of served) {
    const viaRollup = await totalsRows(p, shape);
    const direct = await totalsRows(p, shape, true);
    expect({
      step,
      shape,
      from: viaRollup.text.match(/FROM (\w+) c/)?.[1],
      summed: viaRollup.text.includes("GROUP BY"),
    }).toEqual({ step, shape, from: expectedSummary(shape), summed: !summaryRowsAsIs(shape) });
    expect({ step, shape, rows: viaRollup.rows }).toEqual({ step, shape, rows: direct.rows });
    expect({ step, shape, rows: sorted(viaRollup.rows) }).toEqual({
      step,
      shape,
      rows: totalsInJavaScript(shape),
    });
  }
  for (const shape of notServed) {
    const { text, rows } = await totalsRows(p, shape);
    expect({ step, shape, from: text.match(/FROM (\w+) c/)?.[1] }).toEqual({ step, shape, from: "commitment" });
    expect({ step, shape, rows: sorted(rows) }).toEqual({ step, shape, rows: totalsInJavaScript(shape) });
  }
}

describe("commitment_rollup", () => {
  it("stays equal to the commitment table through API writes, raw SQL, links, cascades and bulk statements", async () => {
    const p = t.db.prisma;
    const { a, b, c } = actors;
    const beneficiary = gid("Actor", b);
    const first = await create({ amount: "100.5", currency: "USD", beneficiaryId: beneficiary, made: "2024-03-01" });
    const second = await create({ amount: "0.25", currency: "USD", kind: "MILITARY" });
    const euros = await create({ amount: "7", currency: "EUR", status: "ANNOUNCED" });
    const noMoney = await create({ description: "A promise without money" });
    await create({ committerId: gid("Actor", b), amount: "1000000", currency: "USD", status: "DELIVERED" });
    await expectExact("created through the API");

    await update(first, { amount: "200" });
    await update(euros, { currency: "GBP" });
    await update(second, { committerId: gid("Actor", c) });
    await update(euros, { status: "DELIVERED" });
    await update(noMoney, { amount: "3", currency: "KRW" });
    await update(first, { description: "Aid, renamed" });
    await expectExact("amount, currency, committer and status changed");

    const links = [{ kind: "SUPERSEDES", toId: first }];
    const revised = await create({ amount: "300", currency: "USD", status: "ANNOUNCED", links });
    await expectExact("a SUPERSEDES link added");
    await update(revised, { links: [] });
    await expectExact("the link removed");
    await update(revised, { links });
    await mutate("mutation($id: ID!) { deleteCommitment(id: $id) }", { id: revised });
    await expectExact("the superseding commitment deleted, so the superseded one counts again");

    // 600 commitments in one statement: three committers, four currencies, every status, one in five without money.
    await p.$executeRawUnsafe(`
      INSERT INTO commitment (id, committer_id, beneficiary_id, kind, description, amount, currency, status, updated_at)
      SELECT gen_random_uuid(), (ARRAY['${a}', '${b}', '${c}']::uuid[])[1 + i % 3], '${b}', 'FINANCIAL', 'bulk ' || i,
             CASE WHEN i % 5 = 0 THEN NULL ELSE (i * 1.25)::numeric END,
             CASE WHEN i % 5 = 0 THEN NULL ELSE (ARRAY['USD', 'EUR', 'KRW', 'JPY'])[1 + i % 4] END,
             (enum_range(NULL::"CommitmentStatus"))[1 + i % 7], now()
        FROM generate_series(1, 600) i`);
    await expectExact("bulk INSERT … SELECT");

    await p.$executeRawUnsafe(
      `UPDATE commitment SET status = 'LAPSED' WHERE description LIKE 'bulk %' AND amount < 200`,
    );
    await p.$executeRawUnsafe(`UPDATE commitment SET amount = amount + 1 WHERE description LIKE 'bulk %1'`);
    await p.$executeRawUnsafe(
      `UPDATE commitment SET description = description || '.' WHERE description LIKE 'bulk 2%'`,
    );
    await expectExact("bulk UPDATEs");

    // Each bulk commitment whose number ends in 1 supersedes the next one; those ending in 6 follow it.
    await p.$executeRawUnsafe(`
      INSERT INTO commitment_link (from_id, to_id, kind)
      SELECT f.id, t.id, CASE WHEN f.n % 10 = 1 THEN 'SUPERSEDES' ELSE 'FOLLOWS' END::"CommitmentLinkKind"
        FROM (SELECT id, split_part(description, ' ', 2)::int AS n FROM commitment WHERE description ~ '^bulk \\d+$') f
        JOIN (SELECT id, split_part(description, ' ', 2)::int AS n FROM commitment WHERE description ~ '^bulk \\d+$') t
          ON t.n = f.n + 1 WHERE f.n % 5 = 1`);
    await expectExact("bulk links");
    await p.$executeRawUnsafe(`UPDATE commitment_link SET kind = 'SUPERSEDES' WHERE kind = 'FOLLOWS'`);
    await expectExact("links turned into SUPERSEDES");
    await p.$executeRawUnsafe(
      `DELETE FROM commitment_link WHERE to_id IN (SELECT id FROM commitment WHERE committer_id = '${a}')`,
    );
    await expectExact("links deleted");
    await p.$executeRawUnsafe(
      `DELETE FROM commitment WHERE id IN (SELECT from_id FROM commitment_link) AND committer_id = '${c}'`,
    );
    await expectExact("superseding commitments deleted, their links cascading");

    await mutate("mutation($keep: ID!, $merge: ID!) { mergeActors(keepId: $keep, mergeId: $merge) { id } }", {
      keep: gid("Actor", a),
      merge: gid("Actor", c),
    });
    await expectExact("actors merged: the duplicate's commitments moved");
    await p.$executeRawUnsafe(`DELETE FROM commitment WHERE committer_id = '${b}'`);
    await expectExact("an actor's commitments deleted");
    await create({ amount: "1", currency: "USD", links: [...links, { kind: "SUPERSEDES", toId: noMoney }] });
    await expectExact("two commitments superseded by one");
    await p.$executeRawUnsafe("TRUNCATE commitment_link");
    await expectExact("links truncated");
  });

  it("answers the benchmark's query from the rollup with the commitment table's numbers", async () => {
    const query = "{ commitmentTotals(groupBy: [COMMITTER, CURRENCY]) { committer { id } currency total count } }";
    const { rows } = await totalsRows(t.db.prisma, [{}, [G.COMMITTER, G.CURRENCY]], true);
    expect(rows.length).toBeGreaterThan(0);
    expect(await t.gql(query)).toEqual({
      data: {
        commitmentTotals: rows.map((row) => ({
          committer: { id: gid("Actor", row.committerId as string) },
          currency: row.currency,
          total: row.total,
          count: row.count,
        })),
      },
    });
  });

  it("empties when the commitment table is truncated", async () => {
    await t.db.prisma.$executeRawUnsafe("TRUNCATE commitment CASCADE");
    const rows =
      "SELECT (SELECT count(*) FROM commitment_rollup)::int AS fine, (SELECT count(*) FROM commitment_rollup_committer)::int AS coarse";
    expect(await t.db.prisma.$queryRawUnsafe(rows)).toEqual([{ fine: 0, coarse: 0 }]);
  });
});
