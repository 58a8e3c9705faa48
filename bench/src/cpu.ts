// CPU time a server and its PostgreSQL backends spend, read from /proc: per request it does not depend
// on what else the machine is running, unlike requests per second.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import pg from "pg";

const ticksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;

/** User + system CPU of one process so far, in ms (0 once it has gone). */
function processCpuMs(pid: number): number {
  try {
    // After "pid (comm) ": state is field 0, utime 11, stime 12.
    const [, after] = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ");
    const fields = after?.split(" ") ?? [];
    return ((Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) * 1000) / ticksPerSecond;
  } catch {
    return 0;
  }
}

export type CpuSample = { server: number; database: number };

/** Samples the server process and every backend connected to `database` (but this sampler's own). */
export async function cpuSampler(serverUrl: string, database: string) {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  return {
    async sample(pid: number): Promise<CpuSample> {
      const { rows } = await client.query<{ pid: number }>(
        "SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
        [database],
      );
      return { server: processCpuMs(pid), database: rows.reduce((sum, row) => sum + processCpuMs(row.pid), 0) };
    },
    close: () => client.end(),
  };
}
