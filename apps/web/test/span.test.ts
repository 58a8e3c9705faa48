import { engagementSpan, utcDate, yearsOf } from "../src/timeline/span";

const day = (iso: string) => ({ start: iso, end: iso, precision: "DAY" });
const iso = (date: Date) => date.toISOString().slice(0, 10);

describe("an engagement's span on the timeline", () => {
  it("covers the whole year of a 2024 engagement and the whole month of a 2024-05 one", () => {
    const year = engagementSpan({ start: { start: "2024-01-01", end: "2024-12-31", precision: "YEAR" } });
    expect([iso(year.start), iso(year.end), year.partial]).toEqual(["2024-01-01", "2025-01-01", true]);
    const month = engagementSpan({ start: { start: "2024-05-01", end: "2024-05-31", precision: "MONTH" }, end: null });
    expect([iso(month.start), iso(month.end), month.partial]).toEqual(["2024-05-01", "2024-06-01", true]);
  });

  it("covers one day for a day, and runs to the end's last day when there is an end", () => {
    const one = engagementSpan({ start: day("2025-04-02") });
    expect([iso(one.start), iso(one.end), one.partial]).toEqual(["2025-04-02", "2025-04-03", false]);
    const trip = engagementSpan({ start: day("2025-04-02"), end: day("2025-04-04") });
    expect([iso(trip.start), iso(trip.end), trip.partial]).toEqual(["2025-04-02", "2025-04-05", false]);
    // An end known to the month only: the span reaches the month's last day, and it is drawn as partial.
    const open = engagementSpan({
      start: day("2025-04-02"),
      end: { start: "2025-06-01", end: "2025-06-30", precision: "MONTH" },
    });
    expect([iso(open.end), open.partial]).toEqual(["2025-07-01", true]);
  });

  it("lists the years the spans touch, in order, a span over New Year in both", () => {
    const spans = [
      engagementSpan({ start: day("2023-12-30"), end: day("2024-01-02") }),
      engagementSpan({ start: { start: "2021-01-01", end: "2021-12-31", precision: "YEAR" } }),
    ];
    expect(yearsOf(spans)).toEqual([2021, 2023, 2024]);
    expect(yearsOf([])).toEqual([]);
  });

  it("names a date that is no day", () => {
    expect(() => utcDate("2024-13-01")).toThrow('not a day (YYYY-MM-DD): "2024-13-01"');
    expect(() => utcDate("2024-02-30")).toThrow('not a day (YYYY-MM-DD): "2024-02-30"');
    expect(utcDate("2024-02-29").toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(() => engagementSpan({ start: { start: "2024", end: "2024", precision: "YEAR" } })).toThrow(
      'not a day (YYYY-MM-DD): "2024"',
    );
  });
});
