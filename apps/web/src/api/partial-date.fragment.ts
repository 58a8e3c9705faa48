import { graphql } from "@accord/sdk";

/** What the explorer reads of every PartialDate: its text and precision (formatPartial), the days it spans (the timeline). */
export const PartialDateFields = graphql(`
  fragment PartialDateFields on PartialDate {
    start
    end
    iso
    precision
  }
`);
