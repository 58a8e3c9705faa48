export * from "./interchange";
