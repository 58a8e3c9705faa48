// The interchange records, one per NDJSON line; schema.json beside this file is the contract.

/** An identifier in a scheme; records refer to each other by these. */
export type ExternalId = { scheme: string; value: string };

/** YYYY, YYYY-MM or YYYY-MM-DD: the precision is the number of parts. */
export type PartialDateText = string;

export type CitationRecord = {
  source: ExternalId;
  quote?: string;
  startOffset?: number;
  endOffset?: number;
  locator?: string;
};

export type TopicRecord = { type: "topic"; slug: string; name: string; description?: string; parent?: string };

export type AliasRecord = { name: string; language?: string; validFrom?: string; validTo?: string };

export type TenureRecord = {
  id: ExternalId;
  office: { jurisdiction: ExternalId; name: string };
  start?: PartialDateText;
  startInferred?: boolean;
  startApproximate?: boolean;
  end?: PartialDateText;
  endInferred?: boolean;
  endApproximate?: boolean;
};

export type ActorRecord = {
  type: "actor";
  identifiers: ExternalId[];
  kind: string;
  name: string;
  description?: string;
  parent?: ExternalId;
  /** First and last day of a former state or body (YYYY-MM-DD). */
  validFrom?: string;
  validTo?: string;
  onMatch?: "replace" | "merge";
  aliases?: AliasRecord[];
  offices?: { name: string; description?: string }[];
  tenures?: TenureRecord[];
};

export type SourceRecord = {
  type: "source";
  id: ExternalId;
  kind: string;
  /** Its own title or headline; absent when it has none. */
  title?: string;
  publisher?: ExternalId;
  authors?: ExternalId[];
  url?: string;
  publishedOn?: string;
  language?: string;
  content?: string;
};

export type ParticipantRecord = {
  actor: ExternalId;
  role?: string;
  represents?: ExternalId;
  titleAsReported?: string;
};

export type StatementRecord = {
  id?: ExternalId;
  speaker: ExternalId;
  kind: string;
  gist: string;
  quote?: string;
  topics?: string[];
  mentions?: ExternalId[];
  citations?: CitationRecord[];
};

/** An item given in kind, on a commitment or on one of its stages. */
export type ItemRecord = {
  description: string;
  /** Exact decimal as a string ("18", "2.5"). */
  quantity?: string;
  unit?: string;
  /** Exact decimal as a string, with its currency (ISO 4217). */
  estimatedValue?: string;
  currency?: string;
  valueAsReported?: string;
  valuationMethod?: string;
  valuationNote?: string;
};

export type StageRecord = {
  kind: string;
  amount?: string;
  currency?: string;
  amountAsReported?: string;
  occurredOn?: PartialDateText;
  occurredOnInferred?: boolean;
  occurredOnApproximate?: boolean;
  provider?: ExternalId;
  receiver?: ExternalId;
  note?: string;
  items?: ItemRecord[];
  citations?: CitationRecord[];
};

export type CommitmentRecord = {
  id?: ExternalId;
  committer: ExternalId;
  coCommitters?: ExternalId[];
  beneficiary?: ExternalId;
  kind: string;
  description: string;
  amount?: string;
  currency?: string;
  amountAsReported?: string;
  periodStart?: string;
  periodEnd?: string;
  status: string;
  madeOn?: PartialDateText;
  madeOnInferred?: boolean;
  madeOnApproximate?: boolean;
  instrument?: string;
  concessional?: boolean;
  channel?: ExternalId;
  statement?: ExternalId;
  history?: {
    status: string;
    effectiveOn?: PartialDateText;
    effectiveOnInferred?: boolean;
    effectiveOnApproximate?: boolean;
    note?: string;
  }[];
  stages?: StageRecord[];
  items?: ItemRecord[];
  links?: { kind: string; to: ExternalId }[];
  citations?: CitationRecord[];
};

export type EngagementRecord = {
  type: "engagement";
  id: ExternalId;
  kind: string;
  status?: string;
  title: string;
  summary?: string;
  start: PartialDateText;
  end?: PartialDateText;
  dateInferred?: boolean;
  place?: string;
  city?: string;
  /** The kind of visit as the source states it ("official working"). */
  visitKind?: string;
  country?: ExternalId;
  parent?: ExternalId;
  participants: ParticipantRecord[];
  topics?: string[];
  citations?: CitationRecord[];
  statements?: StatementRecord[];
  commitments?: CommitmentRecord[];
};

/** A commitment of no engagement: the fields of an engagement's commitment but its statement, and an id. */
export type StandaloneCommitmentRecord = Omit<CommitmentRecord, "id" | "statement"> & {
  type: "commitment";
  id: ExternalId;
};

/** One exchange rate of the rates table: on `date`, one unit of `base` bought `rate` units of `currency`. */
export type FxRateRecord = {
  type: "fxRate";
  base: string;
  currency: string;
  /** YYYY-MM-DD. */
  date: string;
  /** Exact decimal as a string, above zero (up to 18 digits before the point and 12 after). */
  rate: string;
  /** The file (name only) the rate was loaded from; an import without it names its own input file. */
  loadedFrom?: string;
};

export type InterchangeRecord =
  | TopicRecord
  | ActorRecord
  | SourceRecord
  | EngagementRecord
  | StandaloneCommitmentRecord
  | FxRateRecord;
export type RecordType = InterchangeRecord["type"];

/** Record types in the order an importer writes them (later ones refer to earlier ones). */
export const recordTypes: readonly RecordType[] = ["topic", "actor", "source", "engagement", "commitment", "fxRate"];

/** The key of a rate in the rates table (and among an input's records). */
export const fxRateKey = (r: Pick<FxRateRecord, "base" | "currency" | "date">) => `${r.base} ${r.currency} ${r.date}`;

/** "scheme:value", the form used in messages and map keys. */
export function externalKey(id: ExternalId): string {
  return `${id.scheme}:${id.value}`;
}
