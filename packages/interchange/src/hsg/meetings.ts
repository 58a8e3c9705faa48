// One engagement per meeting of an organisation: the Secretary's and the President's trips to the same
// NATO summit (or a visit to a summit held in the United States) are side engagements of one shared
// multilateral meeting, found by organisation, host country and dates that overlap (a day apart
// counts: a Secretary arrives first). A meeting of no organisation known is found the same way by its
// name (named-meetings.ts) instead of the organisation. The database's meetings are read in prepare, so
// a later import of other files joins the meeting an earlier one made, whatever order the sources come in.

import type { EngagementRecord, ExternalId } from "@accord/domain";
import type { BulkDb } from "../write/bulk-db";
import { hsgCountryId, unitedStates } from "./country-actors";
import { type Organisation, organisationId, organisations, organisationsAttended } from "./multilateral";
import { type NamedMeeting, namedMeeting, sameMeetingName } from "./named-meetings";

export const meetingScheme = "hsg-meeting";

/** What a meeting is known by: its organisation's, or (none known) the name the text gives. */
export type MeetingOf = { org: Organisation; named?: undefined } | { org?: undefined; named: NamedMeeting };

/** The meeting a text attends: the first organisation's it names, else one it names of its own. */
export function meetingAttended(text: string): MeetingOf | undefined {
  const org = organisationsAttended(text)[0];
  if (org) return { org };
  const named = namedMeeting(text);
  // A meeting the text attends in other words ("Led the delegation to the UN General Assembly") is still its organisation's.
  const of = named && organisations.find((o) => o.pattern.test(named.name));
  return of ? { org: of } : named ? { named } : undefined;
}

/** A trip or visit that attended a meeting. */
export type Attendance = MeetingOf & {
  /** The hsg-trip or hsg-visit id of the record that attended. */
  of: string;
  /** The host's hsg-country id ("" for the United States, of visits). */
  hostId: string;
  hostName: string;
  start: string;
  end: string;
};

export type KnownMeeting = { key: string; start: string; end: string; title: string };

type Meeting = MeetingOf & {
  key: string;
  hostId: string;
  hostName: string;
  start: string;
  end: string;
  title?: string;
};

const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const touches = (a: { start: string; end: string }, b: { start: string; end: string }) =>
  a.start <= dayAfter(b.end) && b.start <= dayAfter(a.end);
const place = (hostId: string) => hostId || "united-states";
/** Keys: nato/belgium/2021-06-13, or named/nuclear-security-summit/korea-south/2012-03-26. */
const prefix = (m: MeetingOf, hostId: string) =>
  m.org ? `${m.org.id}/${place(hostId)}/` : `named/${m.named.words.join("-")}/${place(hostId)}/`;
/** The same meeting: one organisation's, or names one of the other's, at one place. */
const sameMeeting = (a: MeetingOf & { hostId: string }, key: string): boolean => {
  if (a.org) return key.startsWith(prefix(a, a.hostId));
  const [scheme, name, host] = key.split("/");
  return scheme === "named" && host === place(a.hostId) && sameMeetingName(a.named.words, (name ?? "").split("-"));
};

export async function loadKnownMeetings(db: BulkDb): Promise<KnownMeeting[]> {
  return db.$queryRawUnsafe<KnownMeeting[]>(
    `SELECT external_value AS key, to_char(start_date, 'YYYY-MM-DD') AS start, to_char(coalesce(end_date, start_date), 'YYYY-MM-DD') AS "end", title
     FROM engagement WHERE external_scheme = $1`,
    meetingScheme,
  );
}

/** The meetings the attendances make, and the meeting id of each attending record. */
export function findMeetings(attendances: Attendance[], known: KnownMeeting[]) {
  const meetings: Meeting[] = [];
  const meetingOf = new Map<string, ExternalId>();
  const sorted = [...attendances].sort((a, b) =>
    a.start === b.start ? (a.of < b.of ? -1 : 1) : a.start < b.start ? -1 : 1,
  );
  for (const a of sorted) {
    let m = meetings.find((x) => sameMeeting(a, x.key) && touches(x, a));
    if (!m) {
      const stored = known.find((k) => sameMeeting(a, k.key) && touches(k, a));
      const of: MeetingOf = a.org ? { org: a.org } : { named: a.named };
      m = {
        ...of,
        key: stored?.key ?? `${prefix(a, a.hostId)}${a.start}`,
        hostId: a.hostId,
        hostName: a.hostName,
        start: a.start,
        end: a.end,
      };
      // What the database holds stays in the meeting's dates and title: a second import gives the same record.
      if (stored) [m.start, m.end, m.title] = [stored.start, stored.end, stored.title];
      meetings.push(m);
    }
    if (a.start < m.start) m.start = a.start;
    if (a.end > m.end) m.end = a.end;
    meetingOf.set(a.of, { scheme: meetingScheme, value: m.key });
  }
  return { records: meetings.map(meetingRecord), meetingOf };
}

function meetingRecord(m: Meeting): EngagementRecord {
  const host = m.hostId ? hsgCountryId(m.hostId) : unitedStates;
  return {
    type: "engagement",
    id: { scheme: meetingScheme, value: m.key },
    kind: "MULTILATERAL_MEETING",
    title:
      m.title ??
      `${m.org ? `${m.org.aliases[0] ?? m.org.name} meeting` : m.named.name} in ${m.hostName || "the United States"}`,
    start: m.start,
    end: m.end,
    summary: m.org
      ? "A meeting of the organisation that travels or visits of the Office of the Historian's records attended."
      : "A meeting of several parties that travels or visits of the Office of the Historian's records attended, known by its name, place and dates.",
    country: host,
    participants: [
      ...(m.org ? [{ actor: organisationId(m.org), role: "PARTICIPANT" }] : []),
      { actor: host, role: "HOST" },
      ...(m.hostId ? [{ actor: unitedStates, role: "PARTICIPANT" }] : []),
    ],
  };
}
