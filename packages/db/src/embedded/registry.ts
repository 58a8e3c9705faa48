// URLs served by an embedded database in this process: their clients must hold one connection at a time.
const servedUrls = new Set<string>();

export function registerEmbeddedUrl(url: string): () => void {
  servedUrls.add(url);
  return () => servedUrls.delete(url);
}

/** True when the URL points at an embedded (PGlite) database started by this process. */
export function isEmbeddedDatabaseUrl(url: string): boolean {
  return servedUrls.has(url);
}
