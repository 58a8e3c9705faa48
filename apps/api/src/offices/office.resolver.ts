import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver } from "type-graphql";
import { Actor } from "../actors/actor.type";
import { ConnectionArgs } from "../common/connection.type";
import { toGlobalId } from "../common/global-id";
import { DateScalar } from "../common/scalars";
import type { Context } from "../context";
import { ListSize, smallListMax } from "../limits/list-size";
import { Root } from "../schema/plain-roots";
import { findOfficeHolders } from "./office.service";
import { Office, Tenure } from "./office.type";
import { TenureConnection } from "./tenure.connection";

@Resolver(() => Office)
export class OfficeResolver {
  @FieldResolver(() => ID, { description: "Opaque global ID of the record." })
  id(@Root() office: Office) {
    return toGlobalId("Office", office.id);
  }

  @FieldResolver(() => Actor, { description: "The state or organisation the office belongs to." })
  jurisdiction(@Root() office: Office, @Ctx() { loaders }: Context) {
    return loaders.actor.load(office.jurisdictionId);
  }

  @FieldResolver(() => TenureConnection, { description: "Who held the office, latest first." })
  tenures(@Root() office: Office, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { loaders }: Context) {
    return loaders.officeTenures.load(office.id, args);
  }
}

@Resolver(() => Tenure)
export class TenureResolver {
  @ListSize({ max: smallListMax })
  @Query(() => [Tenure], {
    description:
      "Who held an office on a day: 'Minister of Foreign Affairs' (or any case, or just its words such as 'Foreign Minister') of a jurisdiction. An end date known only to the month covers the whole month.",
  })
  officeHolders(
    @Arg("office", () => String, { description: "The office's name; exact (any case) or every word of it." })
    office: string,
    @Arg("on", () => DateScalar, { description: "The day." }) on: Date,
    @Arg("jurisdiction", () => ID, { nullable: true, description: "The state or organisation (an Actor ID)." })
    jurisdiction: string | null,
    @Ctx() { prisma }: Context,
  ) {
    return findOfficeHolders({ prisma, office, jurisdiction, on });
  }

  @FieldResolver(() => ID, { description: "Opaque global ID of the record." })
  id(@Root() tenure: Tenure) {
    return toGlobalId("Tenure", tenure.id);
  }

  @FieldResolver(() => Office, { description: "The office held." })
  office(@Root() tenure: Tenure, @Ctx() { loaders }: Context) {
    return loaders.office.load(tenure.officeId);
  }

  @FieldResolver(() => Actor, { description: "Who held it." })
  holder(@Root() tenure: Tenure, @Ctx() { loaders }: Context) {
    return loaders.actor.load(tenure.holderId);
  }
}
