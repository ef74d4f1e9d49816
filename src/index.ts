/**
 * antt: typed records, code lists, mergeable aggregations and reports for the
 * "Toàn dân bảo vệ an ninh Tổ quốc" movement.
 *
 * @packageDocumentation
 */

export * from "./activities/index.js";
export * from "./admin/index.js";
export * from "./aggregate/index.js";
export * from "./cameras/index.js";
export * from "./core/index.js";
export * from "./dataset/index.js";
export * from "./forces/index.js";
export * from "./funding/index.js";
export * from "./incidents/index.js";
export * from "./interchange/index.js";
export * from "./models/index.js";
export * from "./privacy/index.js";
export * from "./reports/index.js";
export * from "./teams/index.js";
