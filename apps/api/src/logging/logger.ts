import { type Logger, pino } from "pino";

export type { Logger };

export type CreateLoggerOptions = { level: string; destination?: NodeJS.WritableStream };

// Lines go out 4 KB at a time, or after a second: one write a line was ~8% of the API's CPU under load
// (a write(2) per request). Exit flushes what is left (pino's on-exit handler); a SIGKILL loses ≤ 4 KB.
const batched = { minLength: 4096, periodicFlush: 1000 };

/** Structured JSON logs on stdout, one object a line. */
export function createLogger({ level, destination }: CreateLoggerOptions): Logger {
  const options = { level, base: { service: "accord-api" }, timestamp: pino.stdTimeFunctions.isoTime };
  // Buffered writes (flushed on exit by pino): a synchronous write per request line costs a system call each.
  return pino(options, destination ?? pino.destination({ dest: 1, sync: false, ...batched }));
}

/** The default for servers built without a logger (tests): logs nothing. */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}
