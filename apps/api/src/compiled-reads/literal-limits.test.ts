import { withLiteralEnums, withLiteralLimits } from "./literal-limits";

test("page sizes become numbers in the text, the other parameters keep their order under new numbers", () => {
  const sql = {
    text: "SELECT * FROM (SELECT * FROM e WHERE e.c = $1 LIMIT $2) x WHERE x.k > $3 OFFSET $4 LIMIT\n$5",
    values: ["c", 21, "k", 0, 11],
  };
  expect(withLiteralLimits(sql)).toEqual({
    text: "SELECT * FROM (SELECT * FROM e WHERE e.c = $1 LIMIT 21) x WHERE x.k > $2 OFFSET 0 LIMIT\n11",
    values: ["c", "k"],
  });
});

test("a LIMIT whose value is not a whole number stays a parameter; $10 is not $1", () => {
  const values = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", 5];
  const text = "SELECT $1, $10 LIMIT $11";
  expect(withLiteralLimits({ text, values })).toEqual({ text: "SELECT $1, $10 LIMIT 5", values: values.slice(0, 10) });
  const unchanged = { text: "SELECT $1 LIMIT $2", values: ["a", "2"] };
  expect(withLiteralLimits(unchanged)).toBe(unchanged);
});

test("enum values become labels in the text; an = ANY list sorted and deduplicated", () => {
  const sql = {
    text: `SELECT * FROM a WHERE a.kind = ANY($1::"ActorKind"[]) AND a.id > $2 AND a.k = $3::"StatementKind"`,
    values: [["STATE", "PERSON", "STATE"], "x", "CLAIM"],
  };
  expect(withLiteralEnums(sql)).toEqual({
    text: `SELECT * FROM a WHERE a.kind = ANY('{PERSON,STATE}'::"ActorKind"[]) AND a.id > $1 AND a.k = 'CLAIM'::"StatementKind"`,
    values: ["x"],
  });
});

test("an enum parameter also used uncast, or not a label, stays a parameter", () => {
  const reused = { text: `SELECT $1::"ActorKind", $1`, values: ["STATE"] };
  expect(withLiteralEnums(reused)).toBe(reused);
  const odd = { text: `SELECT $1::"ActorKind", $2::"ActorKind"[]`, values: ["x'; --", ["STATE", 1]] };
  expect(withLiteralEnums(odd)).toBe(odd);
});
