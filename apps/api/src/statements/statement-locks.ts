import type { Tx } from "../writes/transaction";

/**
 * Locks a statement's engagement (FOR SHARE) before the statement: an engagement re-date holds the engagement,
 * then waits for the statement's topics and the statement, so a statement write that locked the statement
 * first and the engagement in its triggers (the tallies) could deadlock with it.
 */
export async function lockEngagementOfStatement(tx: Tx, statementId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM engagement e JOIN statement s ON s.engagement_id = e.id
    WHERE s.id = ${statementId}::uuid FOR SHARE OF e`;
}
