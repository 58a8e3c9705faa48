import { graphql } from "@accord/sdk";

/** What a commitment shows in any list: its terms, parties, status and where it was made. */
export const CommitmentFields = graphql(`
  fragment CommitmentFields on Commitment {
    id
    kind
    status
    description
    made {
      iso
      precision
    }
    money {
      amount
      currency
      asReported
    }
    committer {
      id
      name
    }
    beneficiary {
      id
      name
    }
    engagement {
      id
      title
    }
    citations {
      id
    }
  }
`);
