import { findMeetings, meetingAttended } from "./meetings";
import { meetingWords, sameMeetingName } from "./named-meetings";
import { labelledNames } from "./named-meetings.sample";

describe("meetings of their own name", () => {
  it("name no meeting that was not attended as that meeting (precision 1), on a hand-labelled sample", () => {
    const wrong: string[] = [];
    let found = 0;
    let right = 0;
    for (const [text, expected] of labelledNames) {
      const got = meetingAttended(text)?.named?.name ?? null;
      if (got === null) continue;
      found++;
      // The same meeting as the joining rule tells it: "Meeting of Consultation of …" is "Consultation of …".
      const same = expected !== null && sameMeetingName(meetingWords(got), meetingWords(expected));
      if (same) right++;
      else wrong.push(`${got} (labelled ${expected}): ${text}`);
    }
    const labelled = labelledNames.filter(([, name]) => name !== null).length;
    expect(labelledNames.length).toBeGreaterThanOrEqual(60);
    expect(wrong).toEqual([]);
    // Measured: 27 of the 29 labelled meetings found (0.93); the misses write the meeting after a meeting with someone
    // ("to a meeting with … and to the opening session of …") or pair the United States with a group (U.S.-Caribbean).
    expect(right / labelled).toBeGreaterThanOrEqual(0.85);
    expect(right).toBe(found);
  });

  it("joins the attendances that name one meeting at one place on touching dates, whatever words each adds", () => {
    const at = (of: string, text: string, hostId: string, start: string, end = start) => {
      const m = meetingAttended(text);
      if (!m) throw new Error(`no meeting in ${text}`);
      return { ...m, of, hostId, hostName: hostId, start, end };
    };
    const { records, meetingOf } = findMeetings(
      [
        at("1", "Attended the Nuclear Security Summit.", "korea-south", "2012-03-26", "2012-03-27"),
        at(
          "2",
          "Accompanied President Obama to the 2012 Nuclear Security Summit in Seoul.",
          "korea-south",
          "2012-03-25",
        ),
        at("3", "Attended the Nuclear Security Summit.", "netherlands", "2014-03-24"),
        at("4", "Attended Drug Summit in San Antonio, Texas.", "", "1992-02-26", "1992-02-27"),
        at("5", "Attended Drug Summit Meeting.", "", "1992-02-27"),
        // Another year's meeting of the name at the same place is another meeting.
        at("6", "Attended Drug Summit.", "", "1993-02-27"),
      ],
      [],
    );
    const key = (of: string) => meetingOf.get(of)?.value;
    expect([key("1"), key("2"), key("3"), key("4"), key("5"), key("6")]).toEqual([
      "named/nuclear-security-summit/korea-south/2012-03-25",
      "named/nuclear-security-summit/korea-south/2012-03-25",
      "named/nuclear-security-summit/netherlands/2014-03-24",
      "named/drug-summit/united-states/1992-02-26",
      "named/drug-summit/united-states/1992-02-26",
      "named/drug-summit/united-states/1993-02-27",
    ]);
    const seoul = records.find((r) => r.id.value.includes("korea-south"));
    expect([seoul?.kind, seoul?.title, seoul?.start, seoul?.end, seoul?.participants]).toEqual([
      "MULTILATERAL_MEETING",
      "Nuclear Security Summit in korea-south",
      "2012-03-25",
      "2012-03-27",
      [
        { actor: { scheme: "hsg-country", value: "korea-south" }, role: "HOST" },
        { actor: { scheme: "iso3166-1-alpha2", value: "US" }, role: "PARTICIPANT" },
      ],
    ]);
  });
});
