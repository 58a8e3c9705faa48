import { ObjectType } from "type-graphql";
import { ConnectionType } from "../common/connection.type";
import { Commitment } from "./commitment.type";

@ObjectType("CommitmentConnection")
export class CommitmentConnection extends ConnectionType(Commitment, "Commitment", "commitment") {}
