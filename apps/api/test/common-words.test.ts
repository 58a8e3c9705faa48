import { Prisma } from "@accord/db";
import { createTestDatabase, type TestDatabase } from "@accord/db/testing";
import { toPrefixQuery } from "@accord/domain";
import { type WordsTable, wordsCondition } from "../src/search/common-words";
import { generateEngagements } from "./support/generate-engagements";

// Words filters (docs/search.md, "Words filters"): each word looked up in the GIN index or tested on each row
// by its share of the table's rows. Every generated statement holds "statement" and every engagement
// "meeting"; "word417" is in ~0.3% of them, and prefixes such as "1" or "word1" expand to many rare lexemes
// that together are in more than 10% of the rows (counted in search_posting, not listed by ANALYZE).
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await generateEngagements(db.prisma, { actors: 500, engagements: 3_000 });
}, 60_000);

afterAll(() => db.drop());

const aliases: Record<WordsTable, Prisma.Sql> = { statement: Prisma.sql`s`, engagement: Prisma.sql`e` };

async function ids(table: WordsTable, condition: Prisma.Sql): Promise<string[]> {
  const rows = await db.prisma.$queryRaw<{ id: string }[]>`
    SELECT ${aliases[table]}.id::text AS id FROM ${Prisma.raw(table)} ${aliases[table]} WHERE ${condition} ORDER BY 1`;
  return rows.map((row) => row.id);
}

/** How each word was tested: looked up (`@@`) or on each row (`ts_match_vq`), with its query. */
function forms(condition: Prisma.Sql): { lookedUp?: unknown; onEachRow?: unknown } {
  const lookedUp = condition.text.includes("@@") ? condition.values[0] : undefined;
  const onEachRow = condition.text.includes("ts_match_vq")
    ? condition.values[lookedUp === undefined ? 0 : 1]
    : undefined;
  return { ...(lookedUp === undefined ? {} : { lookedUp }), ...(onEachRow === undefined ? {} : { onEachRow }) };
}

describe("words filters", () => {
  const cases: Record<WordsTable, string[]> = {
    statement: ["statement", "statement word417", "statem word41", "word417", "word1", "1 word1", "statement 1", "zzz"],
    engagement: ["meeting", "meeting word417", "meet word7", "word417", "word1 word10", "meeting 2", "zzz"],
  };

  it("keep the same rows as one GIN lookup of every word, however the words are tested", async () => {
    for (const [table, texts] of Object.entries(cases) as [WordsTable, string[]][]) {
      for (const text of texts) {
        const condition = await wordsCondition(db.prisma, table, aliases[table], text);
        const plain = Prisma.sql`${aliases[table]}.search_vector @@ to_tsquery('simple', ${toPrefixQuery(text)})`;
        const expected = await ids(table, plain);
        expect({ table, text, ids: await ids(table, condition!) }).toEqual({ table, text, ids: expected });
      }
    }
  });

  it("look up the rare words and test the common ones on each row", async () => {
    const formOf = async (table: WordsTable, text: string) =>
      forms((await wordsCondition(db.prisma, table, aliases[table], text))!);
    // A word in every row (ANALYZE's most common lexemes) is tested on each row the rare word finds.
    expect(await formOf("statement", "statement word417")).toEqual({ lookedUp: "word417:*", onEachRow: "statement:*" });
    expect(await formOf("engagement", "meeting word417")).toEqual({ lookedUp: "word417:*", onEachRow: "meeting:*" });
    // Common words alone: none looked up (the page's walk finds the matches).
    expect(await formOf("statement", "statement")).toEqual({ onEachRow: "statement:*" });
    // "1" is no listed lexeme, but 1, 10 … 1999 are in more than 10% of the statements together (counted).
    expect(await formOf("statement", "statement 1")).toEqual({ onEachRow: "statement:* & 1:*" });
    // Each in more than 10% of the statements, but not surely together (they could miss each other): the
    // rarer (a tie: the first) is looked up.
    expect(await formOf("statement", "1 word1")).toEqual({ lookedUp: "1:*", onEachRow: "word1:*" });
    expect(await formOf("statement", "word417")).toEqual({ lookedUp: "word417:*" });
    expect(await wordsCondition(db.prisma, "statement", aliases.statement, " -- ")).toBeNull();
  });
});
