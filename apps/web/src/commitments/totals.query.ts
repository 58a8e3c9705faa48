import { graphql } from "@accord/sdk";

/**
 * Sums per committer and beneficiary, by status (what is still promised) and by stage (what was delivered):
 * the server adds, each promise once, and never across currencies.
 */
export const CommitmentTotalsQuery = graphql(`
  query ExplorerCommitmentTotals($filter: CommitmentFilter) {
    byStatus: commitmentTotals(filter: $filter, groupBy: [COMMITTER, BENEFICIARY, CURRENCY, STATUS]) {
      committer {
        id
        name
      }
      beneficiary {
        id
        name
      }
      currency
      status
      total
    }
    byStage: commitmentTotals(filter: $filter, groupBy: [STAGE, COMMITTER, BENEFICIARY, CURRENCY]) {
      committer {
        id
      }
      beneficiary {
        id
      }
      currency
      stage
      total
    }
  }
`);
