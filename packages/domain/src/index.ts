export * from "./enums";
export * from "./interchange";
export * from "./money";
export * from "./partial-date";
export * from "./quote";
export * from "./search-text";
