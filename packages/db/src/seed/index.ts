export { seedDatabase } from "./seed-database";
export { readSeedArticle, seedArticlePath } from "./seed-source";
export { type ModelCounts, type SeedResult, seedScheme } from "./sync";
