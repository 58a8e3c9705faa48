import { Bar, Presets } from "cli-progress";

/** Progress of one phase: a bar on a terminal, plain lines every few seconds otherwise (on stderr). */
export type Progress = { start(phase: string, total: number): void; tick(count?: number): void; stop(): void };

export const silentProgress: Progress = { start() {}, tick() {}, stop() {} };

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY) {
    const bar = new Bar({ stream, format: "{phase} [{bar}] {value}/{total} {percentage}% {eta_formatted} left", hideCursor: true }, Presets.shades_classic);
    let running = false;
    return {
      start(phase, total) {
        if (running) bar.stop();
        // An unknown total (the first pass reads the input once) counts up instead.
        bar.start(total || 1, 0, { phase: phase.padEnd(12) });
        if (!total) bar.setTotal(Number.MAX_SAFE_INTEGER);
        running = true;
      },
      tick(count = 1) {
        bar.increment(count);
      },
      stop() {
        if (running) bar.stop();
        running = false;
      },
    };
  }
  let phase = "";
  let total = 0;
  let done = 0;
  let last = 0;
  const print = () => stream.write(total ? `${phase}: ${done}/${total}\n` : `${phase}: ${done}\n`);
  return {
    start(name, count) {
      phase = name;
      total = count;
      done = 0;
      last = Date.now();
    },
    tick(count = 1) {
      done += count;
      if (Date.now() - last >= 2000) {
        last = Date.now();
        print();
      }
    },
    stop() {
      if (phase) print();
      phase = "";
    },
  };
}
