import { Bar, Presets } from "cli-progress";

/** Progress of one phase: a bar on a terminal, plain lines every few seconds otherwise (on stderr). */
export type Progress = { start(phase: string, total: number): void; tick(count?: number): void; stop(): void };

export const silentProgress: Progress = { start() {}, tick() {}, stop() {} };

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY) {
    let bar: Bar | null = null;
    return {
      start(phase, total) {
        bar?.stop();
        // An unknown total (the first pass reads the input once) counts up instead.
        const format = total
          ? "{phase} [{bar}] {value}/{total} {percentage}% {eta_formatted} left"
          : "{phase} {value} records";
        bar = new Bar({ stream, format, hideCursor: true }, Presets.shades_classic);
        bar.start(total || Number.MAX_SAFE_INTEGER, 0, { phase: phase.padEnd(12) });
      },
      tick(count = 1) {
        bar?.increment(count);
      },
      stop() {
        bar?.stop();
        bar = null;
      },
    };
  }
  let phase = "";
  let total = 0;
  let done = 0;
  let last = 0;
  let began = 0;
  const print = (end = "") => stream.write(`${phase}: ${total ? `${done}/${total}` : done}${end}\n`);
  return {
    start(name, count) {
      phase = name;
      total = count;
      done = 0;
      last = Date.now();
      began = last;
    },
    tick(count = 1) {
      done += count;
      if (Date.now() - last >= 2000) {
        last = Date.now();
        print();
      }
    },
    stop() {
      if (phase) print(` done in ${((Date.now() - began) / 1000).toFixed(1)} s`);
      phase = "";
    },
  };
}
