import * as domain from "@accord/domain";

// Word lists for synthetic data: invented names, so no generated fact is mistaken for a real one.
export const syllables = [
  "ka",
  "lo",
  "ri",
  "ta",
  "mon",
  "vel",
  "sa",
  "dor",
  "ni",
  "ber",
  "zan",
  "tu",
  "mar",
  "el",
  "os",
  "qui",
  "ra",
  "len",
  "go",
  "via",
];
export const givenNames = [
  "Ana",
  "Boris",
  "Chen",
  "Dara",
  "Emil",
  "Farah",
  "Goran",
  "Hana",
  "Ivo",
  "Jin",
  "Kofi",
  "Lena",
  "Mateo",
  "Nadia",
  "Omar",
  "Pia",
  "Rui",
  "Sven",
  "Tomas",
  "Yuki",
];
export const offices = [
  "Minister of Foreign Affairs",
  "President",
  "Prime Minister",
  "Minister of Defence",
  "Ambassador to the United Nations",
];
export const orgNames = ["Union", "Council", "Organisation", "Forum", "Community", "Alliance", "Partnership"];
export const topics: { slug: string; name: string; parent?: string }[] = [
  { slug: "security", name: "Security" },
  { slug: "arms-control", name: "Arms control", parent: "security" },
  { slug: "cyber-security", name: "Cyber security", parent: "security" },
  { slug: "economy", name: "Economy" },
  { slug: "trade", name: "Trade", parent: "economy" },
  { slug: "development-aid", name: "Development aid", parent: "economy" },
  { slug: "energy", name: "Energy", parent: "economy" },
  { slug: "climate", name: "Climate" },
  { slug: "health", name: "Health" },
  { slug: "migration", name: "Migration" },
  { slug: "human-rights", name: "Human rights" },
  { slug: "reconstruction", name: "Reconstruction" },
];
// The domain's vocabularies in their order (a seed still gives the same file), less the values generated data
// leaves to real records: engagements of kind OTHER, the rarer statement kinds, the ends besides delivery.
export const engagementKinds = domain.engagementKinds.filter((kind) => kind !== "OTHER");
const rareStatementKinds: readonly string[] = ["CONDEMNATION", "ANNOUNCEMENT", "OTHER"];
export const statementKinds = domain.statementKinds.filter((kind) => !rareStatementKinds.includes(kind));
export const commitmentKinds = domain.commitmentKinds;
export const statusPath = domain.commitmentStatuses.slice(0, domain.commitmentStatuses.indexOf("DELIVERED") + 1);
export const currencies = ["USD", "EUR", "JPY", "GBP", "KRW", "CHF"];
export const gists = [
  "welcomed the progress made since the last meeting on",
  "stressed the importance of closer cooperation on",
  "asked for continued support on",
  "proposed a joint working group on",
  "expressed concern about developments in",
  "agreed to deepen the partnership on",
  "pledged further assistance for",
  "hoped for early results on",
];
