import type { Problem } from "../problems";
import type { Skip } from "../skips";
import { hsgCountryToIso } from "./countries";
import { type CountryNames, noteCountry } from "./country-actors";
import { type Attendance, meetingAttended } from "./meetings";
import { type Mentions, noteMention } from "./people/mentions";
import type { Era } from "./people/one-word-names";
import { visitorsOf } from "./people/visitors";
import { readVisits } from "./read-visits";
import { personKey, type TravelFile } from "./scan";

/** A visitor, with the visits that write each spelling of the name (one key: accents, case aside), and when. */
export type Visitor = { key: string; name: string; countryId: string; mentions: Mentions; era: Era };

/** What the visits importer knows before it writes: countries, visitors, duplicates. */
export type VisitScan = {
  countries: CountryNames;
  people: Map<string, Visitor>;
  /** "file#line" of visits that repeat an earlier id (skipped). */
  duplicates: Set<string>;
  /** Visits that attended a meeting held in the United States. */
  attendances: Attendance[];
  problems: Problem[];
  skipped: Skip[];
};

export async function scanVisits(files: TravelFile[]): Promise<VisitScan> {
  const scan: VisitScan = {
    countries: new Map(),
    people: new Map(),
    duplicates: new Set(),
    attendances: [],
    problems: [],
    skipped: [],
  };
  const byId = new Map<string, string>();
  for (const file of files) {
    for await (const v of readVisits(file.path, file.name)) {
      const record = `hsg-visit:${v.id}`;
      const warn = (path: string, message: string) =>
        scan.problems.push({ file: v.file, line: v.line, record, path, message, severity: "warning" });
      const earlier = byId.get(v.id);
      if (earlier) {
        scan.duplicates.add(`${v.file}#${v.line}`);
        scan.skipped.push({ file: v.file, line: v.line, record, reason: `duplicate: same id as ${earlier}` });
        continue;
      }
      byId.set(v.id, `${v.file}:${v.line}`);
      if (!v.fromId) warn("/participants", "no <from> country id: the visitors represent no country");
      else if (!(v.fromId in hsgCountryToIso))
        warn("/participants", `unknown country id "${v.fromId}": identified by hsg-country only`);
      noteCountry(scan.countries, v.fromId, v.from, v.start);
      const attended = meetingAttended(v.description);
      const end = v.end || v.start;
      if (attended && /^\d{4}-\d{2}-\d{2}$/.test(v.start) && /^\d{4}-\d{2}-\d{2}$/.test(end) && end >= v.start)
        scan.attendances.push({ ...attended, of: v.id, hostId: "", hostName: "", start: v.start, end });
      const people = visitorsOf(v.visitor);
      if (!people.length) warn("/participants", "no <visitor>: the visit has the United States only");
      for (const p of people) {
        const key = personKey(v.fromId, p.name, p.title, v.start);
        noteMention(
          scan.people,
          { key, name: p.name, countryId: v.fromId },
          { id: record, date: v.start, title: p.title },
        );
      }
    }
  }
  return scan;
}
