// The options of renderReport.
import type { Locale } from "../../core/labels.js";
import type { RoundingMode } from "../wording.js";
import type { ReportLocale } from "./locale.js";

/**
 * The output format of {@link renderReport}: `markdown` (headings, bullets and tables) or
 * `text` (plain lines, for a terminal, an SMS gateway or a .txt file).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportFormat } from "antt";
 * const format: ReportFormat = "markdown";
 * ```
 */
export type ReportFormat = "markdown" | "text";

/**
 * Options of {@link renderReport}.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { RenderOptions } from "antt";
 * const options: RenderOptions = { locale: "vi", format: "text", rounding: "rounded" };
 * ```
 */
export interface RenderOptions {
  /**
   * `"vi"` (Vietnamese, default), `"en"`, or a {@link ReportLocale}: a province's own
   * wording, or another language.
   */
  readonly locale?: Locale | ReportLocale | undefined;
  /** `"text"` (default) or `"markdown"`. */
  readonly format?: ReportFormat | undefined;
  /** `"rounded"` (default: "trên 5.200", as published reports write) or `"exact"`. */
  readonly rounding?: RoundingMode | undefined;
}
