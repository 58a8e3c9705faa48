export type TopicFact = { slug: string; name: string; parent?: string };

/** Parents come before their children. */
export const topicFacts: TopicFact[] = [
  { slug: "security", name: "Security" },
  { slug: "russia-dprk-military-cooperation", name: "Russia–North Korea military cooperation", parent: "security" },
  { slug: "global-security-situation", name: "Global security situation", parent: "security" },
  { slug: "interlinked-regional-security", name: "Euro-Atlantic and Indo-Pacific security", parent: "security" },
  { slug: "information-sharing", name: "Information sharing", parent: "security" },
  { slug: "cooperation", name: "Cooperation" },
  { slug: "rok-nato-cooperation", name: "ROK–NATO cooperation", parent: "cooperation" },
  { slug: "nato-partnerships", name: "NATO partnerships", parent: "cooperation" },
  { slug: "ukraine", name: "Ukraine" },
  { slug: "russo-ukraine-war", name: "Russo-Ukrainian war", parent: "ukraine" },
  { slug: "end-of-war-negotiations", name: "End-of-war negotiations", parent: "russo-ukraine-war" },
  { slug: "ukraine-reconstruction", name: "Ukraine's reconstruction", parent: "ukraine" },
];
