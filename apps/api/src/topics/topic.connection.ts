import { ObjectType } from "type-graphql";
import { ConnectionType } from "../common/connection.type";
import { Topic } from "./topic.type";

@ObjectType("TopicConnection")
export class TopicConnection extends ConnectionType(Topic, "Topic", "topic") {}
