import type { NonEmptyArray } from "type-graphql";
import { ActorResolver } from "../actors/actor.resolver";
import { CounterpartsResolver } from "../analytics/counterparts.resolver";
import { EngagementCountsResolver } from "../analytics/engagement-counts.resolver";
import { StatementCountsResolver } from "../analytics/statement-counts.resolver";
import { CommitmentResolver } from "../commitments/commitment.resolver";
import { CommitmentItemResolver } from "../commitments/commitment-item.resolver";
import { ActorCommitmentsResolver, EngagementCommitmentsResolver } from "../commitments/commitment-nested.resolver";
import { CommitmentLinkResolver, CommitmentStatusChangeResolver } from "../commitments/commitment-parts.resolver";
import { CommitmentStageMutations } from "../commitments/commitment-stage.mutations";
import { CommitmentStageResolver, CommitmentStagesResolver } from "../commitments/commitment-stage.resolver";
import { CommitmentTotalsResolver } from "../commitments/commitment-totals.resolver";
import { CommitmentConvertedResolver, CommitmentStageConvertedResolver } from "../commitments/converted-money.resolver";
import { CommitmentTotalConvertedResolver } from "../commitments/converted-total.resolver";
import { NodeResolver } from "../common/node.resolver";
import { EngagementResolver } from "../engagements/engagement.resolver";
import { ParticipantResolver } from "../engagements/participant.resolver";
import { OfficeResolver, TenureResolver } from "../offices/office.resolver";
import { SearchResolver } from "../search/search.resolver";
import { CitationResolver } from "../sources/citation.resolver";
import { EngagementCitationsResolver, SourceCitationsResolver } from "../sources/citation-nested.resolver";
import { SourceResolver } from "../sources/source.resolver";
import { StatementResolver } from "../statements/statement.resolver";
import { ActorStatementsResolver, EngagementStatementsResolver } from "../statements/statement-nested.resolver";
import { StatementTopicsResolver, TopicStatementsResolver } from "../statements/statement-topics.resolver";
import { TopicResolver } from "../topics/topic.resolver";
import { writeResolvers } from "../writes/write-resolvers";

/** Every feature's resolvers; a new feature adds its own here. */
export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  ActorResolver,
  EngagementResolver,
  ParticipantResolver,
  TopicResolver,
  OfficeResolver,
  TenureResolver,
  SearchResolver,
  StatementResolver,
  EngagementStatementsResolver,
  ActorStatementsResolver,
  StatementTopicsResolver,
  TopicStatementsResolver,
  CommitmentResolver,
  CommitmentStatusChangeResolver,
  CommitmentLinkResolver,
  CommitmentStagesResolver,
  CommitmentStageResolver,
  CommitmentItemResolver,
  CommitmentConvertedResolver,
  CommitmentStageConvertedResolver,
  CommitmentStageMutations,
  CommitmentTotalsResolver,
  CommitmentTotalConvertedResolver,
  EngagementCountsResolver,
  StatementCountsResolver,
  CounterpartsResolver,
  ActorCommitmentsResolver,
  EngagementCommitmentsResolver,
  SourceResolver,
  CitationResolver,
  EngagementCitationsResolver,
  SourceCitationsResolver,
  ...writeResolvers,
];
