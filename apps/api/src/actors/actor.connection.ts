import { ObjectType } from "type-graphql";
import { ConnectionType } from "../common/connection.type";
import { Actor } from "./actor.type";

@ObjectType("ActorConnection", { description: "A page of actors." })
export class ActorConnection extends ConnectionType(Actor, "Actor", "actor") {}
