import { Prisma } from "@accord/db";
import type { FieldNode, SelectionSetNode } from "graphql";
import { commitmentsSpec } from "../commitments/commitment.loaders";
import { OrderDirection } from "../common/order-direction";
import type { WindowListSpec } from "../common/window-connection";
import type { EngagementPageArgs } from "../engagements/engagement.input";
import { actorEngagementIdsSql } from "../engagements/engagement.nested";
import { EngagementOrderField, engagementOrderList } from "../engagements/engagement-order";
import { defaultParticipants, maxParticipants } from "../engagements/participants.loader";
import { smallListMax } from "../limits/list-size";
import { statementsByEngagementSpec, statementsBySpeakerSpec } from "../statements/statement.loaders";
import { connectionJson, forwardPageSize, listJson, type PageArgs } from "./connections";
import { type Compilation, selectionJson, subSelections } from "./selection";
import { globalIdSql, notCompiled } from "./sql";

/** Compiles one field of a row (alias `row`) to an SQL expression giving its JSON value. */
type FieldCompiler = (c: Compilation, row: string, nodes: FieldNode[], typeName: string) => Prisma.Sql;
type TypeCompiler = { table: string; fields: Record<string, FieldCompiler> };

const column =
  (name: string): FieldCompiler =>
  (_c, row) =>
    Prisma.raw(`${row}.${name}`);

const globalId =
  (type: string): FieldCompiler =>
  (_c, row) =>
    globalIdSql(type, `${row}.id`);

// The ID the row keeps in its global_id column, set by a trigger (migration 20261128014000_stored_global_ids).
const storedGlobalId: FieldCompiler = (_c, row) => Prisma.raw(`${row}.global_id`);

/** A reference to another row by a foreign-key column (null when the column is). */
const reference =
  (type: string, foreignKey: string): FieldCompiler =>
  (c, row, nodes) =>
    rowJson(c, type, Prisma.raw(`${row}.${foreignKey}`), subSelections(nodes));

/** A nested connection described by the same WindowListSpec its DataLoader uses. */
const nested =
  (connectionType: string, nodeType: string, spec: (args: PageArgs) => WindowListSpec): FieldCompiler =>
  (c, row, nodes, typeName) => {
    const args = c.args(typeName, nodes[0]!) as PageArgs;
    const size = forwardPageSize(args);
    const chosen = spec(args);
    const order = typeof chosen.order === "string" ? chosen.order : chosen.order(args);
    const where = Prisma.raw(`${chosen.parent} = ${row}.id`);
    return connectionJson(c, connectionType, { from: chosen.from, id: chosen.id, where, order, nodeType }, size, nodes);
  };

/**
 * An actor's engagements (directly or through a participant representing it). Per actor, not with the
 * window spec's UNION over every participant: two index lookups keep it to the actor's own rows.
 */
const actorEngagements: FieldCompiler = (c, row, nodes, typeName) => {
  const args = c.args(typeName, nodes[0]!) as EngagementPageArgs;
  const size = forwardPageSize(args);
  const field = args.orderBy?.field ?? EngagementOrderField.START_DATE;
  const direction = args.orderBy?.direction === OrderDirection.ASC ? "ASC" : "DESC";
  const participations = `SELECT p.engagement_id FROM participant p WHERE p.actor_id = ${row}.id
    UNION SELECT p.engagement_id FROM participant p WHERE p.represents_id = ${row}.id`;
  const total = Prisma.raw(`(SELECT count(*)::int FROM (${participations}) ep)`);
  if (field === EngagementOrderField.START_DATE) {
    // The page straight from the timeline indexes (participant's copy of the start date).
    const from = `(${actorEngagementIdsSql(`${row}.id`, size + 1, direction)}) tl`;
    const source = { from, id: "tl.id", where: Prisma.raw("TRUE"), order: "tl.rn", nodeType: "Engagement", total };
    return connectionJson(c, "EngagementConnection", source, size, nodes);
  }
  // Other orders: each participation's engagement by primary key (OFFSET 0 keeps it so); joined
  // plainly, the planner walks a whole engagement index for every actor.
  const from = `(${participations}) ep CROSS JOIN LATERAL (SELECT * FROM engagement e0 WHERE e0.id = ep.engagement_id OFFSET 0) e`;
  const order = engagementOrderList(args.orderBy);
  const source = { from, id: "e.id", where: Prisma.raw("TRUE"), order, nodeType: "Engagement", total };
  return connectionJson(c, "EngagementConnection", source, size, nodes);
};

export const objectTypes: Record<string, TypeCompiler> = {
  Engagement: {
    table: "engagement",
    fields: {
      id: storedGlobalId,
      kind: column("kind"),
      status: column("status"),
      title: column("title"),
      summary: column("summary"),
      startDate: column("start_date"),
      startPrecision: column("start_precision"),
      endDate: column("end_date"),
      endPrecision: column("end_precision"),
      dateInferred: column("date_inferred"),
      spanEnd: column("span_end"),
      place: column("place"),
      city: column("city"),
      country: reference("Actor", "country_id"),
      parent: reference("Engagement", "parent_id"),
      participantCount: (_c, row) =>
        Prisma.raw(`(SELECT count(*)::int FROM participant WHERE engagement_id = ${row}.id)`),
      participants: (c, row, nodes) => {
        const first = (c.args("Engagement", nodes[0]!).first as number | null) ?? defaultParticipants;
        if (first < 1 || first > maxParticipants) notCompiled("participants.first");
        const rows = (alias: string) =>
          Prisma.raw(
            `(SELECT * FROM participant WHERE engagement_id = ${row}.id ORDER BY position, id LIMIT ${first}) ${alias}`,
          );
        return listJson(c, "Participant", rows, nodes);
      },
      topics: (c, row, nodes) => {
        // Each topic by primary key (OFFSET 0 keeps it so): joined plainly, the topic table is hashed per engagement.
        const rows = (alias: string) =>
          Prisma.raw(`(SELECT t.* FROM engagement_topic et
            CROSS JOIN LATERAL (SELECT * FROM topic t0 WHERE t0.id = et.topic_id OFFSET 0) t
            WHERE et.engagement_id = ${row}.id ORDER BY t.path LIMIT ${smallListMax}) ${alias}`);
        return listJson(c, "Topic", rows, nodes);
      },
      statements: nested("StatementConnection", "Statement", () => statementsByEngagementSpec),
      commitments: nested("CommitmentConnection", "Commitment", () => commitmentsSpec("c.engagement_id")),
    },
  },
  Actor: {
    table: "actor",
    fields: {
      id: storedGlobalId,
      kind: column("kind"),
      name: column("name"),
      description: column("description"),
      parent: reference("Actor", "parent_id"),
      engagements: actorEngagements,
      statements: nested("StatementConnection", "Statement", () => statementsBySpeakerSpec),
      commitmentsMade: nested("CommitmentConnection", "Commitment", () => commitmentsSpec("c.committer_id")),
      commitmentsReceived: nested("CommitmentConnection", "Commitment", () => commitmentsSpec("c.beneficiary_id")),
    },
  },
  Participant: {
    table: "participant",
    fields: {
      id: globalId("Participant"),
      role: column("role"),
      titleAsReported: column("title_as_reported"),
      actor: reference("Actor", "actor_id"),
      represents: reference("Actor", "represents_id"),
    },
  },
  Topic: {
    table: "topic",
    fields: {
      id: storedGlobalId,
      slug: column("slug"),
      name: column("name"),
      description: column("description"),
      path: column("path"),
      parent: reference("Topic", "parent_id"),
    },
  },
  Statement: {
    table: "statement",
    fields: {
      id: storedGlobalId,
      kind: column("kind"),
      gist: column("gist"),
      quote: column("quote"),
      speaker: reference("Actor", "speaker_id"),
      engagement: reference("Engagement", "engagement_id"),
    },
  },
  Commitment: {
    table: "commitment",
    fields: {
      id: storedGlobalId,
      kind: column("kind"),
      description: column("description"),
      status: column("status"),
      madeOn: column("made_on"),
      madeOnPrecision: column("made_on_precision"),
      committer: reference("Actor", "committer_id"),
      beneficiary: reference("Actor", "beneficiary_id"),
      engagement: reference("Engagement", "engagement_id"),
      money: (c, row, nodes) => {
        const money: Record<string, string> = {
          // Prisma's Decimal prints without trailing zeros, as trim_scale does.
          amount: `trim_scale(${row}.amount)::text`,
          currency: `${row}.currency`,
          asReported: `${row}.amount_as_reported`,
        };
        const json = selectionJson(c, "Money", subSelections(nodes), (name) =>
          Object.hasOwn(money, name) ? Prisma.raw(money[name]!) : undefined,
        );
        return Prisma.sql`CASE WHEN ${Prisma.raw(row)}.amount IS NULL OR ${Prisma.raw(row)}.currency IS NULL THEN NULL ELSE ${json} END`;
      },
    },
  },
};

/** The selected fields of one row of `typeName` (alias `row`) as a JSON object. */
export function objectJson(
  c: Compilation,
  typeName: string,
  row: string,
  selectionSets: readonly (SelectionSetNode | undefined)[],
): Prisma.Sql {
  const type = objectTypes[typeName] ?? notCompiled(`type ${typeName}`);
  return selectionJson(c, typeName, selectionSets, (name, nodes) =>
    Object.hasOwn(type.fields, name) ? type.fields[name]!(c, row, nodes, typeName) : undefined,
  );
}

/** One row of `typeName` by id as a JSON object, null when there is none. */
export function rowJson(
  c: Compilation,
  typeName: string,
  id: Prisma.Sql,
  selectionSets: readonly (SelectionSetNode | undefined)[],
): Prisma.Sql {
  const type = objectTypes[typeName] ?? notCompiled(`type ${typeName}`);
  const alias = c.alias();
  return Prisma.sql`(SELECT ${objectJson(c, typeName, alias, selectionSets)} FROM ${Prisma.raw(type.table)} ${Prisma.raw(alias)} WHERE ${Prisma.raw(alias)}.id = ${id})`;
}
