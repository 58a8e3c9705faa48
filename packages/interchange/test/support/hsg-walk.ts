import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { resolveCountryId } from "../../src/hsg/historical-states";
import type { ImportResult } from "../../src/import-records";
import type { ImportDatabase } from "./helpers";

export type Walked = { path: string; name: string; records: number };
export type FileTally = { file: string; inFile: number; imported: number; skipped: number; rejected: number };

const kinds = {
  travels: { root: "trips", record: "trip", scheme: "hsg-trip" },
  visits: { root: "visits", record: "visit", scheme: "hsg-visit" },
} as const;
export type HsgKind = keyof typeof kinds;

/** Every .xml under the folders whose root is the format's, with its records counted by a regex (not the importer's parser). */
export async function walkXml(folders: string[], kind: HsgKind): Promise<Walked[]> {
  const { root, record } = kinds[kind];
  const found: Walked[] = [];
  const visit = async (dir: string): Promise<void> => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await visit(path);
      else if (entry.name.endsWith(".xml")) {
        const text = await readFile(path, "utf8");
        const body = text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, "").trimStart();
        if (!body.startsWith(`<${root}>`) && !body.startsWith(`<${root} `)) continue;
        const records = (text.match(new RegExp(`<${record}[\\s>]`, "g")) ?? []).length;
        found.push({ path, name: basename(path), records });
      }
    }
  };
  for (const folder of folders) if (existsSync(folder)) await visit(folder);
  return found;
}

/**
 * Per file: the records the XML holds, the engagements cited to it, and what the import reported
 * skipped or rejected there. A file is faithful when imported + skipped + rejected = in the file.
 */
export async function tallyFiles(
  db: ImportDatabase,
  files: Walked[],
  result: ImportResult,
  kind: HsgKind,
): Promise<FileTally[]> {
  const rows = await db.prisma.$queryRawUnsafe<{ file: string; n: bigint }[]>(
    `SELECT split_part(c.locator, '#', 1) AS file, count(DISTINCT e.id) AS n
     FROM engagement e JOIN citation c ON c.engagement_id = e.id
     WHERE e.external_scheme = $1 GROUP BY 1`,
    kinds[kind].scheme,
  );
  const imported = new Map(rows.map((r) => [r.file, Number(r.n)]));
  const rejectedLines = (file: string) =>
    new Set(result.problems.filter((p) => p.severity === "error" && p.file === file).map((p) => p.line)).size;
  return files.map((f) => ({
    file: f.name,
    inFile: f.records,
    imported: imported.get(f.name) ?? 0,
    skipped: result.skipped.filter((s) => s.file === f.name && s.record).length,
    rejected: rejectedLines(f.name),
  }));
}

/** The tallies that do not add up: records neither imported nor reported. */
export const unaccounted = (tallies: FileTally[]) =>
  tallies.filter((t) => t.imported + t.skipped + t.rejected !== t.inFile || (t.inFile > 0 && t.imported === 0));

/** The country ids (hsg-country) the files' records name, by a regex; a former state's where the table says so. */
export async function countryIds(files: Walked[], kind: HsgKind): Promise<Set<string>> {
  const { record } = kinds[kind];
  const country = kind === "travels" ? /<country id="([^"]+)">([^<]*)</ : /<from id="([^"]+)">([^<]*)</;
  const ids = new Set<string>();
  for (const f of files)
    for (const block of (await readFile(f.path, "utf8")).split(new RegExp(`<${record}[\\s>]`)).slice(1)) {
      const [, id = "", name = ""] = block.match(country) ?? [];
      const start = block.match(/<start-date>([^<]*)</)?.[1] ?? "";
      if (id) ids.add(resolveCountryId(id, name.trim(), start));
    }
  return ids;
}

/** The actors of an identifier, each with the engagement schemes it takes part in or is represented in. */
export async function schemesOfActor(db: ImportDatabase, scheme: string, value: string) {
  const engagement = { include: { engagement: { select: { externalScheme: true } } } };
  const actors = await db.prisma.actor.findMany({
    where: { identifiers: { some: { scheme, value } } },
    include: { participations: engagement, representations: engagement },
  });
  return actors.map((a) => ({
    name: a.name,
    schemes: [...new Set([...a.participations, ...a.representations].map((p) => p.engagement.externalScheme))].sort(),
  }));
}

/** PERSON actors whose full names (two words or more), accents and case aside, are the same: one person made twice. */
export async function samePersonTwice(db: ImportDatabase): Promise<string[][]> {
  const people = await db.prisma.actor.findMany({ where: { kind: "PERSON" }, select: { name: true } });
  const byName = new Map<string, string[]>();
  for (const p of people) {
    const key = p.name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
    byName.set(key, [...(byName.get(key) ?? []), p.name]);
  }
  return [...byName.entries()]
    .filter(([key, names]) => key.includes(" ") && names.length > 1)
    .map(([, names]) => names);
}
