export const sourceFact = {
  key: "diplomacy-journal/cho-rutte-2025-04-02",
  kind: "NEWS_ARTICLE" as const,
  // The article has no headline (its first line is the byline), and none is made up for it.
  title: null,
  publisher: "diplomacy-journal",
  authors: ["kayla-lee"],
  language: "en",
};
