import { ObjectType } from "type-graphql";
import { ConnectionType } from "../common/connection.type";
import { Engagement } from "./engagement.type";

@ObjectType("EngagementConnection", { description: "A page of engagements." })
export class EngagementConnection extends ConnectionType(Engagement, "Engagement", "engagement") {}
