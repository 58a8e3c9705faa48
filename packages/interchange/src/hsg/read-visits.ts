import { resolveCountryId } from "./historical-states";
import { streamRecords } from "./stream-records";

/** One <visit> of a visits file (visits.rnc), as written (text trimmed, inner whitespace collapsed). */
export type Visit = {
  file: string;
  line: number;
  id: string;
  start: string;
  end: string;
  visitor: string;
  /** The country id, a former state's where the record means one (historical-states.ts). */
  fromId: string;
  from: string;
  /** The description's text; <em> (a ship's name, a title of a work) is kept as its text. */
  description: string;
};

export async function* readVisits(path: string, file: string): AsyncGenerator<Visit> {
  for await (const r of streamRecords(path, "visit")) {
    const f = r.fields;
    yield {
      file,
      line: r.line,
      id: f.id ?? "",
      start: f["start-date"] ?? "",
      end: f["end-date"] ?? "",
      visitor: f.visitor ?? "",
      fromId: resolveCountryId(r.fieldAttributes.from?.id ?? "", f.from ?? "", f["start-date"] ?? ""),
      from: f.from ?? "",
      description: f.description ?? "",
    };
  }
}
