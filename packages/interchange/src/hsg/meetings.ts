// One engagement per meeting of an organisation: the Secretary's and the President's trips to the same
// NATO summit (or a visit to a summit held in the United States) are side engagements of one shared
// multilateral meeting, found by organisation, host country and dates that overlap (a day apart
// counts: a Secretary arrives first). The database's meetings are read in prepare, so a later import
// of other files joins the meeting an earlier one made, whatever order the sources come in.

import type { EngagementRecord, ExternalId } from "@accord/domain";
import type { BulkDb } from "../write/bulk-db";
import { hsgCountryId, unitedStates } from "./country-actors";
import { type Organisation, organisationId } from "./multilateral";

export const meetingScheme = "hsg-meeting";

/** A trip or visit that attended an organisation's meeting. */
export type Attendance = {
  /** The hsg-trip or hsg-visit id of the record that attended. */
  of: string;
  org: Organisation;
  /** The host's hsg-country id ("" for the United States, of visits). */
  hostId: string;
  hostName: string;
  start: string;
  end: string;
};

export type KnownMeeting = { key: string; start: string; end: string };

type Meeting = { key: string; org: Organisation; hostId: string; hostName: string; start: string; end: string };

const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const touches = (a: { start: string; end: string }, b: { start: string; end: string }) =>
  a.start <= dayAfter(b.end) && b.start <= dayAfter(a.end);
const prefix = (org: Organisation, hostId: string) => `${org.id}/${hostId || "united-states"}/`;

export async function loadKnownMeetings(db: BulkDb): Promise<KnownMeeting[]> {
  return db.$queryRawUnsafe<KnownMeeting[]>(
    `SELECT external_value AS key, to_char(start_date, 'YYYY-MM-DD') AS start, to_char(coalesce(end_date, start_date), 'YYYY-MM-DD') AS "end"
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
    const p = prefix(a.org, a.hostId);
    let m = meetings.find((x) => x.key.startsWith(p) && touches(x, a));
    if (!m) {
      const stored = known.find((k) => k.key.startsWith(p) && touches(k, a));
      m = {
        key: stored?.key ?? `${p}${a.start}`,
        org: a.org,
        hostId: a.hostId,
        hostName: a.hostName,
        start: a.start,
        end: a.end,
      };
      // What the database holds stays in the meeting's dates: a second import gives the same record.
      if (stored) [m.start, m.end] = [stored.start, stored.end];
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
    title: `${m.org.aliases[0] ?? m.org.name} meeting in ${m.hostName || "the United States"}`,
    start: m.start,
    end: m.end,
    summary: "A meeting of the organisation that travels or visits of the Office of the Historian's records attended.",
    country: host,
    participants: [
      { actor: organisationId(m.org), role: "PARTICIPANT" },
      { actor: host, role: "HOST" },
      ...(m.hostId ? [{ actor: unitedStates, role: "PARTICIPANT" }] : []),
    ],
  };
}
