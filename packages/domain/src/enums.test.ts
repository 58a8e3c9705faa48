import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isOneOf, statementKinds, vocabularies } from "./enums";

// Reads `enum Name { A B }` blocks from the Prisma schema so the two lists cannot drift apart.
function prismaEnums(schema: string): Record<string, string[]> {
  const enums: Record<string, string[]> = {};
  for (const match of schema.matchAll(/^enum\s+(\w+)\s*\{([^}]*)\}/gm)) {
    const values = match[2]!
      .split("\n")
      .map((line) => line.replace(/\/\/.*$/, "").trim())
      .filter((line) => line.length > 0)
      .map((line) => line.split(/\s+/)[0]!);
    enums[match[1]!] = values;
  }
  return enums;
}

describe("vocabularies", () => {
  const schema = readFileSync(join(__dirname, "../../../prisma/schema.prisma"), "utf8");

  it("has exactly the enums of prisma/schema.prisma, with the same values in the same order", () => {
    const fromSchema = prismaEnums(schema);
    const fromDomain = Object.fromEntries(Object.entries(vocabularies).map(([name, values]) => [name, [...values]]));
    expect(fromDomain).toEqual(fromSchema);
  });

  it("finds the schema's enums at all (the parser is not silently empty)", () => {
    expect(Object.keys(prismaEnums(schema)).sort()).toEqual(Object.keys(vocabularies).sort());
    expect(prismaEnums("enum X {\n  A // first\n  B\n}\n")).toEqual({ X: ["A", "B"] });
  });

  it("narrows values with isOneOf", () => {
    expect(isOneOf(statementKinds, "PLEDGE")).toBe(true);
    expect(isOneOf(statementKinds, "pledge")).toBe(false);
    expect(isOneOf(statementKinds, 3)).toBe(false);
  });
});
