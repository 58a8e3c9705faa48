// Meetings of no organisation the table in multilateral.ts knows ("the Nuclear Security Summit", "the
// International Conference on Cambodia", "Drug Summit"): the name the text gives is the meeting's, and
// trips and visits that attend one name at one place on overlapping dates share it (meetings.ts). The
// rules are the rows below, each with what it is for; named-meetings.sample.ts measures them.

/** A meeting as a text names it, and the words that identify it (sameMeetingName). */
export type NamedMeeting = { name: string; words: string[] };

const meetingWord =
  /\b(?:Summit|Ministerial|Meetings?|Conference|Council|General Assembly|Sessions?|Forum|Consultations)\b/i;

export const namedMeetingRules = {
  /** What comes just before the name of a meeting attended. */
  leadIns: [
    /\b(?:[Aa]ttended|attending|[Pp]articipated in|[Tt]ook part in|[Cc]o-chaired|[Cc]haired)\s+/g,
    // "Accompanied President Bush to the …", "Led Syrian delegation to the …".
    /\b(?:Accompanied|accompanied|Led|led)\s[^.;,]{1,50}?\bto\s+/g,
  ],
  /** A meeting attended before the record's visit or trip, so not at its place. */
  before: /\b(?:after|following|before|returning from|en route from)\s+$/i,
  /** Where the name stops: punctuation (not an initial's "U.S."), a place, a person met, the next thing done. */
  stops:
    /[,;:(“"]|(?<!(?:^|[\s.(-])[A-Z])\.(?:\s|$)|\s+(?:in|at|with|as|where|convened|hosted|held|during|which|on behalf)\s+|\s+to\s+(?!the\s)(?=[a-z])|\s+and\s+(?:the|a|an|to|met|held|[a-z]+ed)\b/,
  /** A part of a meeting or a number of the series, not its name: "the opening session of the", "the 8th". */
  partOf:
    /^(?:(?:the|a|an)\s+)?(?:(?:opening|closing|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|regular|special|plenary|final|\d+(?:st|nd|rd|th))\s+)*(?:session|meeting|opening|sessions|meetings)\s+of\s+/i,
  /** Words of a name that do not tell one meeting from another. */
  generic: new Set(
    "the a an of on for in and to meeting meetings session sessions summit conference ministerial council forum general assembly consultations international special regular opening closing plenary informal high level first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth annual".split(
      " ",
    ),
  ),
  /** Not a multilateral meeting, whatever it is called. */
  notMultilateral: [
    {
      why: "the United States and one other party (Australia-U.S., U.S.-ROK, U.S.-Mexico Binational, a Strategic Dialogue, a 2+2)",
      pattern:
        /\bU\.?\s?S\.?\s*[-–]|[-–]\s*U\.?\s?S\.?(?![a-z])|United States\s*[-–]|[-–]\s*United States|\b(?:[Bb]ilateral|Binational|Joint Commission|Joint Committee|Dialogue)\b|\b2\s?\+\s?2\b|\bbetween\b/,
    },
    { why: "the President's own talks (\"the President's summit with Kim Jong-un\")", pattern: /\bPresident[’']s\b/ },
    {
      why: "a government's own meeting (its envoys, its cabinet, its Congress)",
      pattern:
        /\b(?:Chiefs? of (?:U\.S\. )?(?:Diplomatic )?Missions?|Ambassadors|Embassy|Congress|Cabinet|NSC|National Security Council)\b/i,
    },
  ],
};

const words = (name: string) =>
  name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']/g, "")
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !/^\d+(?:st|nd|rd|th)$|^(?:18|19|20)\d\d$/.test(w));

/** The words that identify a meeting's name: "the 10th North American Leaders’ Summit" → american leaders north summit. */
export const meetingWords = (name: string): string[] => {
  const all = words(name);
  const own = all.filter((w) => !namedMeetingRules.generic.has(w));
  // "Ministerial Meeting on Libya": the meeting words stay, else every "… Summit" of a place would be one.
  return [...new Set([...own, ...all.filter((w) => !own.includes(w) && meetingWord.test(w))])].sort();
};

/** The meeting of its own name that the text attends, when it names one and no rule says it is not multilateral. */
export function namedMeeting(text: string): NamedMeeting | undefined {
  for (const leadIn of namedMeetingRules.leadIns) {
    for (const m of text.matchAll(leadIn)) {
      // "Informal visit after attending the Conference of Nonaligned Nations in Belgrade": held before, elsewhere.
      if (namedMeetingRules.before.test(text.slice(0, m.index ?? 0))) continue;
      const rest = text.slice((m.index ?? 0) + m[0].length);
      const phrase = rest.split(namedMeetingRules.stops)[0]?.trim() ?? "";
      if (!meetingWord.test(phrase)) continue;
      if (namedMeetingRules.notMultilateral.some((r) => r.pattern.test(phrase))) continue;
      const name = phrase
        .replace(/^and\s+[a-z]+ed\s+/, "")
        .replace(namedMeetingRules.partOf, "")
        .replace(/^(?:the|a|an)\s+/i, "")
        .replace(
          /^(?:\d+(?:st|nd|rd|th)|(?:18|19|20)\d\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+/i,
          "",
        )
        .trim();
      // A name the text gives: a word of its own, capitalised ("a meeting", "a Summit Meeting" name none).
      const own = name
        .split(/\s+/)
        .filter((w) => /^\p{Lu}/u.test(w) && !namedMeetingRules.generic.has(words(w)[0] ?? ""));
      if (own.length) return { name, words: meetingWords(name) };
    }
  }
  return undefined;
}

/** One meeting's name written two ways: the words of one are all the other's ("Drug Summit", "Drug Summit Meeting"). */
export const sameMeetingName = (a: string[], b: string[]): boolean => {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.some((w) => !meetingWord.test(w)) && short.every((w) => long.includes(w));
};
