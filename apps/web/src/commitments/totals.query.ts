import { graphql } from "@accord/sdk";

/** Sums per committer, beneficiary, currency and status: the server adds, and never across currencies. */
export const CommitmentTotalsQuery = graphql(`
  query ExplorerCommitmentTotals($filter: CommitmentFilter) {
    commitmentTotals(filter: $filter, groupBy: [COMMITTER, BENEFICIARY, CURRENCY, STATUS]) {
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
      count
    }
  }
`);
