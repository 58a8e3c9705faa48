/** A file or record a reader left out on purpose, and why (printed with the import's counts). */
export type Skip = { file: string; line?: number; record?: string; reason: string };

export function formatSkip(s: Skip): string {
  const where = s.line ? `${s.file}:${s.line}` : s.file;
  return `skipped: ${where}${s.record ? ` ${s.record}` : ""}: ${s.reason}`;
}
