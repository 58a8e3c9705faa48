import { actorRead, actorsRoot } from "../actors/actor.read";
import { actorAliasRead, actorIdentifierRead } from "../actors/actor-parts.read";
import { counterpartRead, counterpartsRoot } from "../analytics/counterparts.read";
import { engagementCountRead, engagementCountsRoot } from "../analytics/engagement-counts.read";
import { statementCountRead, statementCountsRoot } from "../analytics/statement-counts.read";
import { commitmentRead, commitmentsRoot } from "../commitments/commitment.read";
import { commitmentItemRead } from "../commitments/commitment-item.read";
import { commitmentLinkRead, commitmentStatusChangeRead } from "../commitments/commitment-parts.read";
import { commitmentStageRead } from "../commitments/commitment-stage.read";
import { commitmentTotalRead, commitmentTotalsRoot, convertedTotalRead } from "../commitments/commitment-totals.read";
import { convertedMoneyRead } from "../commitments/converted-money.read";
import { moneyRead } from "../commitments/money.read";
import { nodeRoot, nodesRoot } from "../common/node.read";
import { partialDateRead } from "../dates/partial-date.read";
import { engagementRead, engagementsRoot } from "../engagements/engagement.read";
import { participantRead } from "../engagements/participant.read";
import { officeHoldersRoot, officeRead, tenureRead } from "../offices/office.read";
import { searchEdgeRead, searchRoot } from "../search/search.read";
import { citationRead } from "../sources/citation.read";
import { sourceRead, sourcesRoot } from "../sources/source.read";
import { statementRead, statementsRoot } from "../statements/statement.read";
import { topicRead, topicsRoot } from "../topics/topic.read";
import type { ReadDescription, RootRead } from "./describe";
import type { ReadRegistry } from "./selection";

/** The features' read descriptions, gathered: what the compiler reads and the schema walk checks. */
const types: ReadDescription[] = [
  actorRead,
  engagementRead,
  participantRead,
  topicRead,
  statementRead,
  commitmentRead,
  moneyRead,
  convertedMoneyRead,
  partialDateRead,
  commitmentTotalRead,
  convertedTotalRead,
  searchEdgeRead,
  actorAliasRead,
  actorIdentifierRead,
  commitmentStatusChangeRead,
  commitmentLinkRead,
  commitmentStageRead,
  commitmentItemRead,
  officeRead,
  tenureRead,
  sourceRead,
  citationRead,
  engagementCountRead,
  statementCountRead,
  counterpartRead,
];

const roots: RootRead[] = [
  engagementsRoot,
  nodeRoot,
  nodesRoot,
  searchRoot,
  commitmentTotalsRoot,
  actorsRoot,
  statementsRoot,
  commitmentsRoot,
  officeHoldersRoot,
  topicsRoot,
  sourcesRoot,
  engagementCountsRoot,
  statementCountsRoot,
  counterpartsRoot,
];

export const reads: ReadRegistry = {
  types: new Map(types.map((description) => [description.type, description])),
  roots: new Map(roots.map((root) => [root.field, root])),
};
