import { links } from "../src/app/links";
import { formatDate, formatPartial, words } from "../src/ui/dates";

describe("dates and words as the explorer writes them", () => {
  it("writes a date only as precisely as it is known", () => {
    expect(formatDate("2025-04-02", "DAY")).toBe("2 April 2025");
    expect(formatDate("2025-04-01", "MONTH")).toBe("April 2025");
    expect(formatDate("2024-01-01", "YEAR")).toBe("2024");
    expect(formatDate(null)).toBe("date unknown");
    expect(formatPartial({ iso: "2025-04", precision: "MONTH" })).toBe("April 2025");
    expect(formatPartial({ iso: "2024", precision: "YEAR" })).toBe("2024");
    expect(formatPartial(null)).toBe("date unknown");
  });

  it("writes an enum value as words", () => {
    expect(words("BILATERAL_MEETING")).toBe("bilateral meeting");
  });

  it("addresses every view by a hash route with its IDs encoded", () => {
    expect(links.actor("QWN0b3I6MQ==")).toBe("#/actor/QWN0b3I6MQ%3D%3D");
    expect(links.commitments(null, "b/1", "USD")).toBe("#/commitments/-/b%2F1/USD");
  });
});
