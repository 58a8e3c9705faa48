export * from "./enums";
export * from "./money";
export * from "./partial-date";
export * from "./search-text";
export * from "./quote";
