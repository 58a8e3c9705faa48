import { columns, connection, describeType, globalId, reference } from "../compiled-reads/describe";
import { officeTenuresSpec } from "./tenure.nested";

export const officeRead = describeType("Office", "office", {
  id: globalId("Office"),
  ...columns("Office", ["name", "description"]),
  jurisdiction: reference("Actor", "jurisdiction_id"),
  tenures: connection("TenureConnection", "Tenure", () => officeTenuresSpec),
});

export const tenureRead = describeType("Tenure", "tenure", {
  id: globalId("Tenure"),
  ...columns("Tenure", ["startDate", "startPrecision", "endDate", "endPrecision"]),
  office: reference("Office", "office_id"),
  holder: reference("Actor", "holder_id"),
});
