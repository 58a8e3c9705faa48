import { ObjectType } from "type-graphql";
import { ConnectionType } from "../common/connection.type";
import { Statement } from "./statement.type";

@ObjectType("StatementConnection")
export class StatementConnection extends ConnectionType(Statement, "Statement", "statement") {}
