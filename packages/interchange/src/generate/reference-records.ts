import type { ActorRecord, ExternalId, SourceRecord, TopicRecord } from "@accord/domain";
import { pad, type Random } from "./random";
import { givenNames, offices, orgNames, syllables, topics } from "./vocabulary";

export type Cast = {
  states: ExternalId[];
  people: { id: ExternalId; state: ExternalId; office: string }[];
  sources: ExternalId[];
};

const word = (rng: Random, parts: number) => {
  const text = Array.from({ length: parts }, () => rng.pick(syllables)).join("");
  return text.charAt(0).toUpperCase() + text.slice(1);
};

export function topicRecords(): TopicRecord[] {
  return topics.map((t) => ({ type: "topic", slug: t.slug, name: t.name, ...(t.parent ? { parent: t.parent } : {}) }));
}

/** States, organisations with a body, people holding offices, publishers and their authors. */
export function referenceRecords(
  rng: Random,
  engagements: number,
): { records: (ActorRecord | SourceRecord)[]; cast: Cast } {
  const records: (ActorRecord | SourceRecord)[] = [];
  const cast: Cast = { states: [], people: [], sources: [] };
  const stateCount = Math.max(10, Math.min(150, Math.ceil(engagements / 20)));
  for (let i = 1; i <= stateCount; i++) {
    const id = { scheme: "gen-state", value: `S${pad(i, 3)}` };
    const name = word(rng, 2);
    const code = `${name.slice(0, 2).toUpperCase()}${pad(i, 3)}`;
    records.push({
      type: "actor",
      identifiers: [id, { scheme: "gen-code", value: code }],
      kind: "STATE",
      name: `Republic of ${name}`,
      aliases: [{ name }, { name: `${name}ia`, language: "fr" }],
      offices: offices.map((o) => ({ name: o })),
    });
    cast.states.push(id);
  }
  for (let i = 1; i <= Math.max(2, Math.ceil(stateCount / 10)); i++) {
    const org = { scheme: "gen-org", value: `O${pad(i, 3)}` };
    const name = `${word(rng, 2)} ${rng.pick(orgNames)}`;
    const acronym = name
      .split(/\s+/)
      .map((w) => w[0])
      .join("")
      .toUpperCase();
    records.push({
      type: "actor",
      identifiers: [org],
      kind: "INTERNATIONAL_ORGANIZATION",
      name,
      aliases: [{ name: `${acronym}${i}` }],
    });
    records.push({
      type: "actor",
      identifiers: [{ scheme: "gen-org", value: `O${pad(i, 3)}-council` }],
      kind: "ORGANIZATION_BODY",
      name: `Council of the ${name}`,
      parent: org,
    });
  }
  const peopleCount = Math.max(50, Math.min(5000, Math.ceil(engagements / 20)));
  for (let i = 1; i <= peopleCount; i++) {
    const id = { scheme: "gen-person", value: `P${pad(i)}` };
    const state = rng.pick(cast.states);
    const office = rng.pick(offices);
    const family = word(rng, rng.int(1, 3));
    const given = rng.pick(givenNames);
    const startYear = rng.int(1988, 2022);
    records.push({
      type: "actor",
      identifiers: [id],
      kind: "PERSON",
      name: `${given} ${family}`,
      aliases: [{ name: `${family} ${given}` }, { name: `${given[0]}. ${family}` }],
      tenures: [
        {
          id: { scheme: "gen-tenure", value: `P${pad(i)}` },
          office: { jurisdiction: state, name: office },
          start: `${startYear}`,
          end: `${startYear + rng.int(1, 6)}-${pad(rng.int(1, 12), 2)}`,
        },
      ],
    });
    cast.people.push({ id, state, office });
  }
  const publishers = Math.max(3, Math.ceil(stateCount / 15));
  for (let i = 1; i <= publishers; i++) {
    records.push({
      type: "actor",
      identifiers: [{ scheme: "gen-publisher", value: `M${pad(i, 3)}` }],
      kind: "ORGANIZATION",
      name: `The ${word(rng, 2)} Herald`,
    });
  }
  const sourceCount = Math.max(20, Math.ceil(engagements / 50));
  for (let i = 1; i <= sourceCount; i++) {
    const id = { scheme: "gen-source", value: `N${pad(i)}` };
    const author = rng.pick(cast.people).id;
    records.push({
      type: "source",
      id,
      kind: rng.pick(["NEWS_ARTICLE", "PRESS_RELEASE", "OFFICIAL_RECORD"]),
      title: `Report ${i}: ${word(rng, 3)} talks`,
      publisher: { scheme: "gen-publisher", value: `M${pad(rng.int(1, publishers), 3)}` },
      authors: [author],
      url: `https://example.org/generated/${i}`,
      publishedOn: `${rng.int(1990, 2025)}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`,
      language: "en",
    });
    cast.sources.push(id);
  }
  return { records, cast };
}
