import { inheritedNames, ownEntry } from "./own";

test("no inherited name picks an entry of a lookup table", () => {
  const table: Record<string, number> = { one: 1 };
  expect(inheritedNames).toEqual(expect.arrayContaining(["constructor", "__proto__", "toString", "valueOf"]));
  for (const name of inheritedNames) expect(ownEntry(table, name)).toBeUndefined();
  expect(ownEntry(table, "one")).toBe(1);
});
