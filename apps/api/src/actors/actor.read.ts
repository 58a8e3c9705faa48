import { Prisma } from "@accord/db";
import { commitmentsMadeSpec, commitmentsSpec } from "../commitments/commitment.loaders";
import { OrderDirection } from "../common/order-direction";
import { connectionJson } from "../compiled-reads/connections";
import {
  connection,
  describeType,
  type FieldRead,
  keysetRoot,
  list,
  reference,
  storedGlobalId,
} from "../compiled-reads/describe";
import { type Page, rankedPage, requestedPage } from "../compiled-reads/pages";
import type { EngagementPageArgs } from "../engagements/engagement.input";
import { actorEngagementRowsSql } from "../engagements/engagement.nested";
import { EngagementOrderField, engagementOrderList } from "../engagements/engagement-order";
import { actorTenuresSpec } from "../offices/tenure.nested";
import { statementsBySpeakerSpec } from "../statements/statement.loaders";
import type { ActorsArgs } from "./actor.input";
import { actorBodiesSpec } from "./actor.nested";
import { actorConditions, actorSort, actorTable } from "./actor.service";
import { actorTimelineRead } from "./actor-timeline";

/**
 * An actor's engagements (directly or through a participant representing it). Per actor, not with the
 * window spec's UNION over every participant: two index lookups keep it to the actor's own rows.
 */
const actorEngagements: FieldRead = (c, row, nodes, typeName) => {
  const args = c.args(typeName, nodes[0]) as EngagementPageArgs;
  const request = requestedPage(args);
  const field = args.orderBy?.field ?? EngagementOrderField.START_DATE;
  const participations = `SELECT p.engagement_id FROM participant p WHERE p.actor_id = ${row}.id
    UNION SELECT p.engagement_id FROM participant p WHERE p.represents_id = ${row}.id`;
  const total = Prisma.raw(`(SELECT count(*)::int FROM (${participations}) ep)`);
  if (field !== EngagementOrderField.START_DATE) {
    // Each participation's engagement by primary key (OFFSET 0 keeps it so); joined plainly, the
    // planner walks a whole engagement index for every actor.
    const from = `(${participations}) ep CROSS JOIN LATERAL (SELECT * FROM engagement e0 WHERE e0.id = ep.engagement_id OFFSET 0) e`;
    const rows = { from, id: "e.id", where: "TRUE", order: engagementOrderList(args.orderBy) };
    return connectionJson(c, "EngagementConnection", { ...rankedPage(rows, args, "Engagement"), total }, nodes);
  }
  // The page straight from the timeline indexes (participant's copy of the start date), either way round,
  // as whole rows in order: the edges read them where they are.
  const ascending = (args.orderBy?.direction === OrderDirection.ASC) !== request.backward;
  const after = request.cursor ? `'${request.cursor}'::uuid` : undefined;
  const page: Page = {
    ids: Prisma.raw(actorEngagementRowsSql(`${row}.id`, request.size + 1, ascending ? "ASC" : "DESC", after)),
    wholeRows: true,
    size: request.size,
    backward: request.backward,
    resumed: Boolean(request.cursor),
    nodeType: "Engagement",
    total,
  };
  return connectionJson(c, "EngagementConnection", page, nodes);
};

export const actorsRoot = keysetRoot("actors", "ActorConnection", "Actor", actorTable, (args) => {
  const { filter, orderBy } = args as unknown as ActorsArgs;
  return { where: actorConditions(filter), sort: actorSort(orderBy) };
});

export const actorRead = describeType(
  "Actor",
  "actor",
  {
    id: storedGlobalId,
    parent: reference("Actor", "parent_id"),
    aliases: list("ActorAlias", (row) => `SELECT * FROM actor_alias WHERE actor_id = ${row}.id ORDER BY name, id`),
    identifiers: list(
      "ActorIdentifier",
      (row) => `SELECT * FROM actor_identifier WHERE actor_id = ${row}.id ORDER BY scheme, value`,
    ),
    bodies: connection("ActorConnection", "Actor", () => actorBodiesSpec),
    tenures: connection("TenureConnection", "Tenure", () => actorTenuresSpec),
    engagements: actorEngagements,
    timeline: actorTimelineRead,
    statements: connection("StatementConnection", "Statement", () => statementsBySpeakerSpec),
    commitmentsMade: connection("CommitmentConnection", "Commitment", () => commitmentsMadeSpec),
    commitmentsReceived: connection("CommitmentConnection", "Commitment", () => commitmentsSpec("c.beneficiary_id")),
  },
  "Actor",
);
