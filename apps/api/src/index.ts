export { buildAccordSchema } from "./schema/build-schema";
export { type AccordServer, type AccordServerOptions, createAccordServer } from "./server";
