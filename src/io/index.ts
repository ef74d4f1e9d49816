export * from "./columns.js";
export * from "./csv.js";
export * from "./problems.js";
export { columnOfHeader, type UnitIndex } from "./rows.js";
export * from "./xlsx.js";
