import { ObjectType } from "type-graphql";
import { ConnectionType } from "../common/connection.type";
import { Citation } from "./citation.type";

@ObjectType("CitationConnection")
export class CitationConnection extends ConnectionType(Citation, "Citation", "citation") {}
