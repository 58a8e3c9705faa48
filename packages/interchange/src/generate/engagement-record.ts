import type { CitationRecord, CommitmentRecord, EngagementRecord, StatementRecord } from "@accord/domain";
import { withExtras } from "./commitment-extras";
import { pad, type Random } from "./random";
import type { Cast } from "./reference-records";
import { commitmentKinds, currencies, engagementKinds, gists, statementKinds, statusPath, topics } from "./vocabulary";

const cities = ["Alvora", "Brenn", "Castel", "Doma", "Eskar", "Fjord", "Geneva", "Halden", "Istra", "Jora"];

export function citation(rng: Random, cast: Cast, n: number): CitationRecord {
  return { source: rng.pick(cast.sources), quote: `Paragraph ${rng.int(1, 40)} of the report.`, locator: `para-${n}` };
}

export function commitment(
  rng: Random,
  cast: Cast,
  key: string,
  j: number,
  speakers: Cast["people"],
  previous: string[],
): CommitmentRecord {
  const committer = rng.pick(speakers);
  const steps = rng.int(1, 4);
  const money = rng.chance(0.6);
  const amount = rng.int(1, 900) * 10 ** rng.int(4, 8);
  const c: CommitmentRecord = {
    id: { scheme: "gen-commitment", value: `${key}-${j}` },
    committer: committer.state,
    beneficiary: rng.pick(cast.states),
    kind: money ? "FINANCIAL" : rng.pick(commitmentKinds),
    description: `Support for ${rng.pick(topics).name.toLowerCase()} programmes`,
    status: statusPath[steps - 1] as string,
    history: statusPath
      .slice(0, steps)
      .map((status, k) => ({ status, effectiveOn: `${2000 + k + rng.int(0, 20)}`, note: `step ${k + 1}` })),
    citations: [citation(rng, cast, j)],
  };
  if (money) {
    const currency = rng.pick(currencies);
    Object.assign(c, {
      amount: String(amount),
      currency,
      amountAsReported: `${currency} ${amount.toLocaleString("en-US")}`,
    });
  }
  if (previous.length && rng.chance(0.1))
    c.links = [{ kind: "FOLLOWS", to: { scheme: "gen-commitment", value: rng.pick(previous) } }];
  return c;
}

/** Engagement number i: 2–10 participants, statements, commitments with money and history, citations. */
export function engagementRecord(
  rng: Random,
  cast: Cast,
  i: number,
  recentCommitments: string[],
  extra?: Random,
): EngagementRecord {
  const key = `E${pad(i, 7)}`;
  const people = rng.sample(cast.people, rng.int(2, 10));
  const host = people[0]?.state ?? rng.pick(cast.states);
  const year = rng.int(1990, 2025);
  const month = rng.int(1, 12);
  const day = rng.int(1, 27);
  const precision = rng.next();
  const start =
    precision < 0.85
      ? `${year}-${pad(month, 2)}-${pad(day, 2)}`
      : precision < 0.95
        ? `${year}-${pad(month, 2)}`
        : `${year}`;
  const statements: StatementRecord[] = Array.from({ length: rng.int(0, 4) }, (_, j) => {
    const speaker = rng.pick(people);
    const topic = rng.pick(topics);
    return {
      id: { scheme: "gen-statement", value: `${key}-${j}` },
      speaker: speaker.id,
      kind: rng.pick(statementKinds),
      gist: `${rng.pick(gists)} ${topic.name.toLowerCase()}`,
      quote: `“We will keep working on ${topic.name.toLowerCase()}.”`,
      topics: [topic.slug],
      mentions: [rng.pick(cast.states)],
      citations: [citation(rng, cast, j)],
    };
  });
  const commitments = Array.from({ length: rng.int(0, 2) }, (_, j) => {
    const c = commitment(rng, cast, key, j, people, recentCommitments);
    return extra ? withExtras(extra, cast, c) : c;
  });
  const e: EngagementRecord = {
    type: "engagement",
    id: { scheme: "gen-engagement", value: key },
    kind: rng.pick(engagementKinds),
    title: `${people[0]?.office ?? "Delegation"} meeting ${key}`,
    summary: `Talks between ${people.length} participants.`,
    start,
    place: `Hall ${rng.int(1, 9)}`,
    city: rng.pick(cities),
    country: host,
    participants: people.map((p, k) => ({
      actor: p.id,
      role: k === 0 ? "HOST" : "PARTICIPANT",
      represents: p.state,
      titleAsReported: p.office,
    })),
    topics: rng.sample(topics, rng.int(0, 3)).map((t) => t.slug),
    citations: [citation(rng, cast, 0)],
    statements,
    commitments,
  };
  if (start.length === 10 && rng.chance(0.3)) e.end = `${year}-${pad(month, 2)}-${pad(day + 1, 2)}`;
  if (i > 10 && rng.chance(0.05)) e.parent = { scheme: "gen-engagement", value: `E${pad(rng.int(1, i - 1), 7)}` };
  for (const c of commitments) if (c.id) recentCommitments.push(c.id.value);
  if (recentCommitments.length > 200) recentCommitments.splice(0, recentCommitments.length - 200);
  return e;
}
