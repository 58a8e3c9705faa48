// One person, one actor: the people a reader found (met in trips, visitors) are put together with one
// another and with the people the database already holds when their names are one person's
// (person-names.ts) and they belong to the same country (turkey and turkiye are one: ISO TR). A name
// that fits two people who are not one ("Aliyev": Heydar and Ilham) joins neither. A person met at a
// summit, whose country the remark does not give, takes the country of the one it joins.

import type { ExternalId } from "@accord/domain";
import { hsgCountryScheme, hsgCountryToIso, isoScheme } from "../countries";
import { buriedApart, type Funeral } from "./funerals";
import { holderOf, holdersApart } from "./holders-abroad";
import { type Mentions, mentionCounts, recordsOf } from "./mentions";
import { type Appearance, type NameKey, nameKeysOf } from "./name-keys";
import {
  type Era,
  erasFit,
  joinEras,
  nearestInTime,
  noEra,
  oneWordOnly,
  titleInCommon,
  yearsApart,
} from "./one-word-names";
import { firstSurnameOf, fullestName, nameWords, sameNames, skipsFirstGiven } from "./person-names";

/**
 * A person a reader found: key is its hsg-met identifier's value; countryId "" when not known; mentions:
 * the reader's records that write each spelling of the name (one key: accents, case aside).
 */
export type FoundPerson = {
  key: string;
  name: string;
  countryId: string;
  description?: string;
  mentions?: Mentions;
  /** When and as what the records write it (one-word-names.ts). */
  era?: Era;
};

/**
 * A person of the database: its hsg-met keys, the countries it represented or is filed under, the
 * stored records that write each of its names (mentions), when and as what it took part (era).
 */
export type KnownPerson = {
  actorId: string;
  name: string;
  aliases: string[];
  keys: string[];
  countries: ExternalId[];
  mentions?: Mentions;
  /** When and as what the records write it (one-word-names.ts). */
  era?: Era;
  /** What another reader wrote of it: kept where this reader's records say nothing. */
  description?: string;
  /** Its trips and visits, as what and when: its one-word keys are decided again (name-keys.ts). */
  appearances?: Appearance[];
};

/** A one-word key that leaves a stored person, with the engagements it was written for. */
export type KeyMove = { key: string; from: string; engagements: string[] };

/** One actor to write: the found people's keys (and the database actor's), its names, its country. */
export type ResolvedPerson = {
  keys: string[];
  name: string;
  aliases: string[];
  description?: string;
  actorId?: string;
  country?: ExternalId;
  /** One-word keys it takes from other stored people, with their engagements. */
  moves?: KeyMove[];
};

/** Countries of one ISO code are one; a former state or territory is its own. */
export const countryGroup = (c: ExternalId): string =>
  c.scheme === isoScheme
    ? `iso:${c.value}`
    : c.scheme === hsgCountryScheme && hsgCountryToIso[c.value]
      ? `iso:${hsgCountryToIso[c.value]}`
      : `${c.scheme}:${c.value}`;

/**
 * A former state or a territory and the countries whose people it names too: "President Havel" of
 * Czechoslovakia and of the Czech Republic, Abbas met in the West Bank and as the Palestinian Authority's.
 */
const successors: Record<string, string[]> = {
  "hsg-country:czechoslovakia": ["iso:CZ", "iso:SK"],
  "hsg-country:soviet-union": ["iso:RU"],
  "hsg-country:west-bank": ["iso:PS"],
};
const linked = (a: string, b: string) => a === b || !!successors[a]?.includes(b) || !!successors[b]?.includes(a);

/** The country an hsg-met key is filed under ("germany/kohl" → germany), none for "unknown/…". */
export const countryOfKey = (key: string): ExternalId | null => {
  const id = key.split("/")[0] ?? "";
  return id && id !== "unknown" ? { scheme: hsgCountryScheme, value: id } : null;
};

/** Countries whose people bear two family names, the father's first (person-names.ts firstSurnameOf). */
const twoSurnames = new Set(
  "AR BO BR CL CO CR CU DO EC ES GQ GT HN MX NI PA PE PT PY SV UY VE".split(" ").map((iso) => `iso:${iso}`),
);
/**
 * A one-word name and a full name of such a country written at most this many years apart: "President Somoza"
 * of 1973 is Anastasio Somoza Debayle (1967-1971), his father's "President Somoza" of 1939 and 1952 is not;
 * "President Lleras" of 1960 (Alberto Lleras Camargo) is not Carlos Lleras Restrepo (1969).
 */
const firstSurnameYears = 2;

/**
 * Whether two people's names fit. When both have names of more words, those decide: a one-word alias
 * the database holds ("Rasmussen", of Lars Lokke Rasmussen) does not join another full name ("Poul
 * Nyrup Rasmussen") that the full names keep apart. Names that fit only by leaving out one's first given
 * name need a title in common as well: President Ziaur Rahman is not Prime Minister Khaleda Ziaur Rahman.
 */
function namesFit(a: Node, b: Node, loose: boolean): boolean {
  const full = (names: string[]) => names.filter((n) => nameWords(n).length > 1);
  const [fa, fb] = [full(a.names), full(b.names)];
  const [xs, ys] = fa.length && fb.length ? [fa, fb] : [a.names, b.names];
  const pairs = xs.flatMap((x) => ys.filter((y) => sameNames(x, y, { loose })).map((y) => [x, y] as const));
  if (pairs.some(([x, y]) => !skipsFirstGiven(x, y)) || (pairs.length > 0 && titleInCommon(a.era, b.era))) return true;
  // A first family name: asked here, not of the eras alone, so that the people a name fits are not one another by it.
  const [one, other] = oneWordOnly(a.names) ? [a, b] : [b, a];
  return (
    oneWordOnly(one.names) &&
    [...a.groups.keys(), ...b.groups.keys()].some((g) => twoSurnames.has(g)) &&
    !!one.era.first &&
    !!other.era.first &&
    yearsApart(one.era, other.era) <= firstSurnameYears &&
    one.names.some((n) => other.names.some((m) => firstSurnameOf(n, m)))
  );
}

type Node = {
  names: string[];
  era: Era;
  groups: Map<string, ExternalId>;
  found: FoundPerson[];
  known?: KnownPerson;
  /** A stored person's one-word key, decided again. */
  nameKey?: NameKey;
  /** Which office holder of holders-abroad.ts it is, when the table tells. */
  holder?: string[];
};

/** Whether a node is for this import to place: found by the reader, or a stored one-word key. */
const live = (n: Node) => n.found.length > 0 || !!n.nameKey;
/** The stored actor a node is of, if any. */
const storedOf = (n: Node) => n.known?.actorId ?? n.nameKey?.actorId;
/**
 * Whether two nodes may be put together: one found by the reader; or a stored one-word key with its own
 * person or with another stored person; never two stored people, nor keys of two stored people by one another.
 */
const joinable = (a: Node, b: Node) =>
  a.found.length > 0 ||
  b.found.length > 0 ||
  (!!(a.nameKey || b.nameKey) && (storedOf(a) === storedOf(b) || !a.nameKey || !b.nameKey));

export function resolvePeople(found: FoundPerson[], known: KnownPerson[], funerals: Funeral[] = []): ResolvedPerson[] {
  const nodes: Node[] = [];
  const nodeOfKey = new Map<string, number>();
  const addGroup = (n: Node, c: ExternalId | null) => {
    if (c) n.groups.set(countryGroup(c), c);
  };
  // People whose every key is a one-word key decided again: the part keeping most of them keeps the actor.
  const unkept = new Map<string, KnownPerson>();
  // A one-word key is decided again only when this import writes in full someone its name fits, of its country.
  const fullFound = found.filter((f) => nameWords(f.name).length > 1);
  const newEvidence = (name: string, key: string) => {
    const country = countryOfKey(key);
    const group = country ? countryGroup(country) : "";
    return fullFound.some(
      (f) =>
        (!group || !f.countryId || linked(group, countryGroup({ scheme: hsgCountryScheme, value: f.countryId }))) &&
        sameNames(name, f.name),
    );
  };
  for (const stored of known) {
    const { nameKeys, rest } = nameKeysOf(stored, newEvidence);
    const moving = new Set(nameKeys.map((n) => n.key));
    const k = moving.size ? { ...stored, keys: stored.keys.filter((key) => !moving.has(key)) } : stored;
    for (const nameKey of nameKeys) {
      const node: Node = { names: [nameKey.name], era: nameKey.era, groups: new Map(), found: [], nameKey };
      addGroup(node, countryOfKey(nameKey.key));
      nodeOfKey.set(nameKey.key, nodes.length);
      nodes.push(node);
    }
    if (!k.keys.length) {
      unkept.set(k.actorId, k);
      continue;
    }
    const era = rest?.first ? rest : (k.era ?? noEra());
    const node: Node = { names: [k.name, ...k.aliases], era, groups: new Map(), found: [], known: k };
    for (const c of k.countries) addGroup(node, c);
    for (const key of k.keys) addGroup(node, countryOfKey(key));
    for (const key of k.keys) nodeOfKey.set(key, nodes.length);
    nodes.push(node);
  }
  for (const f of found) {
    const at = nodeOfKey.get(f.key);
    const node: Node =
      at === undefined ? { names: [], era: noEra(), groups: new Map(), found: [] } : (nodes[at] as Node);
    node.names.push(...new Set([f.name, ...(f.mentions?.keys() ?? [])]));
    if (f.era) node.era = joinEras([node.era, f.era]);
    node.found.push(f);
    addGroup(node, f.countryId ? { scheme: hsgCountryScheme, value: f.countryId } : null);
    if (at === undefined) {
      nodeOfKey.set(f.key, nodes.length);
      nodes.push(node);
    }
  }
  // The office holders' terms are evidence of who a one-word name is, whatever else the records put beside it.
  for (const n of nodes) {
    const groups = [...n.groups.keys()];
    const inCountry = (c: string) =>
      groups.some((g) => linked(g, countryGroup({ scheme: hsgCountryScheme, value: c })));
    n.holder = holderOf(n.names, n.era, inCountry);
  }
  // eras: whether their eras must fit too (one-word-names.ts); not asked when telling whether the
  // people a name fits are one another (mutual), whose eras may each fit it and not one another.
  const fits = (a: Node, b: Node, loose = false, eras = true) =>
    !holdersApart(a.holder, b.holder) &&
    (!a.groups.size ||
      !b.groups.size ||
      [...a.groups.keys()].some((g) => [...b.groups.keys()].some((h) => linked(g, h)))) &&
    namesFit(a, b, loose) &&
    (!eras || (erasFit(a, b, { namesake: namesake(a) || namesake(b) }) && !buried(a, b)));
  // Whether the records write in full someone of a node's family name and country (or of unknown country):
  // only then may its one-word name be another person's, far apart in time.
  const written = new Set(
    nodes.flatMap((n) =>
      n.names
        .filter((name) => nameWords(name).length > 1)
        .flatMap((name) => [...(n.groups.size ? n.groups.keys() : [""])].map((g) => `${g}|${nameWords(name).at(-1)}`)),
    ),
  );
  const namesake = (n: Node) =>
    n.names.some((name) => [...n.groups.keys(), ""].some((g) => written.has(`${g}|${nameWords(name).at(-1)}`)));
  // A funeral of their country that one is written up to and the other after (funerals.ts).
  const buried = (a: Node, b: Node) =>
    funerals.some((f) => {
      const group = countryGroup({ scheme: hsgCountryScheme, value: f.countryId });
      const of = (n: Node) => !n.groups.size || [...n.groups.keys()].some((g) => linked(g, group));
      return of(a) && of(b) && buriedApart(f, a, b);
    });
  // Compare only people who share a word of their names (every fit does, or is a known alias).
  const byWord = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    for (const w of new Set(n.names.flatMap(nameWords))) byWord.set(w, [...(byWord.get(w) ?? []), i]);
  });
  const candidates = nodes.map((n, i) => {
    const near = new Set(n.names.flatMap(nameWords).flatMap((w) => byWord.get(w) ?? []));
    return [...near].filter((j) => j !== i && fits(n, nodes[j] as Node));
  });
  // The people a name fits are one person when they fit one another, a one-letter slip of the family
  // name aside: "Douglas-Home" fits "Home" and "Douglas-Hume", and all three are Alec Douglas-Home.
  const mutual = (c: number[]) =>
    c.every((a, x) => c.slice(x + 1).every((b) => fits(nodes[a] as Node, nodes[b] as Node, true, false)));
  const wild = (i: number) => !nodes[i]?.groups.size;
  const words = (i: number) => new Set((nodes[i] as Node).names.map((n) => nameWords(n).join(" ")));
  // A name that fits two people who do not fit each other goes to the one written nearest in time (a
  // one-word name, one strictly nearer: one-word-names.ts), else is left alone. Among people of known
  // countries, those of unknown country do not count; one of unknown country takes the same name
  // written the same way where there is one ("Helmut Kohl" met at a summit is Germany's, not Austria's "Kohl").
  const oneOf = (i: number, pick: number[]) => {
    if (mutual(pick)) return pick;
    const nearest = nearestInTime(
      nodes[i] as Node,
      pick.map((j) => nodes[j] as Node),
    );
    return nearest === undefined ? [] : [pick[nearest] as number];
  };
  const chosen = candidates.map((c, i) => {
    if (!wild(i))
      return oneOf(
        i,
        c.filter((j) => !wild(j)),
      );
    // Another of unknown country written the same way is no evidence of who it is: the people of known countries are.
    const placed = c.filter((j) => !wild(j));
    const among = placed.length ? placed : c;
    const exact = among.filter((j) => [...words(j)].some((w) => words(i).has(w)));
    return oneOf(i, exact.length ? exact : among);
  });
  const parent = nodes.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  chosen.forEach((c, i) => {
    for (const j of c) {
      const agreed = wild(i) || chosen[j]?.includes(i);
      if (agreed && joinable(nodes[i] as Node, nodes[j] as Node)) parent[root(i)] = root(j);
    }
  });
  const clusters = new Map<number, Node[]>();
  nodes.forEach((n, i) => {
    clusters.set(root(i), [...(clusters.get(root(i)) ?? []), n]);
  });
  const parts: Node[][] = [];
  const own = recordsOf(found.flatMap((f) => f.mentions ?? []));
  for (const members of clusters.values()) {
    if (!members.some(live)) continue;
    // Two actors of the database are not merged here (`accord actors duplicates` lists them). Another member
    // goes with the one of them it fits, or fits nearest in time ("Papandreou" of the 1980s: Andreas
    // Papandreou, not the "Papandreou" of 1964), else stands alone.
    const held = members.filter((m) => m.known);
    const split = held.length > 1 ? held.map((m) => [m]) : [members];
    if (held.length > 1)
      for (const m of members.filter((n) => !n.known)) {
        const fit = held.filter((k) => fits(m, k));
        const at = fit.length === 1 ? 0 : nearestInTime(m, fit);
        const part = at === undefined ? undefined : split[held.indexOf(fit[at] as Node)];
        if (part) part.push(m);
        else split.push([m]);
      }
    for (const part of split) if (part.some(live)) parts.push(part);
  }
  const heirs = heirsOf(parts, unkept);
  const resolved = parts
    .map((part, i) => resolvedOf(part, own, heirs.get(i)))
    .filter((p, i) => parts[i]?.some((m) => m.found.length) || p.moves?.length);
  return resolved.sort((a, b) => ((a.keys[0] ?? "") < (b.keys[0] ?? "") ? -1 : 1));
}

/**
 * The part each stored person whose keys were all decided again stays with: the one holding most of its
 * keys (the first key as the tie-break), unless that part is another stored person's.
 */
function heirsOf(parts: Node[][], unkept: Map<string, KnownPerson>): Map<number, KnownPerson> {
  const heirs = new Map<number, KnownPerson>();
  for (const [actorId, k] of unkept) {
    const held = parts.map((part) =>
      part.filter((m) => m.nameKey?.actorId === actorId).map((m) => m.nameKey?.key ?? ""),
    );
    const best = held
      .map((keys, i) => ({ i, n: keys.length, first: keys.sort()[0] ?? "~" }))
      .filter((h) => h.n && !parts[h.i]?.some((m) => m.known) && !heirs.has(h.i))
      .sort((a, b) => b.n - a.n || (a.first < b.first ? -1 : 1))[0];
    if (best) heirs.set(best.i, k);
  }
  return heirs;
}

function resolvedOf(members: Node[], own: Set<string>, heir?: KnownPerson): ResolvedPerson {
  const known = members.find((m) => m.known)?.known ?? heir;
  const found = members.flatMap((m) => m.found);
  const names = [...new Set(members.flatMap((m) => m.names))];
  const mentions = mentionCounts(
    found.flatMap((f) => f.mentions ?? []),
    known?.mentions ? [known.mentions] : [],
    own,
  );
  const name = fullestName(names, mentions);
  const groups = new Map(members.flatMap((m) => [...m.groups.entries()]));
  const country = groups.size === 1 ? [...groups.values()][0] : undefined;
  // The description of the spelling kept, else of the first key: the same whichever keys the database held;
  // where this reader's records have none (visits write none), the stored one stays (else each reader undoes the other's).
  const description =
    [...found]
      .sort((a, b) => Number(b.name === name) - Number(a.name === name) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map((f) => f.description)
      .find(Boolean) ?? known?.description;
  const nameKeys = members.flatMap((m) => (m.nameKey ? [m.nameKey] : []));
  const moves = nameKeys
    .filter((n) => n.actorId !== known?.actorId)
    .map((n) => ({ key: n.key, from: n.actorId, engagements: n.engagements }));
  return {
    keys: [...new Set([...found.map((f) => f.key), ...(known?.keys ?? []), ...nameKeys.map((n) => n.key)])].sort(),
    name,
    aliases: names.filter((n) => n !== name).sort(),
    ...(description ? { description } : {}),
    ...(known ? { actorId: known.actorId } : {}),
    ...(country ? { country } : {}),
    ...(moves.length ? { moves } : {}),
  };
}
