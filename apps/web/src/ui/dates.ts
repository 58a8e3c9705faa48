// One formatter for every date: toLocaleString builds a new one per call, milliseconds each on a long timeline.
const monthNames = new Intl.DateTimeFormat("en", { month: "long", timeZone: "UTC" });

/** A date as precise as it is known: 2025-04-02, April 2025, 2024. */
export function formatDate(date: string | null | undefined, precision?: string | null): string {
  if (!date) return "date unknown";
  const [year, month, day] = date.split("-").map(Number);
  if (precision === "YEAR" || month === undefined) return String(year);
  const monthName = monthNames.format(new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, 1)));
  if (precision === "MONTH" || day === undefined) return `${monthName} ${year}`;
  return `${day} ${monthName} ${year}`;
}

/** An enum value as words: BILATERAL_MEETING → bilateral meeting. */
export function words(value: string): string {
  return value.toLowerCase().replaceAll("_", " ");
}

/** A PartialDate as precise as it is known (its ISO text is already at its precision). */
export function formatPartial(date: { iso: string; precision: string } | null | undefined): string {
  return date ? formatDate(date.iso, date.precision) : "date unknown";
}
