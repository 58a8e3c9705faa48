import { ObjectType } from "type-graphql";
import { ConnectionType } from "../common/connection.type";
import { Topic } from "./topic.type";

@ObjectType("TopicConnection", { description: "A page of topics." })
export class TopicConnection extends ConnectionType(Topic, "Topic", "topic") {}
