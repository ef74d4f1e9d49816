import * as z from "zod";
import { bilingual } from "./messages.js";

/**
 * A reference to an administrative unit by its code.
 *
 * @description Official codes are strings of digits that keep their leading zeros: 2 for
 * a province (`"38"`), 3 for a pre-2025 district (`"395"`), 5 for a commune (`"15532"`),
 * following Decision 19/2025/QĐ-TTg and the earlier national list. Villages and
 * residential groups (thôn, tổ dân phố, ấp, bản, khối phố) have no official code; the
 * library writes theirs as the commune code, a dot and a local part (`"15532.thon-3"`),
 * so that a village always rolls up to its commune.
 *
 * @category Administrative units
 * @example
 * ```ts
 * import { UnitCodeSchema } from "antt";
 * UnitCodeSchema.parse("38");              // province
 * UnitCodeSchema.parse("15532.thon-3");    // a village of commune 15532
 * UnitCodeSchema.safeParse(38).success;    // false: codes are strings
 * ```
 */
export const UnitCodeSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .regex(
      /^(?:\d{2}|\d{3}|\d{5}|\d{5}\.[a-z0-9][a-z0-9_-]{0,39})$/,
      bilingual(
        "Expected a unit code: 2, 3 or 5 digits, or a commune code, a dot and a local village code",
        "Mã đơn vị hành chính phải có 2, 3 hoặc 5 chữ số, hoặc mã xã, dấu chấm và mã thôn",
      ),
    )
    .describe(
      "Administrative unit code: 2 digits (province), 3 (district, before 2025), 5 (commune), or commune code + '.' + local village code",
    ))();

/**
 * A unit code (see {@link UnitCodeSchema}).
 *
 * @category Administrative units
 * @example
 * ```ts
 * import type { UnitCode } from "antt";
 * const xuanSinh: UnitCode = "15532";
 * ```
 */
export type UnitCode = z.infer<typeof UnitCodeSchema>;
