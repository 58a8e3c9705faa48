export type TenureFact = {
  key: string;
  office: { jurisdiction: string; name: string; description?: string };
  holder: string;
  start: string;
  end?: string;
};

export const tenureFacts: TenureFact[] = [
  {
    key: "cho-tae-yul/rok-minister-of-foreign-affairs",
    office: { jurisdiction: "rok", name: "Minister of Foreign Affairs" },
    holder: "cho-tae-yul",
    start: "2024-01-11",
    end: "2025-06",
  },
  {
    key: "mark-rutte/nato-secretary-general",
    office: { jurisdiction: "nato", name: "Secretary General" },
    holder: "mark-rutte",
    start: "2024-10-01",
  },
];
