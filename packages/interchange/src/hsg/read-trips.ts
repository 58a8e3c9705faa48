import { resolveCountryId } from "./historical-states";
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
  /** The country id, a former state's where the record means one (historical-states.ts). */
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
      countryId: resolveCountryId(r.fieldAttributes.country?.id ?? "", f.country ?? "", f["start-date"] ?? ""),
      country: f.country ?? "",
      locale: f.locale ?? "",
      remarks: f.remarks ?? "",
    };
  }
}
