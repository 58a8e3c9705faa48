import type { WindowListSpec } from "../common/window-connection";

/** The bodies of an organisation (the North Atlantic Council of NATO), by name. */
export const actorBodiesSpec: WindowListSpec = {
  from: "actor a",
  id: "a.id",
  parent: "a.parent_id",
  order: "a.name, a.id",
};
