import {
  compareStart,
  formatPartialDate,
  makePartialDate,
  overlaps,
  PartialDateError,
  parsePartialDate,
  partialDateOf,
  precisionOf,
  spanOf,
} from "./partial-date";

const day = (text: string) => new Date(`${text}T00:00:00.000Z`);

describe("parsePartialDate", () => {
  it.each([
    ["2025-04-02", { year: 2025, month: 4, day: 2 }, "DAY"],
    ["2025-04", { year: 2025, month: 4 }, "MONTH"],
    ["2024", { year: 2024 }, "YEAR"],
    ["2024-02-29", { year: 2024, month: 2, day: 29 }, "DAY"],
  ])("reads %s at its precision and formats it back", (text, date, precision) => {
    expect(parsePartialDate(text)).toEqual(date);
    expect(precisionOf(date)).toBe(precision);
    expect(formatPartialDate(date)).toBe(text);
  });

  it.each([
    ["2025-02-30", 'invalid date "2025-02-30": February 2025 has days 1 to 28'],
    ["2025-02-29", 'invalid date "2025-02-29": February 2025 has days 1 to 28'],
    ["2025-13", 'invalid date "2025-13": the month must be from 1 to 12'],
    ["2025-00-10", 'invalid date "2025-00-10": the month must be from 1 to 12'],
    ["April 2", 'invalid date "April 2": expected YYYY, YYYY-MM or YYYY-MM-DD'],
    ["0000", 'invalid date "0000": the year must be a whole number from 1 to 9999'],
  ])("rejects %s naming the value", (text, message) => {
    expect(() => parsePartialDate(text)).toThrow(new PartialDateError(text, message.replace(/^.*?": /, "")));
    expect(() => parsePartialDate(text)).toThrow(message);
  });

  it("rejects a day without a month", () => {
    expect(() => makePartialDate({ year: 2025, day: 3 })).toThrow('invalid date "2025-03": a day needs a month');
  });
});

describe("spanOf", () => {
  it.each([
    [{ year: 2025, month: 4, day: 2 }, "2025-04-02", "2025-04-02"],
    [{ year: 2025, month: 4 }, "2025-04-01", "2025-04-30"],
    [{ year: 2024, month: 2 }, "2024-02-01", "2024-02-29"],
    [{ year: 2024, month: 12 }, "2024-12-01", "2024-12-31"],
    [{ year: 2024 }, "2024-01-01", "2024-12-31"],
  ])("%j covers %s to %s", (date, first, last) => {
    expect(spanOf(date)).toEqual({ first: day(first), last: day(last) });
  });

  it("reads a stored first day and precision back", () => {
    expect(partialDateOf(day("2024-01-01"), "YEAR")).toEqual({ year: 2024 });
    expect(partialDateOf(day("2025-04-01"), "MONTH")).toEqual({ year: 2025, month: 4 });
    expect(partialDateOf(day("2025-04-02"), "DAY")).toEqual({ year: 2025, month: 4, day: 2 });
  });
});

describe("compareStart and overlaps", () => {
  it("sorts by first day, coarser first on ties", () => {
    const dates = ["2025-04-02", "2025", "2024", "2025-01-01", "2025-01"].map(parsePartialDate);
    expect(dates.sort(compareStart).map(formatPartialDate)).toEqual([
      "2024",
      "2025",
      "2025-01",
      "2025-01-01",
      "2025-04-02",
    ]);
  });

  it("tells whether a date may fall in a range", () => {
    const april = parsePartialDate("2025-04");
    expect(overlaps(april, { from: day("2025-04-30") })).toBe(true);
    expect(overlaps(april, { from: day("2025-05-01") })).toBe(false);
    expect(overlaps(april, { to: day("2025-04-01") })).toBe(true);
    expect(overlaps(april, { to: day("2025-03-31") })).toBe(false);
    expect(overlaps(parsePartialDate("2024"), { from: day("2024-06-01"), to: day("2024-06-30") })).toBe(true);
    expect(overlaps(parsePartialDate("2025-04-02"), {})).toBe(true);
  });
});
