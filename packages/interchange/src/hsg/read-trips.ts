import { streamRecords } from "./stream-records";

/** One <trip> of a travels file, as written (text trimmed, inner whitespace collapsed). */
export type Trip = {
  file: string;
  line: number;
  id: string;
  who: string;
  role: string;
  name: string;
  start: string;
  end: string;
  countryId: string;
  country: string;
  locale: string;
  remarks: string;
};

/** Streams the trips of one file (trips.rnc). */
export async function* readTrips(path: string, file: string): AsyncGenerator<Trip> {
  for await (const r of streamRecords(path, "trip")) {
    const f = r.fields;
    yield {
      file,
      line: r.line,
      id: f.id ?? "",
      who: r.attributes.who ?? "",
      role: f.role || r.attributes.role || "",
      name: f.name ?? "",
      start: f["start-date"] ?? "",
      end: f["end-date"] ?? "",
      countryId: r.fieldAttributes.country?.id ?? "",
      country: f.country ?? "",
      locale: f.locale ?? "",
      remarks: f.remarks ?? "",
    };
  }
}
