import type { ActorKind } from "@accord/domain";
import type { AliasFixture, IdentifierFixture } from "../../fixtures/actors";

export type ActorFact = {
  key: string;
  kind: ActorKind;
  name: string;
  description?: string;
  parent?: string;
  aliases: AliasFixture[];
  identifiers: IdentifierFixture[];
};

const country = (alpha2: string, alpha3: string, wikidata: string): IdentifierFixture[] => [
  { scheme: "iso3166-1-alpha2", value: alpha2 },
  { scheme: "iso3166-1-alpha3", value: alpha3 },
  { scheme: "wikidata", value: wikidata },
];

/** The actors of the seed article, with the names the article and common usage give them. */
export const actorFacts: ActorFact[] = [
  {
    key: "rok",
    kind: "STATE",
    name: "Republic of Korea",
    aliases: [
      { name: "ROK", language: null },
      { name: "South Korea", language: "en" },
      { name: "Korea", language: "en" },
      { name: "대한민국", language: "ko" },
      { name: "한국", language: "ko" },
    ],
    identifiers: country("KR", "KOR", "Q884"),
  },
  {
    key: "nato",
    kind: "INTERNATIONAL_ORGANIZATION",
    name: "North Atlantic Treaty Organization",
    aliases: [
      { name: "NATO", language: null },
      { name: "OTAN", language: "fr" },
      { name: "Organisation du Traité de l'Atlantique Nord", language: "fr" },
    ],
    identifiers: [{ scheme: "wikidata", value: "Q7184" }],
  },
  {
    key: "nac",
    kind: "ORGANIZATION_BODY",
    name: "North Atlantic Council",
    description: "NATO's principal political decision-making body.",
    parent: "nato",
    aliases: [{ name: "NAC", language: null }],
    identifiers: [],
  },
  {
    key: "japan",
    kind: "STATE",
    name: "Japan",
    aliases: [{ name: "日本", language: "ja" }],
    identifiers: country("JP", "JPN", "Q17"),
  },
  {
    key: "australia",
    kind: "STATE",
    name: "Australia",
    aliases: [{ name: "Commonwealth of Australia", language: "en" }],
    identifiers: country("AU", "AUS", "Q408"),
  },
  {
    key: "new-zealand",
    kind: "STATE",
    name: "New Zealand",
    aliases: [{ name: "Aotearoa", language: "mi" }],
    identifiers: country("NZ", "NZL", "Q664"),
  },
  {
    key: "russia",
    kind: "STATE",
    name: "Russia",
    aliases: [
      { name: "Russian Federation", language: "en" },
      { name: "Россия", language: "ru" },
    ],
    identifiers: country("RU", "RUS", "Q159"),
  },
  {
    key: "north-korea",
    kind: "STATE",
    name: "North Korea",
    aliases: [
      { name: "Democratic People's Republic of Korea", language: "en" },
      { name: "DPRK", language: null },
      { name: "조선민주주의인민공화국", language: "ko" },
    ],
    identifiers: country("KP", "PRK", "Q423"),
  },
  {
    key: "ukraine",
    kind: "STATE",
    name: "Ukraine",
    aliases: [{ name: "Україна", language: "uk" }],
    identifiers: country("UA", "UKR", "Q212"),
  },
  {
    key: "cho-tae-yul",
    kind: "PERSON",
    name: "Cho Tae-yul",
    aliases: [
      { name: "조태열", language: "ko" },
      { name: "Minister Cho", language: "en" },
    ],
    identifiers: [],
  },
  {
    key: "mark-rutte",
    kind: "PERSON",
    name: "Mark Rutte",
    aliases: [{ name: "Secretary General Rutte", language: "en" }],
    identifiers: [{ scheme: "wikidata", value: "Q57792" }],
  },
  { key: "diplomacy-journal", kind: "ORGANIZATION", name: "Diplomacy Journal", aliases: [], identifiers: [] },
  { key: "kayla-lee", kind: "PERSON", name: "Kayla Lee", aliases: [], identifiers: [] },
];
