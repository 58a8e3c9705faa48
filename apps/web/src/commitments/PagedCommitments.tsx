import type { VariablesOf } from "@accord/sdk";
import { usePagedList } from "../api/usePagedList";
import { LoadMore } from "../ui/LoadMore";
import { QueryStatus } from "../ui/Status";
import { type CommitmentItem, CommitmentList } from "./CommitmentList";
import { CommitmentsQuery } from "./commitments.query";

export type CommitmentFilter = NonNullable<VariablesOf<typeof CommitmentsQuery>["filter"]>;

/** The commitments a filter selects, a page at a time; `keep` leaves out what the filter cannot express. */
export function PagedCommitments({
  filter,
  what,
  keep = () => true,
}: {
  filter: CommitmentFilter;
  what: string;
  keep?: (commitment: CommitmentItem) => boolean;
}) {
  const list = usePagedList(what, CommitmentsQuery, { filter }, (data) => data.commitments);
  return (
    <QueryStatus query={list}>
      {() => (
        <>
          <CommitmentList commitments={list.nodes.filter(keep)} />
          <LoadMore list={list} noun="commitments" />
        </>
      )}
    </QueryStatus>
  );
}
