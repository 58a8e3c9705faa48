import { useAccordQuery } from "../api/client";
import { QueryStatus } from "../ui/Status";
import { CommitmentList } from "./CommitmentList";
import { CommitmentsQuery } from "./commitments.query";

const none = "-";

/** The commitments behind one bar: a committer's to a beneficiary, in one currency. */
export function CommitmentsPage(params: { committer: string; beneficiary: string; currency: string }) {
  const filter = {
    currency: params.currency,
    ...(params.committer === none ? {} : { committer: params.committer }),
    ...(params.beneficiary === none ? {} : { beneficiary: params.beneficiary }),
  };
  const commitments = useAccordQuery("commitments", CommitmentsQuery, { filter });
  return (
    <article>
      <QueryStatus query={commitments}>
        {() => {
          const all = commitments.data?.commitments.edges.map((edge) => edge.node) ?? [];
          // A bar without a beneficiary holds only the commitments that name none.
          const shown = params.beneficiary === none ? all.filter((c) => c.beneficiary === null) : all;
          const first = shown[0];
          return (
            <>
              <h2>
                Commitments in {params.currency}
                {first ? ` by ${first.committer.name}` : ""}
                {first?.beneficiary ? ` to ${first.beneficiary.name}` : ""}
              </h2>
              <CommitmentList commitments={shown} />
            </>
          );
        }}
      </QueryStatus>
    </article>
  );
}
