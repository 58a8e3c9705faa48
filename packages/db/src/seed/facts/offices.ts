export type TenureFact = {
  key: string;
  office: { jurisdiction: string; name: string; description?: string };
  holder: string;
  /** EDTF (2024-10-01, 2025-06~); left out when no source states it, never guessed. */
  start?: string;
  end?: string;
};

export const tenureFacts: TenureFact[] = [
  {
    key: "cho-tae-yul/rok-minister-of-foreign-affairs",
    office: { jurisdiction: "rok", name: "Minister of Foreign Affairs" },
    holder: "cho-tae-yul",
    // The article gives no dates of his office; FACTS.md: "Foreign Minister until mid-2025", so June 2025,
    // approximately. When he took office is stated nowhere we cite: unknown.
    end: "2025-06~",
  },
  {
    key: "mark-rutte/nato-secretary-general",
    office: { jurisdiction: "nato", name: "Secretary General" },
    holder: "mark-rutte",
    // FACTS.md: "Mark Rutte became NATO Secretary General on 2024-10-01".
    start: "2024-10-01",
  },
];
