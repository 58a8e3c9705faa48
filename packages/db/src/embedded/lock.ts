import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";

export type DataDirLock = { path: string; release(): void };

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function readLockPid(lockPath: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, "utf8").trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes `<dataDir>.lock` for this process: two PGlite instances on one folder would corrupt it.
 * A lock left by a process that no longer runs (a crash, kill -9) is taken over.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const lockPath = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      const releaseOnExit = () => release();
      const release = () => {
        process.removeListener("exit", releaseOnExit);
        if (readLockPid(lockPath) === process.pid) rmSync(lockPath, { force: true });
      };
      process.on("exit", releaseOnExit);
      return { path: lockPath, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = readLockPid(lockPath);
      if (pid === process.pid) throw new Error(`the embedded database in ${dataDir} is already open in this process`);
      if (pid !== undefined && isRunning(pid)) {
        throw new Error(
          `the embedded database in ${dataDir} is in use by process ${pid} (lock file ${lockPath}): stop that process, set DATABASE_URL, or point ACCORD_DATA_DIR elsewhere`,
        );
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`could not take the lock file ${lockPath} for the embedded database`);
}
