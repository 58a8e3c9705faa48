import { buriedApart, funeralOf } from "../hsg/people/funerals";
import { holderOf, holdersApart } from "../hsg/people/holders-abroad";
import { foldName } from "../hsg/people/letters";
import { type Era, erasFit, titleInCommon } from "../hsg/people/one-word-names";
import { sameNames, skipsFirstGiven } from "../hsg/people/person-names";
import type { BulkDb } from "../write/bulk-db";

/** era: when and as what the person took part, where known (a one-word name of another era is another person). */
export type PersonRow = {
  id: string;
  name: string;
  identifiers: string[];
  countries: string[];
  /** The hsg-country ids of what it represented, where known (holders-abroad.ts is filed by them). */
  countryIds?: string[];
  engagements: number;
  era?: Era;
  /** The funeral its name fits that the records attend after its last date: written after it is another (funerals.ts). */
  funeral?: { name: string; date: string };
};
export type LikelyDuplicate = { a: PersonRow; b: PersonRow; country: string; evidence: string };

const words = (name: string) =>
  foldName(name)
    .replace(/\([^)]*\)/g, " ")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** Words that make what follows a parent's name: "Salman bin Hamad Al Khalifa" is Hamad's son, not Hamad. */
const patronymic = new Set(["bin", "ibn", "bint", "ben"]);

/**
 * True when long's words end with all of short's ("kohl" and "helmut kohl"), unless a patronymic comes
 * just before them (the end of "Isa bin Sulman al-Khalifa" names his father).
 */
const endsWith = (long: string[], short: string[]) =>
  short.length <= long.length &&
  short.every((w, i) => long[long.length - short.length + i] === w) &&
  !patronymic.has(long[long.length - short.length - 1] ?? "");

/**
 * People who are likely one person: they represented the same country and one's name, accents and
 * parenthesised nicknames aside, is the other's or its end ("Netanyahu" / "Benjamin Netanyahu").
 */
export function likelyDuplicates(people: PersonRow[]): LikelyDuplicate[] {
  const groups = new Map<string, PersonRow[]>();
  for (const p of people) {
    const surname = words(p.name).at(-1);
    if (!surname) continue;
    for (const c of p.countries) groups.set(`${c}\u0000${surname}`, [...(groups.get(`${c}\u0000${surname}`) ?? []), p]);
  }
  const found = new Map<string, LikelyDuplicate>();
  for (const [key, group] of groups) {
    const country = key.split("\u0000")[0] ?? "";
    for (const a of group)
      for (const b of group) {
        if (a.id >= b.id || found.has(`${a.id}/${b.id}`)) continue;
        const [wa, wb] = [words(a.name), words(b.name)];
        const [short, long] = wa.length <= wb.length ? [a, b] : [b, a];
        const same = wa.join(" ") === wb.join(" ");
        if (!same && !endsWith(words(long.name), words(short.name))) continue;
        // "King Faisal" (1966-1975) and Saud al-Faisal (2013-2015): the importer's own rule keeps them apart.
        if (a.era && b.era && !erasFit({ names: [a.name], era: a.era }, { names: [b.name], era: b.era })) continue;
        // "President Assad" written up to his funeral (2000) and Bashar Assad after it.
        const buried = (x: PersonRow, y: PersonRow) =>
          !!x.funeral &&
          !!x.era &&
          !!y.era &&
          buriedApart(x.funeral, { names: [x.name], era: x.era }, { names: [y.name], era: y.era });
        if (buried(a, b) || buried(b, a)) continue;
        // "Prime Minister Papandreou" of 1964 (Georgios) and Andreas Papandreou: the office holders' terms tell.
        const holder = (x: PersonRow) =>
          x.era ? holderOf([x.name], x.era, (c) => !!x.countryIds?.includes(c)) : undefined;
        if (holdersApart(holder(a), holder(b))) continue;
        // "Ziaur Rahman" (President) in "Khaleda Ziaur Rahman" (Prime Minister): another's name inside hers.
        if (a.era && b.era && skipsFirstGiven(a.name, b.name) && !titleInCommon(a.era, b.era)) continue;
        const evidence = same
          ? `the same name, accents and case aside; both represent ${country}`
          : `"${short.name}" is the end of "${long.name}"; both represent ${country}`;
        found.set(`${a.id}/${b.id}`, { a: short, b: long, country, evidence });
      }
  }
  // A short name that ends several full names may be any of them ("Aquino": Benigno or Corazon): said so.
  const fuller = new Map<string, number>();
  for (const d of found.values()) fuller.set(d.a.id, (fuller.get(d.a.id) ?? 0) + 1);
  for (const d of found.values()) {
    const n = fuller.get(d.a.id) ?? 1;
    if (n > 1) d.evidence += `; "${d.a.name}" fits ${n} people, so which one is not known`;
  }
  return [...found.values()].sort((x, y) => (x.b.name < y.b.name ? -1 : x.b.name > y.b.name ? 1 : 0));
}

/** The people of the database with what they represented, for likelyDuplicates. */
export async function loadPeople(db: BulkDb): Promise<PersonRow[]> {
  const rows = await db.$queryRawUnsafe<
    (Omit<PersonRow, "era"> & { titles: string[]; first: string | null; last: string | null })[]
  >(
    `SELECT a.id::text, a.name,
       coalesce((SELECT array_agg(DISTINCT lower(p.title_as_reported)) FROM participant p WHERE p.actor_id = a.id AND p.title_as_reported <> ''), '{}') AS titles,
       (SELECT to_char(min(p.engagement_start_date), 'YYYY-MM-DD') FROM participant p WHERE p.actor_id = a.id) AS first,
       (SELECT to_char(max(p.engagement_start_date), 'YYYY-MM-DD') FROM participant p WHERE p.actor_id = a.id) AS last,
       coalesce((SELECT array_agg(i.scheme || ':' || i.value ORDER BY i.scheme, i.value) FROM actor_identifier i WHERE i.actor_id = a.id), '{}') AS identifiers,
       coalesce((SELECT array_agg(DISTINCT c.name) FROM participant p JOIN actor c ON c.id = p.represents_id WHERE p.actor_id = a.id), '{}') AS countries,
       coalesce((SELECT array_agg(DISTINCT ci.value) FROM participant p JOIN actor_identifier ci ON ci.actor_id = p.represents_id AND ci.scheme = 'hsg-country'
                 WHERE p.actor_id = a.id), '{}') AS "countryIds",
       (SELECT count(DISTINCT p.engagement_id)::int FROM participant p WHERE p.actor_id = a.id) AS engagements
     FROM actor a WHERE a.kind = 'PERSON'`,
  );
  // The funerals the stored trips attended, each kept on the people its name fits who are written up to it.
  const trips = await db.$queryRawUnsafe<{ date: string; text: string }[]>(
    `SELECT to_char(start_date, 'YYYY-MM-DD') AS date, coalesce(summary, '') || ' ' || title AS text
     FROM engagement WHERE external_scheme = 'hsg-trip' AND (summary ILIKE '%funeral%' OR title ILIKE '%funeral%')`,
  );
  const funerals = trips.flatMap((t) => {
    const f = funeralOf(t.text);
    return f ? [{ name: f.name, date: t.date }] : [];
  });
  return rows.map(({ titles, first, last, ...row }) => {
    const era = { titles: new Set(titles), ...(first ? { first } : {}), ...(last ? { last } : {}) };
    const funeral = funerals
      .filter((f) => last && last <= f.date && sameNames(f.name, row.name))
      .sort((x, y) => (x.date < y.date ? -1 : 1))[0];
    return { ...row, era, ...(funeral ? { funeral } : {}) };
  });
}
