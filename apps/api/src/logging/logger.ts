import { type Logger, pino } from "pino";

export type { Logger };

export type CreateLoggerOptions = { level: string };

/** Structured JSON logs on stdout, one object a line. */
export function createLogger({ level }: CreateLoggerOptions): Logger {
  return pino({ level, base: { service: "accord-api" }, timestamp: pino.stdTimeFunctions.isoTime });
}

/** The default for servers built without a logger (tests): logs nothing. */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}
