import { once } from "node:events";
import { generateRecords } from "@accord/interchange";
import type { Command } from "commander";

const positiveInteger = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number ≥ 0, not "${value}"`);
  return n;
};

export function registerGenerateCommand(program: Command): void {
  program
    .command("generate")
    .description("Write a synthetic interchange data set (NDJSON) to stdout; the same seed gives the same file.")
    .requiredOption("--engagements <n>", "number of engagements", positiveInteger("--engagements"))
    .option("--seed <s>", "random seed", positiveInteger("--seed"), 1)
    .action(async (flags: { engagements: number; seed: number }) => {
      let lines = 0;
      for (const record of generateRecords({ engagements: flags.engagements, seed: flags.seed })) {
        // Back-pressure: a big data set is written as it is made, never held whole.
        if (!process.stdout.write(`${JSON.stringify(record)}\n`)) await once(process.stdout, "drain");
        lines++;
      }
      process.stderr.write(`generated ${lines} records (${flags.engagements} engagements, seed ${flags.seed})\n`);
    });
}
