import { organisationsAttended } from "./multilateral";

// A sample of remarks and descriptions from the shared data, labelled by hand with the organisations
// whose meeting was attended ([] when none): the rules must never name a wrong one (precision 1).
const labelled: [string, string[]][] = [
  ["Attended CENTO Ministerial Meeting.", ["cento"]],
  ["Attended NATO Ministerial Meeting.", ["nato"]],
  ["Accompanied President Trump to ASEAN Summit Meetings.", ["asean"]],
  ["Attended CSCE Council of Ministers Meeting.", ["osce"]],
  ["Attended 9th Session of the North Atlantic Council.", ["nato"]],
  ["Attended OAS General Assembly meeting.", ["oas"]],
  ["Supported President Biden’s participation in the G20 Leaders’ Summit.", ["g20"]],
  ["Attended ASEAN Post-Ministerial Conference and Regional Forum.", ["asean"]],
  ["Attended NATO’s 50th Anniversary Summit.", ["nato"]],
  ["Attended the Summit of the Americas in Miami, Florida.", ["oas"]],
  ["Attended Economic Summit Meeting, Williamsburg (Va.).", ["g7"]],
  ["Attended APEC meeting in Seattle.", ["apec"]],
  ["Attended North Atlantic Alliance Summit conference.", ["nato"]],
  ["Met with President Eisenhower in New York City while attending UN General Assembly.", ["un"]],
  ["Met with President Clinton at the UN General Assembly in New York.", ["un"]],
  [
    "Attended NATO Summit Meeting. Present were the Heads of State and Government of Canada, Denmark, France.",
    ["nato"],
  ],
  ["Briefed NATO Heads of State and Government on the U.S.-Soviet Summit Meeting.", []],
  ["Attended U.S.-Soviet Summit Meeting.", []],
  ["Accompanied President Bush to a Summit Meeting.", []],
  ["Discussed a Middle East peace conference with President Assad.", []],
  ["Met with the Foreign Ministers of the Gulf Cooperation Council, Egypt, Jordan, and Syria.", []],
  ["Attended Australia-U.S. Ministerial Meeting.", []],
  ["Attended the Kosovo peace conference.", []],
  ["Attended the London Naval Conference.", []],
  ["Discussed modernization of short-range NATO nuclear missiles with Foreign Minister Genscher.", []],
  ["Met with Foreign Minister Tindemans and NATO officials.", []],
  ["Official working visit.", []],
  ["Attended funeral of President Kennedy.", []],
  ["Attended the International Conference for the Reconstruction of Iraq.", []],
  ["Attended European Council meeting.", ["eu"]],
];

describe("multilateral rules on a hand-labelled sample", () => {
  it("name no organisation that was not attended (precision 1) and find most that were", () => {
    let found = 0;
    let right = 0;
    let labelledOrgs = 0;
    const wrong: string[] = [];
    for (const [text, expected] of labelled) {
      const got = organisationsAttended(text).map((o) => o.id);
      found += got.length;
      labelledOrgs += expected.length;
      for (const id of got) {
        if (expected.includes(id)) right++;
        else wrong.push(`${id}: ${text}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(right / found).toBe(1);
    expect(right / labelledOrgs).toBeGreaterThanOrEqual(0.9);
  });
});
