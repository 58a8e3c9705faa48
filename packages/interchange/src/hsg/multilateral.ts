import type { ActorRecord, ExternalId } from "@accord/domain";

// Multilateral meetings recognised from a trip's remarks or a visit's description, by rules in this
// one table: an organisation is taken part in when the text attends (or accompanies someone to) a
// meeting and names the organisation. "Met with the Foreign Ministers of the Gulf Cooperation
// Council" names it without attending: not taken. A summit of two ("U.S.-Soviet Summit") names none.

export type Organisation = { id: string; name: string; aliases: string[]; pattern: RegExp };

export const organisations: readonly Organisation[] = [
  {
    id: "nato",
    name: "North Atlantic Treaty Organization",
    aliases: ["NATO"],
    pattern: /\bNATO\b|North Atlantic (Council|Alliance|Treaty)/,
  },
  {
    id: "un",
    name: "United Nations",
    aliases: ["UN"],
    pattern:
      /(?:\b(?:United Nations|UN)\b|\bU\.N\.)[\s\S]{0,40}\b(General Assembly|Security Council|[Cc]onference|[Ss]ummit)|\bUNGA\b/,
  },
  {
    id: "oas",
    name: "Organization of American States",
    aliases: ["OAS"],
    pattern: /\bOAS\b|Organization of American States|Summit of the Americas/,
  },
  {
    id: "g7",
    name: "Group of Seven",
    aliases: ["G7", "G8"],
    // "the Economic Summit" is the G7's; a region's ("Middle East and North Africa Economic Summit") is not.
    pattern:
      /\bG[-–]?[78]\b|(?<!(?:Africa|Asia|Pacific|American|Americas|Regional|Eurasian|Arab|Islamic|European) )Economic Summit/,
  },
  { id: "g20", name: "Group of Twenty", aliases: ["G20"], pattern: /\bG[-–]?20\b/ },
  {
    id: "eu",
    name: "European Union",
    aliases: ["EU", "European Community"],
    pattern: /\bEU\b|European (Union|Council|Community)/,
  },
  { id: "asean", name: "Association of Southeast Asian Nations", aliases: ["ASEAN"], pattern: /\bASEAN\b/ },
  { id: "apec", name: "Asia-Pacific Economic Cooperation", aliases: ["APEC"], pattern: /\bAPEC\b/ },
  {
    id: "osce",
    name: "Organization for Security and Co-operation in Europe",
    aliases: ["OSCE", "CSCE"],
    pattern: /\b(CSCE|OSCE)\b|Conference on Security and Co-?operation in Europe/,
  },
  { id: "seato", name: "Southeast Asia Treaty Organization", aliases: ["SEATO"], pattern: /\bSEATO\b/ },
  { id: "cento", name: "Central Treaty Organization", aliases: ["CENTO"], pattern: /\bCENTO\b/ },
  {
    id: "oecd",
    name: "Organisation for Economic Co-operation and Development",
    aliases: ["OECD"],
    pattern: /\bOECD\b/,
  },
];

const attends =
  /\b(Attended|attended|attending|Accompanied|Participated|participated|participation|Chaired|Co-chaired)\b/;
const meeting = /\b(Summit|Ministerial|Meeting|Conference|Council|General Assembly|Session|Forum)\b/i;

// Clauses: sentences, and the parts of one joined by ", and <verb>" ("Attended a NATO Ministerial
// and met with the European Council President": the EU is met, not attended).
const verb = "(?:[a-z]+ed|met|held|led|gave|made|spoke|saw|went|toured)\\b";
const clauseBreak = new RegExp(`(?<!\\b[A-Z])\\.\\s+(?=[A-Z])|,?\\s+and\\s+(?=${verb})|,\\s+(?=${verb})`, "u");
const clauses = (text: string) => text.split(clauseBreak);

// A terse record is the meeting's name alone ("G-7 Economic Summit.", "NATO Summit Meeting."): a clause
// that begins with an organisation and names a meeting within a few words attends it.
const opening = organisations.map((o) => ({
  o,
  at: new RegExp(
    `^\\s*(?:the\\s+)?(?:${o.pattern.source})[\\w\\s'’.-]{0,30}?\\b(?:Summit|Ministerial|Meeting|Conference|Session)\\b`,
  ),
}));

/** The organisations whose meeting the text attends: named in a clause that attends a meeting, or that is one. */
export function organisationsAttended(text: string): Organisation[] {
  const parts = clauses(text);
  const attending = parts.filter((c) => attends.test(c) && meeting.test(c));
  const named = new Set(opening.filter(({ at }) => parts.some((c) => at.test(c))).map(({ o }) => o));
  if (!attending.length && !named.size) return [];
  return organisations.filter((o) => named.has(o) || attending.some((c) => o.pattern.test(c)));
}

export const organisationId = (o: Organisation): ExternalId => ({ scheme: "hsg-org", value: o.id });

export const organisationActors = (): ActorRecord[] =>
  organisations.map((o) => ({
    type: "actor",
    identifiers: [organisationId(o)],
    kind: "INTERNATIONAL_ORGANIZATION",
    name: o.name,
    aliases: o.aliases.map((name) => ({ name })),
    onMatch: "merge",
  }));
