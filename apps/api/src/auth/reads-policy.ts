/** Reads are open unless ACCORD_READS_REQUIRE_TOKEN=true (or the server is built with the option). */
export function readsRequireTokenFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(1|true|yes)$/i.test(env.ACCORD_READS_REQUIRE_TOKEN?.trim() ?? "");
}
