import type { StatementKind } from "@accord/domain";

export type StatementFact = {
  key: string;
  speaker: string;
  kind: StatementKind;
  gist: string;
  /** The passage of the article, exactly; also the statement's citation. */
  quote: string;
  topics: string[];
  mentions: string[];
};

/** The statements of engagement 2, in the article's order (position = number). */
export const statementFacts: StatementFact[] = [
  {
    key: "1",
    speaker: "mark-rutte",
    kind: "WELCOME",
    gist: "Pleased at Cho's participation in the NATO Foreign Ministers' Meeting.",
    quote:
      "Secretary General Rutte expressed his pleasure at Minister Cho's participation in the NATO Foreign Ministers' Meeting",
    topics: ["nato-partnerships"],
    mentions: ["cho-tae-yul"],
  },
  {
    key: "2",
    speaker: "mark-rutte",
    kind: "POSITION",
    gist: "NATO values cooperation with its Indo-Pacific partners (ROK, Japan, Australia, New Zealand); Euro-Atlantic and Asia-Pacific security are intertwined.",
    quote:
      "emphasized that NATO attaches great importance to cooperation with its partners in the region, including South Korea, Japan, Australia, and New Zealand, as the security of Europe and the Asia-Pacific region are intertwined",
    topics: ["nato-partnerships", "interlinked-regional-security"],
    mentions: ["rok", "japan", "australia", "new-zealand"],
  },
  {
    key: "3",
    speaker: "cho-tae-yul",
    kind: "POSITION",
    gist: "NATO–partner cooperation is a useful mechanism against security challenges such as the Russo-Ukraine war.",
    quote:
      "Cho said that cooperation between NATO and its partners is a useful mechanism for responding to security challenges that undermine stability in Europe and the Asia-Pacific region, such as the Russo-Ukraine War",
    topics: ["nato-partnerships", "russo-ukraine-war"],
    mentions: ["nato", "russia", "ukraine"],
  },
  {
    key: "4",
    speaker: "cho-tae-yul",
    kind: "REQUEST",
    gist: "Asks for support and interest in strengthening and expanding ROK–NATO cooperation.",
    quote: "expressed the Secretary General's support and interest in strengthening and expanding ROK-NATO cooperation",
    topics: ["rok-nato-cooperation"],
    mentions: ["nato"],
  },
  {
    key: "5",
    speaker: "mark-rutte",
    kind: "HOPE",
    gist: "Hopes the ROK will promote defence cooperation with NATO itself, not only with member states.",
    quote:
      "Secretary General Rutte expressed his hope that the ROK would promote defense cooperation not only with individual NATO member states but also with NATO itself",
    topics: ["rok-nato-cooperation"],
    mentions: ["rok"],
  },
  {
    key: "6",
    speaker: "cho-tae-yul",
    kind: "PROPOSAL",
    gist: "Expand cooperation starting from what is feasible through working-level consultations.",
    quote:
      "Minister Cho suggested that the ROK expand cooperation from what is feasible through working-level consultations",
    topics: ["rok-nato-cooperation"],
    mentions: ["nato"],
  },
  {
    key: "7",
    speaker: "mark-rutte",
    kind: "APPRECIATION",
    gist: "Appreciates the ROK's information sharing, including its briefing to the North Atlantic Council on Russia–North Korea military cooperation.",
    quote:
      "Secretary General Rutte also appreciated the ROK's information sharing, including the briefing on Russo-North Korea military cooperation that we held at the NATO North Atlantic Council last year.",
    topics: ["information-sharing", "russia-dprk-military-cooperation"],
    mentions: ["rok", "russia", "north-korea", "nac"],
  },
  {
    key: "8",
    speaker: "cho-tae-yul",
    kind: "REQUEST",
    gist: "Asks for NATO's interest in the early completion of the ROK–NATO information-sharing channel.",
    quote:
      "Minister Cho also asked for NATO's interest in the early completion of the establishment of the ROK-NATO information sharing channel, which has been underway since last year.",
    topics: ["information-sharing", "rok-nato-cooperation"],
    mentions: ["nato"],
  },
  {
    key: "9",
    speaker: "cho-tae-yul",
    kind: "DEMAND",
    gist: "Russia–North Korea military cooperation must stop immediately, even during the end-of-war negotiations on Ukraine; no rewards to North Korea for its misbehaviour.",
    quote:
      "Cho stressed that the ongoing military cooperation between Russia and North Korea should be immediately halted, even during the end-of-war negotiations in Ukraine, and that no rewards should be given to North Korea for its misbehavior during the end-of-war process.",
    topics: ["russia-dprk-military-cooperation", "end-of-war-negotiations"],
    mentions: ["russia", "north-korea", "ukraine"],
  },
  {
    key: "10",
    speaker: "mark-rutte",
    kind: "AGREEMENT",
    gist: "Russia–North Korea military cooperation is a common threat to Europe and the Asia-Pacific; close cooperation between NATO and partners is crucial.",
    quote:
      "Secretary General Rutte agreed that Russian-North Korea military cooperation is a common security threat to Europe and the Asia-Pacific region, and that close cooperation between NATO and its partners is crucial.",
    topics: ["russia-dprk-military-cooperation", "nato-partnerships"],
    mentions: ["russia", "north-korea", "nato"],
  },
  {
    key: "11",
    speaker: "cho-tae-yul",
    kind: "PLEDGE",
    gist: "The ROK keeps working with the international community for peace and reconstruction in Ukraine.",
    quote:
      "Cho said that South Korea will continue to work with the international community to restore peace and reconstruction in Ukraine as soon as possible",
    topics: ["ukraine-reconstruction"],
    mentions: ["ukraine"],
  },
  {
    key: "12",
    speaker: "cho-tae-yul",
    kind: "PLEDGE",
    gist: "A USD 2 billion medium- and long-term package for Ukraine's reconstruction, following last year's USD 400 million.",
    quote:
      "plans to support Ukraine's reconstruction through a $2 billion medium- and long-term assistance package, following last year's $400 million in assistance.",
    topics: ["ukraine-reconstruction"],
    mentions: ["ukraine"],
  },
  {
    key: "13",
    speaker: "mark-rutte",
    kind: "APPRECIATION",
    gist: "Deep appreciation for South Korea's support for Ukraine.",
    quote: "Secretary-General Rutte expressed his deep appreciation for South Korea's support for Ukraine.",
    topics: ["ukraine"],
    mentions: ["rok", "ukraine"],
  },
];
