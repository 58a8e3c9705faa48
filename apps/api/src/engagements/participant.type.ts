import { Field, ObjectType } from "type-graphql";
import { ParticipantRole } from "../common/enums";
import { Node } from "../common/node";

@ObjectType("Participant", { implements: Node, description: "An actor taking part in an engagement, in a role." })
export class Participant extends Node {
  @Field(() => ParticipantRole, { description: "The part the actor plays (host, visitor …)." })
  role!: ParticipantRole;

  @Field(() => String, { nullable: true, description: "The actor's title as the source reports it." })
  titleAsReported!: string | null;

  actorId!: string;
  representsId!: string | null;
  engagementId!: string;
}
