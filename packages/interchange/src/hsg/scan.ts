import { createHash } from "node:crypto";
import type { Problem } from "../problems";
import type { Skip } from "../skips";
import { hsgCountryToIso } from "./countries";
import { type CountryNames, noteCountry } from "./country-actors";
import { type Attendance, meetingAttended } from "./meetings";
import { type Funeral, funeralOf } from "./people/funerals";
import { type Mentions, noteMention } from "./people/mentions";
import type { Era } from "./people/one-word-names";
import { readTrips, type Trip } from "./read-trips";
import { type TripPerson, tripPeople } from "./trip-people";

export type TravelFile = { path: string; name: string };
export type Traveller = { who: string; name: string; role: string; first: string; last: string };
export type Journey = {
  key: string;
  who: string;
  tripIds: string[];
  /** The trips' keys (read-trips tripKey), as their engagements are identified. */
  tripKeys: string[];
  start: string;
  end: string;
  countries: string[];
  file: string;
};
/** A person met, with the trips that write each spelling of the name (one key: accents, case aside), and when. */
export type Person = TripPerson & { mentions: Mentions; era: Era };

/** What the importer needs to know before it writes a trip: who, which countries, duplicates, journeys. */
export type TravelScan = {
  travellers: Map<string, Traveller>;
  countries: CountryNames;
  people: Map<string, Person>;
  /** Ids of trips that duplicate an earlier one (skipped). */
  duplicates: Set<string>;
  journeyOfTrip: Map<string, string>;
  journeys: Journey[];
  /** Trips that attended a meeting (an organisation's, the first the remarks name; else one the remarks name). */
  attendances: Attendance[];
  /** The funerals the trips attended (people/funerals.ts). */
  funerals: Funeral[];
  problems: Problem[];
  skipped: Skip[];
};

const realDay = (text: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) &&
  !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) &&
  new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export { personKey, slug } from "./people/person-key";

/** Trips that share traveller, dates, country, locale and remarks are one trip recorded twice. */
const contentKey = (t: Trip) =>
  createHash("sha1").update([t.who, t.start, t.end, t.countryId, t.locale, t.remarks].join("\u0000")).digest("hex");

const slotKey = (t: Trip) => [t.who, t.start, t.end, t.countryId, t.locale].join("\u0000");

export async function scanTravels(files: TravelFile[]): Promise<TravelScan> {
  const scan: TravelScan = {
    travellers: new Map(),
    countries: new Map(),
    people: new Map(),
    duplicates: new Set(),
    journeyOfTrip: new Map(),
    journeys: [],
    attendances: [],
    funerals: [],
    problems: [],
    skipped: [],
  };
  const byContent = new Map<string, Trip>();
  const byId = new Map<string, Trip>();
  const bySlot = new Map<string, Trip>();
  const dated: Trip[] = [];
  const warn = (t: Trip, path: string, message: string) =>
    scan.problems.push({ file: t.file, line: t.line, record: `hsg-trip:${t.key}`, path, message, severity: "warning" });
  for (const file of files) {
    for await (const trip of readTrips(file.path, file.name)) {
      const earlier = (trip.id ? byId.get(trip.key) : undefined) ?? byContent.get(contentKey(trip));
      if (earlier) {
        scan.duplicates.add(`${trip.file}#${trip.line}`);
        const same = earlier.key === trip.key ? "has the same id as" : "repeats";
        scan.skipped.push({
          file: trip.file,
          line: trip.line,
          record: `hsg-trip:${trip.key}`,
          reason: `duplicate: ${same} trip ${earlier.id} (${earlier.file}:${earlier.line})`,
        });
        continue;
      }
      const similar = bySlot.get(slotKey(trip));
      if (similar)
        warn(
          trip,
          "/remarks",
          `possible duplicate of trip ${similar.id} (same traveller, dates, country and locale; remarks differ): imported`,
        );
      byId.set(trip.key, trip);
      byContent.set(contentKey(trip), trip);
      bySlot.set(slotKey(trip), trip);
      if (!trip.countryId) warn(trip, "/country", "no country id: imported without a host country");
      else if (!(trip.countryId in hsgCountryToIso))
        warn(trip, "/country", `unknown country id "${trip.countryId}": identified by hsg-country only`);
      noteCountry(scan.countries, trip.countryId, trip.country, trip.start);
      const funeral = funeralOf(trip.remarks);
      // Filed as a person met there would be: by the nationality or place written, else the host.
      const buried = funeral && tripPeople({ ...trip, remarks: funeral.remark })[0];
      if (buried) scan.funerals.push({ countryId: buried.countryId, name: buried.name, date: trip.start });
      for (const person of tripPeople(trip)) {
        if (person.countryId !== trip.countryId) noteCountry(scan.countries, person.countryId, "", trip.start);
        noteMention(scan.people, person, { id: `hsg-trip:${trip.key}`, date: trip.start, title: person.title });
      }
      if (!realDay(trip.start) || !realDay(trip.end) || trip.end < trip.start) continue;
      dated.push(trip);
      const attended = meetingAttended(trip.remarks);
      if (attended && trip.countryId)
        scan.attendances.push({
          ...attended,
          of: trip.key,
          hostId: trip.countryId,
          hostName: trip.country,
          start: trip.start,
          end: trip.end,
        });
      const traveller = scan.travellers.get(trip.who);
      if (!traveller)
        scan.travellers.set(trip.who, {
          who: trip.who,
          name: trip.name,
          role: trip.role,
          first: trip.start,
          last: trip.end,
        });
      else {
        if (trip.start < traveller.first) traveller.first = trip.start;
        if (trip.end > traveller.last) traveller.last = trip.end;
      }
    }
  }
  findJourneys(scan, dated);
  return scan;
}

/**
 * A journey: trips of one traveller whose dates touch or overlap (each starts no later than the day after
 * the previous ones end), taking in at least two countries.
 */
function findJourneys(scan: TravelScan, trips: Trip[]): void {
  const byWho = new Map<string, Trip[]>();
  for (const t of trips) byWho.set(t.who, [...(byWho.get(t.who) ?? []), t]);
  for (const list of byWho.values()) {
    list.sort((a, b) =>
      a.start === b.start
        ? a.end === b.end
          ? Number(a.id) - Number(b.id)
          : a.end < b.end
            ? -1
            : 1
        : a.start < b.start
          ? -1
          : 1,
    );
    let chain: Trip[] = [];
    let chainEnd = "";
    const close = () => {
      const countries = [...new Set(chain.map((t) => t.countryId).filter(Boolean))];
      const first = chain[0];
      if (first && chain.length > 1 && countries.length > 1) {
        const key = `${first.who}/${first.id}`;
        scan.journeys.push({
          key,
          who: first.who,
          tripIds: chain.map((t) => t.id),
          tripKeys: chain.map((t) => t.key),
          start: first.start,
          end: chainEnd,
          countries,
          file: first.file,
        });
        for (const t of chain) scan.journeyOfTrip.set(t.key, key);
      }
      chain = [];
    };
    for (const t of list) {
      if (chain.length && t.start > nextDay(chainEnd)) close();
      if (!chain.length || t.end > chainEnd) chainEnd = t.end;
      chain.push(t);
    }
    close();
  }
}
