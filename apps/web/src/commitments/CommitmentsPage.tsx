import { ActorNameQuery } from "../actors/actor.query";
import { useAccordQuery } from "../api/client";
import type { CommitmentItem } from "./CommitmentList";
import { PagedCommitments } from "./PagedCommitments";

const none = "-";

function useActorName(id: string): string | null {
  const actor = useAccordQuery("the actor's name", ActorNameQuery, { id }, { enabled: id !== none });
  return actor.data?.node?.__typename === "Actor" ? actor.data.node.name : null;
}

/** The commitments behind one bar: a committer's to a beneficiary, in one currency. */
export function CommitmentsPage(params: { committer: string; beneficiary: string; currency: string }) {
  const filter = {
    currency: params.currency,
    ...(params.committer === none ? {} : { committer: params.committer }),
    ...(params.beneficiary === none ? {} : { beneficiary: params.beneficiary }),
  };
  const committer = useActorName(params.committer);
  const beneficiary = useActorName(params.beneficiary);
  // A bar without a beneficiary holds only the commitments that name none (no filter says so).
  const keep = params.beneficiary === none ? (c: CommitmentItem) => c.beneficiary === null : undefined;
  return (
    <article>
      <h2>
        Commitments in {params.currency}
        {committer ? ` by ${committer}` : ""}
        {beneficiary ? ` to ${beneficiary}` : ""}
      </h2>
      <PagedCommitments filter={filter} what="commitments" keep={keep} />
    </article>
  );
}
