import { writeFile } from "node:fs/promises";
import path from "node:path";
import { printAccordSchema } from "../schema/print-schema";

// Writes apps/api/schema.graphql, the contract the SDK is generated from.
printAccordSchema()
  .then((sdl) => writeFile(path.resolve(__dirname, "../../schema.graphql"), sdl))
  .then(() => process.stdout.write("wrote apps/api/schema.graphql\n"))
  .catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  });
