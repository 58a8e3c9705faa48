import * as db from "@accord/db";
import { registerEnumType } from "type-graphql";

// The GraphQL enums are the database's enums, so the two cannot drift apart.
registerEnumType(db.ActorKind, { name: "ActorKind", description: "What kind of party an actor is." });
registerEnumType(db.DatePrecision, {
  name: "DatePrecision",
  description: "How much of a date is known: day, month or year.",
});
registerEnumType(db.EngagementKind, { name: "EngagementKind", description: "The form an engagement takes." });
registerEnumType(db.EngagementStatus, {
  name: "EngagementStatus",
  description: "Whether an engagement is planned, held or cancelled.",
});
registerEnumType(db.ParticipantRole, {
  name: "ParticipantRole",
  description: "The part an actor plays in an engagement.",
});
registerEnumType(db.StatementKind, {
  name: "StatementKind",
  description: "What a statement does: welcome, request, pledge …",
});
registerEnumType(db.CommitmentKind, { name: "CommitmentKind", description: "The field a commitment belongs to." });
registerEnumType(db.CommitmentStatus, {
  name: "CommitmentStatus",
  description: "Where a commitment stands; DELIVERED means provided or fulfilled.",
});
registerEnumType(db.CommitmentLinkKind, {
  name: "CommitmentLinkKind",
  description: "How one commitment relates to another.",
});
registerEnumType(db.CommitmentInstrument, {
  name: "CommitmentInstrument",
  description: "How support is given (the Kiel Ukraine Support Tracker's and IATI's split).",
  valuesConfig: {
    GRANT: { description: "Given, not repaid." },
    LOAN: { description: "Repaid; see `concessional`." },
    GUARANTEE: { description: "A guarantee of someone else's loan." },
    IN_KIND: { description: "Goods or services rather than money (weapons, equipment, supplies)." },
    BUDGET_SUPPORT: { description: "Money into the recipient's budget." },
    TECHNICAL_ASSISTANCE: { description: "Expertise, training, advice." },
  },
});
registerEnumType(db.CommitmentStageKind, {
  name: "CommitmentStageKind",
  description:
    "A step of a commitment as trackers count them; docs/commitment-stages.md maps each to IATI's transaction types and Kiel's committed / allocated / delivered.",
  valuesConfig: {
    PROPOSED: { description: "Floated, not yet promised." },
    ANNOUNCED: { description: "Announced publicly (IATI 12, outgoing pledge; Kiel: committed)." },
    PLEDGED: { description: "Pledged (IATI 12, outgoing pledge; Kiel: committed)." },
    COMMITTED: { description: "Agreed or signed, binding (IATI 2, outgoing commitment; Kiel: committed)." },
    ALLOCATED: { description: "Set aside or specified for delivery (Kiel: allocated)." },
    DISBURSED: { description: "Money paid out (IATI 3, disbursement; Kiel: delivered)." },
    DELIVERED: { description: "Provided or fulfilled (IATI 4, expenditure; Kiel: delivered)." },
    CANCELLED: { description: "Withdrawn by the committer." },
    LAPSED: { description: "Expired unfulfilled." },
  },
});
registerEnumType(db.ValuationMethod, {
  name: "ValuationMethod",
  description: "How an in-kind item's estimated value was found.",
  valuesConfig: {
    AS_REPORTED: { description: "The value the provider or the source states." },
    MARKET_PRICE: { description: "Quantity times a unit price from market or reference prices." },
    REPLACEMENT_COST: { description: "What replacing the item would cost today." },
    BOOK_VALUE: { description: "The depreciated or residual value on the provider's books." },
    ANALYST_ESTIMATE: { description: "An analyst's or tracker's own estimate." },
    OTHER: { description: "Another method; see valuationNote." },
  },
});
registerEnumType(db.SourceKind, { name: "SourceKind", description: "The kind of document a source is." });
registerEnumType(db.Role, { name: "Role", description: "What an API token may do." });

export {
  ActorKind,
  CommitmentInstrument,
  CommitmentKind,
  CommitmentLinkKind,
  CommitmentStageKind,
  CommitmentStatus,
  DatePrecision,
  EngagementKind,
  EngagementStatus,
  ParticipantRole,
  Role,
  SourceKind,
  StatementKind,
  ValuationMethod,
} from "@accord/db";
