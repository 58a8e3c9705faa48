import { ObjectType } from "type-graphql";
import { ConnectionType } from "../common/connection.type";
import { Engagement } from "./engagement.type";

@ObjectType("EngagementConnection")
export class EngagementConnection extends ConnectionType(Engagement, "Engagement", "engagement") {}
