import { type Logger, pino } from "pino";

export type { Logger };

export type CreateLoggerOptions = { level: string; destination?: NodeJS.WritableStream };

/** Structured JSON logs on stdout, one object a line. */
export function createLogger({ level, destination }: CreateLoggerOptions): Logger {
  const options = { level, base: { service: "accord-api" }, timestamp: pino.stdTimeFunctions.isoTime };
  // Buffered writes (flushed on exit by pino): a synchronous write per request line costs a system call each.
  return pino(options, destination ?? pino.destination({ dest: 1, sync: false }));
}

/** The default for servers built without a logger (tests): logs nothing. */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}
