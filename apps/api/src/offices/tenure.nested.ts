import type { WindowListSpec } from "../common/window-connection";

// Latest first; an unknown start sorts last.
const latestFirst = "COALESCE(t.start_date, '0001-01-01'::date) DESC, t.id DESC";

/** The offices an actor held. */
export const actorTenuresSpec: WindowListSpec = {
  from: "tenure t",
  id: "t.id",
  parent: "t.holder_id",
  order: latestFirst,
};

/** Who held an office. */
export const officeTenuresSpec: WindowListSpec = {
  from: "tenure t",
  id: "t.id",
  parent: "t.office_id",
  order: latestFirst,
};
