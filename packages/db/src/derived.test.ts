import { actorSearchText, commitmentSearchText, lastDayOf, spanEndOf, storedDateOf } from "./derived";

const day = (text: string) => new Date(`${text}T00:00:00.000Z`);

describe("derived columns", () => {
  it("stores a partial date as its first day and precision", () => {
    expect(storedDateOf("2024")).toEqual({ date: day("2024-01-01"), precision: "YEAR" });
    expect(storedDateOf("2025-04")).toEqual({ date: day("2025-04-01"), precision: "MONTH" });
    expect(storedDateOf("2025-04-02")).toEqual({ date: day("2025-04-02"), precision: "DAY" });
    expect(() => storedDateOf("2025-02-30")).toThrow('invalid date "2025-02-30"');
  });

  it("ends an engagement's span on the last day of its end (or start) period", () => {
    expect(spanEndOf({ startDate: day("2025-04-01"), startPrecision: "MONTH" })).toEqual(day("2025-04-30"));
    expect(spanEndOf({ startDate: day("2024-01-01"), startPrecision: "YEAR" })).toEqual(day("2024-12-31"));
    expect(
      spanEndOf({
        startDate: day("2024-01-01"),
        startPrecision: "YEAR",
        endDate: day("2025-02-01"),
        endPrecision: "MONTH",
      }),
    ).toEqual(day("2025-02-28"));
    expect(lastDayOf(day("2025-04-02"), "DAY")).toEqual(day("2025-04-02"));
  });

  it("builds actor search text from name, aliases and public identifiers", () => {
    expect(
      actorSearchText({
        name: "Republic of Korea",
        aliases: [{ name: "South Korea" }, { name: "대한민국" }],
        identifiers: [
          { scheme: "iso3166-1-alpha2", value: "KR" },
          { scheme: "accord-seed", value: "actor:rok" },
        ],
      }),
    ).toBe("republic of korea south korea 대한민국 kr");
  });

  it("builds commitment search text from description and amount as reported", () => {
    expect(commitmentSearchText({ description: "Reconstruction package", amountAsReported: "$2 billion" })).toBe(
      "reconstruction package 2 billion",
    );
  });
});
