export { type Catalog, loadCatalog } from "./catalog";
export { openInterchangeInput, listInputFiles } from "./input/interchange-input";
export type { Located, RecordInput } from "./input/located";
export { type ImportOptions, type ImportResult, importRecords } from "./import-records";
export { type Problem, formatProblem } from "./problems";
export { createProgress, type Progress, silentProgress } from "./progress";
export { type Counts, formatCounts, type Tally, totalOf } from "./write/counts";
export { openHistoryStateTravels } from "./hsg/open-travels";
export { type ExportFilter, exportRecords } from "./export/export-records";
