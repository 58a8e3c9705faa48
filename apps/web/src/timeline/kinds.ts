// One colour per engagement kind, each at least 3:1 against the white page (WCAG non-text contrast).
export const kindColours: Record<string, string> = {
  BILATERAL_MEETING: "#0b5cad",
  MULTILATERAL_MEETING: "#7a3e9d",
  SUMMIT: "#a3231f",
  CONFERENCE: "#b35900",
  VISIT: "#1d7a3a",
  CALL: "#00727a",
  BRIEFING: "#6b5d00",
  NEGOTIATION: "#9c2f6b",
  SIGNING: "#44546a",
  OTHER: "#6e6e6e",
};

export function kindColour(kind: string): string {
  return kindColours[kind] ?? "#6e6e6e";
}
