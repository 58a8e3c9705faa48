import type { PrismaClient } from "@accord/db";
import DataLoader from "dataloader";
import { ArgsType, Field, ID, Int } from "type-graphql";
import { AppError } from "../common/errors";
import { decodeId } from "../common/global-id";
import { batchOptions } from "../common/loader-factories";
import { seekSql } from "../common/window-connection";
import { list } from "../compiled-reads/describe";
import { actorEngagementIdsSql, actorEngagementRowsSql } from "../engagements/engagement.nested";
import type { Engagement } from "../engagements/engagement.type";

/** The most engagements one timeline list holds: the busiest actor of the Secretaries' travels has 4,550. */
export const maxTimelineSize = 5_000;

@ArgsType()
export class ActorTimelineArgs {
  @Field(() => Int, {
    defaultValue: maxTimelineSize,
    description: `How many engagements, at most ${maxTimelineSize}. A list this long may have more after it: read on with \`after\`.`,
  })
  first!: number;

  @Field(() => ID, {
    nullable: true,
    description: "The last engagement of a previous list: this list starts after it.",
  })
  after?: string | null;
}

/** The arguments checked: `first` in 0..5,000 and `after` an Engagement's ID, else a BAD_USER_INPUT naming it. */
export function timelineRequest(args: Partial<ActorTimelineArgs>): { first: number; after?: string } {
  const first = args.first ?? maxTimelineSize;
  if (!Number.isSafeInteger(first) || first < 0 || first > maxTimelineSize) {
    throw new AppError("BAD_USER_INPUT", `timeline.first: ${first} is outside 0..${maxTimelineSize}`, {
      field: "first",
    });
  }
  return { first, after: args.after ? decodeId(args.after, "Engagement", "after") : undefined };
}

/** The ids of the actor's (SQL expression) timeline, oldest first, from participant's timeline indexes. */
function timelineIdsSql(actor: string, first: number, after: string | null | undefined): string {
  return actorEngagementIdsSql(actor, first, "ASC", after ?? undefined);
}

/** Compiled: the engagements' rows in timeline order (`after` is a checked uuid, safe to write into the SQL). */
export const actorTimelineRead = list("Engagement", (row, args) => {
  const { first, after } = timelineRequest(args);
  return actorEngagementRowsSql(`${row}.id`, first, "ASC", after ? `'${after}'::uuid` : undefined);
});

/** By resolvers: every actor asking for the same list in one statement (one LATERAL seek per actor). */
export function actorTimelineLoader(prisma: PrismaClient, engagement: DataLoader<string, Engagement | null>) {
  const lists = new Map<string, DataLoader<string, Engagement[]>>();
  return {
    load(actorId: string, args: ActorTimelineArgs): Promise<Engagement[]> {
      const { first, after } = timelineRequest(args);
      const key = JSON.stringify([first, after ?? null]);
      let loader = lists.get(key);
      if (!loader) {
        loader = new DataLoader((actors) => loadLists([...actors], first, after), batchOptions);
        lists.set(key, loader);
      }
      return loader.load(actorId);
    },
  };

  async function loadLists(actors: string[], first: number, after: string | undefined): Promise<Engagement[][]> {
    if (first === 0) return actors.map(() => []);
    // seekSql asks for one more than the page (for hasNextPage): a list has no use for it.
    const seek = (parent: string, limit: number, _reverse: boolean, anchor: string | null) =>
      timelineIdsSql(parent, limit - 1, anchor);
    const rows = await prisma.$queryRaw<{ id: string; parent: string; rn: number }[]>(
      seekSql(seek, { parents: actors, size: first, backward: false, cursor: after, order: "" }),
    );
    const found = await engagement.loadMany(rows.map((row) => row.id));
    const byId = new Map(found.filter((e): e is Engagement => !!e && !(e instanceof Error)).map((e) => [e.id, e]));
    const byActor = new Map<string, Engagement[]>(actors.map((actor) => [actor, []]));
    for (const row of rows.sort((a, b) => a.rn - b.rn)) {
      const item = byId.get(row.id);
      if (item) byActor.get(row.parent)?.push(item);
    }
    return actors.map((actor) => byActor.get(actor) ?? []);
  }
}
