export const sourceFact = {
  key: "diplomacy-journal/cho-rutte-2025-04-02",
  kind: "NEWS_ARTICLE" as const,
  title: "Foreign Minister Cho Tae-yul meets NATO Secretary General Mark Rutte",
  publisher: "diplomacy-journal",
  authors: ["kayla-lee"],
  language: "en",
};
