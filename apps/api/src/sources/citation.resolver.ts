import { required } from "@accord/domain";
import { Ctx, FieldResolver, ID, Resolver } from "type-graphql";
import { toGlobalId } from "../common/global-id";
import type { Context } from "../context";
import { Root } from "../schema/plain-roots";
import { Citation } from "./citation.type";
import { CitedRecord } from "./cited-record.type";
import { Source } from "./source.type";

@Resolver(() => Citation)
export class CitationResolver {
  @FieldResolver(() => ID, { description: "Opaque global ID of the record." })
  id(@Root() citation: Citation) {
    return toGlobalId("Citation", citation.id);
  }

  @FieldResolver(() => Source, { description: "The source quoted." })
  async source(@Root() citation: Citation, @Ctx() { loaders }: Context) {
    return loaders.source.load(citation.sourceId);
  }

  @FieldResolver(() => CitedRecord, {
    description: "The engagement, statement, commitment or commitment stage this citation supports.",
  })
  async record(@Root() citation: Citation, @Ctx() { loaders }: Context) {
    const [typename, row] = citation.engagementId
      ? ["Engagement", await loaders.engagement.load(citation.engagementId)]
      : citation.statementId
        ? ["Statement", await loaders.statement.load(citation.statementId)]
        : citation.commitmentId
          ? ["Commitment", await loaders.commitment.load(citation.commitmentId)]
          : [
              "CommitmentStage",
              await loaders.commitmentStage.load(required(citation.commitmentStageId, `the record of ${citation.id}`)),
            ];
    return row ? { ...row, __typename: typename } : null;
  }
}
