import { type Logger, pino } from "pino";

export type { Logger };

export type CreateLoggerOptions = { level: string; destination?: NodeJS.WritableStream };

/** Structured JSON logs on stdout, one object a line. */
export function createLogger({ level, destination }: CreateLoggerOptions): Logger {
  const options = { level, base: { service: "accord-api" }, timestamp: pino.stdTimeFunctions.isoTime };
  return destination ? pino(options, destination) : pino(options);
}

/** The default for servers built without a logger (tests): logs nothing. */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}
