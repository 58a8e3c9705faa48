import { ObjectType } from "type-graphql";
import { ConnectionType } from "../common/connection.type";
import { Participant } from "./participant.type";

@ObjectType("ParticipantConnection")
export class ParticipantConnection extends ConnectionType(Participant, "Participant", "participant") {}
