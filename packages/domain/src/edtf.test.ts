import { edtfOf, formatEdtf, parseEdtf, within } from "./edtf";
import { parsePartialDate, spanOf } from "./partial-date";

const day = (text: string) => new Date(`${text}T00:00:00.000Z`);

describe("parseEdtf", () => {
  it.each([
    ["2024", { year: 2024, inferred: false, approximate: false }],
    ["2025-04", { year: 2025, month: 4, inferred: false, approximate: false }],
    ["2025-04-02", { year: 2025, month: 4, day: 2, inferred: false, approximate: false }],
    ["2025-04?", { year: 2025, month: 4, inferred: true, approximate: false }],
    ["2025-04-02~", { year: 2025, month: 4, day: 2, inferred: false, approximate: true }],
    ["2024%", { year: 2024, inferred: true, approximate: true }],
    ["2024-02-29", { year: 2024, month: 2, day: 29, inferred: false, approximate: false }],
  ])("reads %s and writes it back", (text, date) => {
    expect(parseEdtf(text)).toEqual(date);
    expect(formatEdtf(parseEdtf(text))).toBe(text);
  });

  it.each([
    ["2025-02-30", "February 2025 has days 1 to 28"],
    ["2025-13", "the month must be from 1 to 12"],
    ["2025-13?", "the month must be from 1 to 12"],
    ["April 2025", "expected EDTF such as 2024, 2025-04 or 2025-04-02"],
    ["2025-04-XX", "Accord keeps a year, month or day qualified as a whole"],
    ["2004?-06-11", "expected EDTF such as"],
    ["2025-04-02T10:00:00", "Accord keeps a year, month or day qualified as a whole"],
    ["2004-06/2006-08", "expected EDTF such as"],
    ["", "expected EDTF such as"],
  ])("rejects %j saying why", (text, reason) => {
    expect(() => parseEdtf(text)).toThrow(`invalid date "${text}": ${reason}`);
  });
});

describe("edtfOf", () => {
  it.each([
    [day("2024-01-01"), "YEAR", false, false, "2024"],
    [day("2025-04-01"), "MONTH", true, false, "2025-04?"],
    [day("2025-04-02"), "DAY", false, true, "2025-04-02~"],
    [day("0800-12-25"), "DAY", true, true, "0800-12-25%"],
  ] as const)("writes %s at %s as EDTF", (first, precision, inferred, approximate, text) => {
    expect(edtfOf(first, precision, { inferred, approximate })).toBe(text);
  });
});

describe("within", () => {
  it("holds only when the whole span lies in the range, unlike overlaps", () => {
    const april = parsePartialDate("2025-04");
    expect(within(april, { from: day("2025-04-01"), to: day("2025-04-30") })).toBe(true);
    expect(within(april, { from: day("2025-04-02") })).toBe(false);
    expect(within(april, { to: day("2025-04-29") })).toBe(false);
    expect(within(parsePartialDate("2025-04-02"), {})).toBe(true);
    expect(spanOf(parsePartialDate("2024")).last).toEqual(day("2024-12-31"));
  });
});
