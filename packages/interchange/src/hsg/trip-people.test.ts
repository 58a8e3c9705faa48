import type { Trip } from "./read-trips";
import { tripPeople } from "./trip-people";

const trip = (remarks: string, countryId = "united-kingdom"): Trip =>
  ({ key: "t1", countryId, country: "United Kingdom", start: "2005-06-01", remarks }) as Trip;

describe("the people a trip met, with their countries", () => {
  it("files a person under the country named after the name, not the host", () => {
    expect(tripPeople(trip("Met with King Abdullah II of Jordan.")).map((p) => [p.key, p.countryId])).toEqual([
      ["jordan/king-abdullah-ii-2000s", "jordan"],
    ]);
  });

  it("files a person under the host when the place after the name is not a country", () => {
    expect(tripPeople(trip("Met with President Barroso of the European Commission.")).map((p) => p.countryId)).toEqual([
      "united-kingdom",
    ]);
  });
});
