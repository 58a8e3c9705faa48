import { streamRecords } from "./stream-records";

/** One term of an office holder as presidents.xml gives it; a second term apart is a second entry. */
export type Term = { who: string; name: string; n: string; start: string; end: string | null };

/** who → terms, from an office-holders file (root <presidents>): took-office and left-office dates. */
export async function readTerms(path: string): Promise<Map<string, Term[]>> {
  const terms = new Map<string, Term[]>();
  for await (const r of streamRecords(path, "president")) {
    const who = r.fields.id ?? "";
    if (!who) continue;
    const term: Term = {
      who,
      // A later term may give no <name> (Trump's second): the name comes from another term or the trips.
      name: r.fields.name ?? "",
      n: r.attributes.n ?? String((terms.get(who)?.length ?? 0) + 1),
      start: r.fields["took-office-date"] ?? "",
      // <left-office-date still-in-office="true"/>: the term has no end yet.
      end: r.fields["left-office-date"] || null,
    };
    terms.set(who, [...(terms.get(who) ?? []), term]);
  }
  return terms;
}
