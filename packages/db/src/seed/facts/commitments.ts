import type { CommitmentKind, CommitmentLinkKind, CommitmentStatus } from "@accord/domain";

export type CommitmentFact = {
  key: string;
  committer: string;
  /** Who commits together with the committer (a joint commitment). */
  coCommitters?: string[];
  /** In whose favour; absent for a joint commitment whose parties serve themselves. */
  beneficiary?: string;
  kind: CommitmentKind;
  description: string;
  /** As the article writes it; parsed with parseMoney. */
  money?: string;
  status: CommitmentStatus;
  madeOn: string;
  /** madeOn and the history's dates are inferred (FACTS.md: "April 2" is 2025-04-02, "last year" 2024). */
  madeOnInferred: boolean;
  engagement: string;
  statement: string;
  history: { status: CommitmentStatus; effectiveOn: string; note: string }[];
  links: { kind: CommitmentLinkKind; to: string }[];
  quote: string;
};

export const commitmentFacts: CommitmentFact[] = [
  {
    key: "C2",
    committer: "rok",
    beneficiary: "ukraine",
    kind: "FINANCIAL",
    description: "Assistance to Ukraine in 2024",
    money: "$400 million",
    status: "DELIVERED",
    madeOn: "2024",
    madeOnInferred: true,
    engagement: "2",
    statement: "12",
    history: [{ status: "DELIVERED", effectiveOn: "2024", note: "Provided last year, as Cho recalled on 2025-04-02." }],
    links: [],
    quote: "following last year's $400 million in assistance",
  },
  {
    key: "C1",
    committer: "rok",
    beneficiary: "ukraine",
    kind: "FINANCIAL",
    description: "Medium- and long-term assistance package for Ukraine's reconstruction",
    money: "$2 billion",
    status: "ANNOUNCED",
    madeOn: "2025-04-02",
    madeOnInferred: true,
    engagement: "2",
    statement: "12",
    history: [{ status: "ANNOUNCED", effectiveOn: "2025-04-02", note: "Announced by Cho as planned." }],
    links: [{ kind: "FOLLOWS", to: "C2" }],
    quote: "support Ukraine's reconstruction through a $2 billion medium- and long-term assistance package",
  },
  {
    key: "C3",
    // FACTS.md: ROK ↔ NATO, a channel the two establish together.
    committer: "rok",
    coCommitters: ["nato"],
    kind: "INSTITUTIONAL",
    description: "Establish a ROK–NATO information-sharing channel",
    status: "IN_PROGRESS",
    madeOn: "2024",
    madeOnInferred: true,
    engagement: "2",
    statement: "8",
    history: [
      { status: "IN_PROGRESS", effectiveOn: "2024", note: "Underway since last year; early completion requested." },
    ],
    links: [],
    quote: "the establishment of the ROK-NATO information sharing channel, which has been underway since last year",
  },
  {
    key: "C4",
    committer: "rok",
    beneficiary: "nato",
    kind: "COOPERATION",
    description: "Expand cooperation from what is feasible through working-level consultations",
    status: "PROPOSED",
    madeOn: "2025-04-02",
    madeOnInferred: true,
    engagement: "2",
    statement: "6",
    history: [{ status: "PROPOSED", effectiveOn: "2025-04-02", note: "Suggested by Cho." }],
    links: [],
    quote: "the ROK expand cooperation from what is feasible through working-level consultations",
  },
  {
    key: "C5",
    committer: "rok",
    beneficiary: "ukraine",
    kind: "COOPERATION",
    description: "Keep working with the international community for peace and reconstruction in Ukraine",
    status: "IN_PROGRESS",
    madeOn: "2025-04-02",
    madeOnInferred: true,
    engagement: "2",
    statement: "11",
    history: [{ status: "IN_PROGRESS", effectiveOn: "2025-04-02", note: "Ongoing, as Cho said." }],
    links: [],
    quote:
      "South Korea will continue to work with the international community to restore peace and reconstruction in Ukraine",
  },
];
