import type { UnitReportErrorCode } from "./types.js";

/**
 * The error {@link buildUnitReport} throws (lỗi lập báo cáo), with its message in English and
 * Vietnamese.
 *
 * @description `message` holds both languages (`"English (Tiếng Việt)"`); `messages` holds
 * them apart for an app that shows one. `unitCode` names the unit asked for.
 *
 * @category Reports
 * @example
 * ```ts
 * import { buildUnitReport, DatasetSchema, UnitReportError } from "antt";
 * const dataset = DatasetSchema.parse({ schemaVersion: "1.0" });
 * try {
 *   buildUnitReport(dataset, { unit: "99999", period: "2024" });
 * } catch (error) {
 *   if (error instanceof UnitReportError) console.log(error.code, error.messages.vi);
 *   // "unknown-unit" "Không có đơn vị hành chính mã 99999 trong danh sách đơn vị của bộ dữ liệu"
 * }
 * ```
 */
export class UnitReportError extends Error {
  /** What went wrong. */
  readonly code: UnitReportErrorCode;
  /** The unit code the report was asked for. */
  readonly unitCode: string;
  /** The message in each language. */
  readonly messages: { readonly en: string; readonly vi: string };

  /**
   * @param code - what went wrong
   * @param unitCode - the unit code the report was asked for
   * @param messages - the message in English and Vietnamese
   */
  constructor(
    code: UnitReportErrorCode,
    unitCode: string,
    messages: { readonly en: string; readonly vi: string },
  ) {
    super(`${messages.en} (${messages.vi})`);
    this.name = "UnitReportError";
    this.code = code;
    this.unitCode = unitCode;
    this.messages = messages;
  }
}
