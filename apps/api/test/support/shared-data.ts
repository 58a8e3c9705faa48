import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/** ../shared/data beside the repository, or beside a folder above it (a worktree under /work/wt); ACCORD_SHARED_DATA overrides. */
export function findSharedData(): string {
  if (process.env.ACCORD_SHARED_DATA) return process.env.ACCORD_SHARED_DATA;
  for (let dir = join(__dirname, "../../../.."); dirname(dir) !== dir; dir = dirname(dir)) {
    const candidate = join(dirname(dir), "shared", "data");
    if (existsSync(candidate)) return candidate;
  }
  return "../shared/data";
}
