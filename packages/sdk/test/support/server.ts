// The SDK's tests run against the real API server on a database of their own.

export { loadTrustedDocuments } from "../../../../apps/api/src/trusted-documents/manifest";
export { startTestServer, type TestServer, useTestServer } from "../../../../apps/api/test/support/test-server";
