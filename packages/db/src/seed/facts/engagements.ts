import type { EngagementKind, ParticipantRole } from "@accord/domain";

export type EngagementFact = {
  key: string;
  kind: EngagementKind;
  title: string;
  summary: string;
  start: string;
  dateInferred: boolean;
  place?: string;
  city?: string;
  parent?: string;
  participants: { actor: string; role: ParticipantRole; represents?: string; titleAsReported?: string }[];
  topics: string[];
  /** Passages of the article the engagement is read from. */
  quotes: string[];
};

/** Parents come before their side engagements. */
export const engagementFacts: EngagementFact[] = [
  {
    key: "1",
    kind: "MULTILATERAL_MEETING",
    title: "NATO Foreign Ministers' Meeting",
    summary: "Meeting of NATO foreign ministers in Brussels, attended by the Republic of Korea as a partner.",
    start: "2025-04",
    dateInferred: true,
    city: "Brussels",
    participants: [
      { actor: "nato", role: "HOST" },
      { actor: "cho-tae-yul", role: "GUEST", represents: "rok", titleAsReported: "Minister" },
    ],
    topics: ["nato-partnerships"],
    quotes: ["Minister Cho's participation in the NATO Foreign Ministers' Meeting"],
  },
  {
    key: "2",
    kind: "BILATERAL_MEETING",
    title: "Cho Tae-yul – Mark Rutte meeting",
    summary:
      "Foreign Minister Cho Tae-yul and NATO Secretary General Mark Rutte met on the sidelines of the NATO Foreign Ministers' Meeting and exchanged views on ROK–NATO cooperation, Russia–North Korea military cooperation and the global security situation.",
    start: "2025-04-02",
    dateInferred: true,
    place: "NATO headquarters",
    city: "Brussels",
    parent: "1",
    participants: [
      { actor: "cho-tae-yul", role: "VISITOR", represents: "rok", titleAsReported: "Foreign Minister" },
      { actor: "mark-rutte", role: "HOST", represents: "nato", titleAsReported: "Secretary General" },
    ],
    topics: ["rok-nato-cooperation", "russia-dprk-military-cooperation", "global-security-situation"],
    quotes: [
      "Foreign Minister Cho Tae-yul met with NATO Secretary General Mark Rutte at the North Atlantic Treaty Organization (NATO) headquarters in Brussels on April 2, and exchanged views on ▴ ROK-NATO cooperation, ▴ major security issues such as Russo-North Korean military cooperation, and ▴ the global security situation.",
    ],
  },
  {
    key: "3",
    kind: "BRIEFING",
    title: "ROK briefing to the North Atlantic Council on Russia–North Korea military cooperation",
    summary: "The Republic of Korea briefed NATO's North Atlantic Council on Russia–North Korea military cooperation.",
    start: "2024",
    dateInferred: true,
    participants: [
      { actor: "rok", role: "BRIEFER" },
      { actor: "nac", role: "AUDIENCE", represents: "nato" },
      { actor: "nato", role: "AUDIENCE" },
    ],
    topics: ["russia-dprk-military-cooperation", "information-sharing"],
    quotes: [
      "the briefing on Russo-North Korea military cooperation that we held at the NATO North Atlantic Council last year",
    ],
  },
];
