import { organisationsAttended } from "./multilateral";
import { labelled } from "./multilateral.sample";

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
    expect(labelled.length).toBeGreaterThanOrEqual(100);
    expect(wrong).toEqual([]);
    expect(right / found).toBe(1);
    // Measured: 50 of the 62 labelled attendances found (0.81); the misses name no organisation the
    // table knows ("World Summit on Sustainable Development") or attend without saying so ("after NATO meeting").
    expect(right / labelledOrgs).toBeGreaterThanOrEqual(0.8);
  });
});
