export { readSeedArticle, seedArticlePath } from "./seed-source";
export { seedDatabase } from "./seed-database";
export { type ModelCounts, type SeedResult, seedScheme } from "./sync";
