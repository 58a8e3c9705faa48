import { ObjectType } from "type-graphql";
import { ConnectionType } from "../common/connection.type";
import { Source } from "./source.type";

@ObjectType("SourceConnection")
export class SourceConnection extends ConnectionType(Source, "Source", "source") {}
