import { resolveCountryId } from "./historical-states";
import { streamRecords } from "./stream-records";

/** One <trip> of a travels file, as written (text trimmed, inner whitespace collapsed). */
export type Trip = {
  file: string;
  line: number;
  id: string;
  /** The engagement's hsg-trip value: the id, role-qualified for travellers other than a Secretary (tripKey). */
  key: string;
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

/**
 * Presidents' and Secretaries' trips are numbered apart (the data has a president's trip 3810 and a
 * Secretary's trip 3810), so a trip of another role than the Secretary's carries its role in its key.
 */
export const tripKey = (role: string, id: string) => (role && role !== "secretary" ? `${role}/${id}` : id);

/** Streams the trips of one file (trips.rnc). */
export async function* readTrips(path: string, file: string): AsyncGenerator<Trip> {
  for await (const r of streamRecords(path, "trip")) {
    const f = r.fields;
    const role = f.role || r.attributes.role || "";
    yield {
      file,
      line: r.line,
      id: f.id ?? "",
      key: tripKey(role, f.id ?? ""),
      who: r.attributes.who ?? "",
      role,
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
