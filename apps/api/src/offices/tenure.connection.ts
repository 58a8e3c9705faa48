import { ObjectType } from "type-graphql";
import { ConnectionType } from "../common/connection.type";
import { Tenure } from "./office.type";

@ObjectType("TenureConnection", { description: "A page of tenures." })
export class TenureConnection extends ConnectionType(Tenure, "Tenure", "tenure") {}
