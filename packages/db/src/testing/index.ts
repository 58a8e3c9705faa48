export { adminQuery, createTestDatabase, databaseUrlFor, type TestDatabase, testServerUrl } from "./test-database";
