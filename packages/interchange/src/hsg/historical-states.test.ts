import { hsgCountryToIso } from "./countries";
import { historicalNames, historicalStates, resolveCountryId } from "./historical-states";

describe("former states", () => {
  it.each(historicalStates.map((s) => [s.name, s] as const))("%s: its names and its days resolve to it", (_, state) => {
    for (const filed of state.filedUnder) {
      // Named so, the record is the former state whatever its date.
      for (const alias of [state.name, ...state.aliases].filter((a) => state.names.test(a)))
        expect(resolveCountryId(filed, alias, "2099-01-01")).toBe(state.id);
      // Dated within its existence under an id that alone tells, too; the day after it ended, not.
      if (state.byDate) expect(resolveCountryId(filed, "", state.validFrom)).toBe(state.id);
      expect(resolveCountryId(filed, "", nextDay(state.validTo))).toBe(filed);
    }
    expect(state.validFrom < state.validTo).toBe(true);
    expect(state.id in hsgCountryToIso).toBe(true);
  });

  it("leaves a record of another id, and a successor's own name after the state's end, as written", () => {
    expect(resolveCountryId("russia", "Russia", "1993-05-04")).toBe("russia");
    expect(resolveCountryId("russia", "U.S.S.R.", "1987-12-07")).toBe("soviet-union");
    expect(resolveCountryId("germany", "Germany, Federal Republic of", "1970-01-01")).toBe("germany");
    expect(resolveCountryId("france", "U.S.S.R.", "1970-01-01")).toBe("france");
  });

  it("dates former names of states that go on within the names' use", () => {
    for (const n of historicalNames) {
      expect(n.id in hsgCountryToIso).toBe(true);
      expect(n.validFrom < n.validTo).toBe(true);
    }
  });
});

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
