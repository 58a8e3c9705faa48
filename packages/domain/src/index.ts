export * from "./commitment-stages";
export * from "./enums";
export * from "./interchange";
export * from "./money";
export * from "./own";
export * from "./partial-date";
export * from "./quote";
export * from "./search-text";
