export {
  adminQuery,
  createTestDatabase,
  databaseUrlFor,
  seededTemplate,
  type TestDatabase,
  testServerUrl,
} from "./test-database";
