/**
 * antt: typed records, code lists, mergeable aggregations and reports for the
 * "Toàn dân bảo vệ an ninh Tổ quốc" movement.
 *
 * @packageDocumentation
 */

export * from "./aggregate/index.js";
export * from "./core/index.js";
