import * as z from "zod";
import {
  CalendarDateSchema,
  codeList,
  ExtSchema,
  labelFields,
  NameSchema,
  UnitCodeSchema,
} from "../core/index.js";
import {
  ADMIN_SUCCESSION_FIELDS,
  ADMIN_UNIT_FIELDS,
  ADMIN_UNIT_PERIOD_FIELDS,
  ADMIN_UNIT_POPULATION_FIELDS,
} from "./field-labels.js";
import {
  ADMIN_LEVEL_LABELS,
  ADMIN_UNIT_TYPE_LABELS,
  ADMIN_UNIT_TYPE_LEVEL,
  type AdminLevel,
  SUCCESSION_INFERENCE_LABELS,
  SUCCESSION_KIND_LABELS,
} from "./labels.js";

/**
 * The level of an administrative unit (cấp hành chính): `province`, `district` (before
 * 1 July 2025), `commune` or `village`.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { AdminLevelSchema } from "antt";
 * AdminLevelSchema.parse("commune");
 * AdminLevelSchema.safeParse("ward").success; // false: a ward is a type of commune-level unit
 * ```
 */
export const AdminLevelSchema = /* @__PURE__ */ (() =>
  codeList(ADMIN_LEVEL_LABELS, "Level of an administrative unit"))();

/**
 * The type of an administrative unit (loại đơn vị hành chính), such as `ward` (phường) or
 * `centrally-run-city` (thành phố trực thuộc trung ương); every type belongs to one level
 * (see {@link ADMIN_UNIT_TYPE_LEVEL}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { AdminUnitTypeSchema } from "antt";
 * AdminUnitTypeSchema.parse("rural-district"); // huyện
 * ```
 */
export const AdminUnitTypeSchema = /* @__PURE__ */ (() =>
  codeList(ADMIN_UNIT_TYPE_LABELS, "Type of an administrative unit"))();

const CODE_SHAPE: { readonly [L in AdminLevel]: RegExp } = {
  province: /^\d{2}$/,
  district: /^\d{3}$/,
  commune: /^\d{5}$/,
  village: /^\d{5}\./,
};

const CODE_SHAPE_TEXT: { readonly [L in AdminLevel]: { en: string; vi: string } } = {
  province: { en: "2 digits", vi: "2 chữ số" },
  district: { en: "3 digits", vi: "3 chữ số" },
  commune: { en: "5 digits", vi: "5 chữ số" },
  village: {
    en: "the commune code, a dot and a local part (15532.thon-3)",
    vi: "mã xã, dấu chấm và mã thôn (15532.thon-3)",
  },
};

const LEVEL_VI: { readonly [L in AdminLevel]: string } = {
  province: "cấp tỉnh",
  district: "cấp huyện",
  commune: "cấp xã",
  village: "thôn, tổ dân phố",
};

/**
 * The level a unit code names by its shape: 2 digits a province, 3 a district (before
 * 2025), 5 a commune, a commune code with a dot and a local part a village.
 *
 * @param code - a unit code
 * @returns the level, or `undefined` when the string is not a unit code
 * @category Administrative units
 * @example
 * ```ts
 * import { levelOfCode } from "antt";
 * levelOfCode("38");           // "province"
 * levelOfCode("395");          // "district"
 * levelOfCode("15532.thon-3"); // "village"
 * levelOfCode("3");            // undefined
 * ```
 */
export function levelOfCode(code: string): AdminLevel | undefined {
  if (!UnitCodeSchema.safeParse(code).success) return undefined;
  if (code.includes(".")) return "village";
  return code.length === 2 ? "province" : code.length === 3 ? "district" : "commune";
}

/** Parent levels a unit of a level may hang from (a commune: district before 2025, province since). */
const PARENT_LEVELS: { readonly [L in AdminLevel]: readonly AdminLevel[] } = {
  province: [],
  district: ["province"],
  commune: ["district", "province"],
  village: ["commune"],
};

type Ctx = z.RefinementCtx;

/** Adds an issue of a rule; `code` is its entry in the problem catalogue. */
function issue(ctx: Ctx, code: string, path: (string | number)[], en: string, vi: string): void {
  ctx.addIssue({ code: "custom", path, message: en, params: { vi, code } });
}

interface Attributes {
  readonly code: string;
  readonly level: AdminLevel;
  readonly type?: z.infer<typeof AdminUnitTypeSchema> | undefined;
  readonly parentCode?: string | undefined;
}

function checkTypeAndParent(ctx: Ctx, unit: Attributes, prefix: (string | number)[]): void {
  const { code, level, type, parentCode } = unit;
  if (type !== undefined && ADMIN_UNIT_TYPE_LEVEL[type] !== level) {
    issue(
      ctx,
      "unit-type-wrong-level",
      [...prefix, "type"],
      `The type ${type} is a ${ADMIN_UNIT_TYPE_LEVEL[type]}-level type, not a ${level}-level one`,
      `Loại "${ADMIN_UNIT_TYPE_LABELS[type].vi}" thuộc ${LEVEL_VI[ADMIN_UNIT_TYPE_LEVEL[type]]}, không thuộc ${LEVEL_VI[level]}`,
    );
  }
  if (parentCode === undefined) return;
  if (level === "province") {
    issue(
      ctx,
      "province-has-parent",
      [...prefix, "parentCode"],
      "A province has no parent unit",
      "Đơn vị cấp tỉnh không có đơn vị cấp trên",
    );
    return;
  }
  const parentLevel = levelOfCode(parentCode);
  if (level === "village" && parentCode !== code.slice(0, code.indexOf("."))) {
    issue(
      ctx,
      "village-parent-mismatch",
      [...prefix, "parentCode"],
      `A village belongs to the commune its code starts with (${code.slice(0, code.indexOf("."))}), not ${parentCode}`,
      `Thôn, tổ dân phố thuộc xã có mã ở đầu mã của nó (${code.slice(0, code.indexOf("."))}), không phải ${parentCode}`,
    );
  } else if (parentLevel === undefined || !PARENT_LEVELS[level].includes(parentLevel)) {
    issue(
      ctx,
      "unit-parent-level-not-allowed",
      [...prefix, "parentCode"],
      `A ${level} cannot belong to ${parentCode}: its parent is a ${PARENT_LEVELS[level].join(" or ")}`,
      `Đơn vị ${LEVEL_VI[level]} không thể thuộc ${parentCode}: đơn vị cấp trên phải là ${PARENT_LEVELS[level].map((l) => LEVEL_VI[l]).join(" hoặc ")}`,
    );
  }
}

/**
 * The number of a legal act, such as `1111/NQ-UBTVQH14` (a resolution of the National
 * Assembly Standing Committee) or `175/2024/QH15`.
 */
const LegalActSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .regex(
      /^[0-9]+\/[0-9A-Za-zĐđ/-]+$/,
      "Expected the number of a legal act, such as 1111/NQ-UBTVQH14",
    )
    .max(60))();

/**
 * An earlier state of an administrative unit: the name, type or parent it had for part of
 * its validity (lịch sử thay đổi loại, tên, trực thuộc).
 *
 * @description A unit keeps its code when it is renamed, changes type or moves to another
 * parent: Đồng Nai province became a centrally-run city on 30 April 2026 with the same code
 * 75. The unit record holds its latest name, type and parent; each history entry says what
 * was different from `validFrom` (or the unit's own start) to `validTo`, both included.
 * Outside every entry the unit's own fields apply.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { AdminUnitPeriodSchema } from "antt";
 * AdminUnitPeriodSchema.parse({ validFrom: "2025-07-01", validTo: "2026-04-29", type: "province" });
 * ```
 */
export const AdminUnitPeriodSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** First day of this state, included; absent: from the unit's own validFrom */
        validFrom: CalendarDateSchema.optional().describe(
          "First day of this state, included; absent: from the unit's own validFrom",
        ),
        /** Last day of this state, included */
        validTo: CalendarDateSchema.describe("Last day of this state, included"),
        /** The name the unit had in this period */
        name: NameSchema.optional().describe("The name the unit had in this period"),
        /** The type the unit had in this period */
        type: AdminUnitTypeSchema.optional().describe("The type the unit had in this period"),
        /** The code of the parent unit in this period */
        parentCode: UnitCodeSchema.optional().describe(
          "The code of the parent unit in this period",
        ),
        /** The legal acts of the change that ended this period, such as 1111/NQ-UBTVQH14 */
        basis: z
          .array(LegalActSchema)
          .max(20)
          .optional()
          .describe(
            "The legal acts of the change that ended this period, such as 1111/NQ-UBTVQH14",
          ),
      })
      .describe("An earlier name, type or parent of an administrative unit, with its dates"),
    ADMIN_UNIT_PERIOD_FIELDS,
  ))();

/**
 * The residents and households of an administrative unit counted on a day (dân số, số hộ
 * tính đến ngày): the denominators of rates per 10,000 residents and per 1,000 households.
 *
 * @description At least one of `residents` and `households` is given; there are never more
 * households than residents. A unit lists one count per day; a report reads the latest
 * count on or before the end of its period (the earliest when all are later).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { AdminUnitPopulationSchema } from "antt";
 * AdminUnitPopulationSchema.parse({ asOf: "2024-12-31", residents: 12_450, households: 3_120 });
 * AdminUnitPopulationSchema.safeParse({ asOf: "2024-12-31" }).success; // false
 * ```
 */
export const AdminUnitPopulationSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Day the residents and households were counted */
        asOf: CalendarDateSchema.describe("Day the residents and households were counted"),
        /** Residents (nhân khẩu, dân số) of the unit on that day */
        residents: z
          .int()
          .min(0)
          .max(100_000_000)
          .optional()
          .describe("Residents (nhân khẩu, dân số) of the unit on that day"),
        /** Households (hộ gia đình) of the unit on that day */
        households: z
          .int()
          .min(0)
          .max(100_000_000)
          .optional()
          .describe("Households (hộ gia đình) of the unit on that day"),
      })
      .superRefine((count, ctx) => {
        if (count.residents === undefined && count.households === undefined) {
          issue(
            ctx,
            "unit-population-empty",
            ["residents"],
            "A population count gives residents, households or both",
            "Số liệu dân số phải ghi số nhân khẩu, số hộ hoặc cả hai",
          );
        }
        if (
          count.residents !== undefined &&
          count.households !== undefined &&
          count.households > count.residents
        ) {
          issue(
            ctx,
            "unit-households-exceed-residents",
            ["households"],
            `The unit has more households (${count.households}) than residents (${count.residents})`,
            `Số hộ (${count.households}) lớn hơn số nhân khẩu (${count.residents})`,
          );
        }
      })
      .describe("The residents and households of an administrative unit counted on a day"),
    ADMIN_UNIT_POPULATION_FIELDS,
  ))();

/**
 * A count of residents and households of a unit (see {@link AdminUnitPopulationSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { AdminUnitPopulation } from "antt";
 * const xuanSinh: AdminUnitPopulation = { asOf: "2024-12-31", residents: 12_450, households: 3_120 };
 * ```
 *
 * @interface
 */
export type AdminUnitPopulation = z.infer<typeof AdminUnitPopulationSchema>;

/**
 * An earlier state of a unit (see {@link AdminUnitPeriodSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { AdminUnitPeriod } from "antt";
 * const beforeCity: AdminUnitPeriod = { validFrom: "2025-07-01", validTo: "2026-04-29", type: "province" };
 * ```
 *
 * @interface
 */
export type AdminUnitPeriod = z.infer<typeof AdminUnitPeriodSchema>;

/**
 * An administrative unit (đơn vị hành chính) for the time it was valid: its official
 * code, name, level, type and parent.
 *
 * @description Codes are strings that keep their leading zeros and must fit the level: 2
 * digits for a province, 3 for a district (before 1 July 2025), 5 for a commune, and for a
 * village or residential group (which has no official code) the commune code, a dot and a
 * local part, such as `15532.thon-3`. Every unit but a province has a `parentCode`: a
 * district's province, a commune's district (before 2025) or province (since), a village's
 * commune (the one its code starts with).
 *
 * `validFrom` and `validTo` are the first and last day the unit existed in this form, both
 * included. A missing `validTo` means the unit is still valid; a missing `validFrom` that it
 * was valid since before the data begins. A code may be used by several units over time
 * (a new unit keeps one predecessor's code), each with its own dates: an index keeps them
 * all. An earlier name, type or parent goes into `history` (see
 * {@link AdminUnitPeriodSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { AdminUnitSchema } from "antt";
 * AdminUnitSchema.parse({
 *   code: "15532",
 *   name: "Xã Xuân Sinh",
 *   level: "commune",
 *   type: "commune",
 *   parentCode: "395",
 *   validTo: "2025-06-30",
 * });
 * const wrongLevel = { code: "155", name: "Xã Xuân Sinh", level: "commune", type: "commune", parentCode: "395" };
 * AdminUnitSchema.safeParse(wrongLevel).success; // false: a commune code has 5 digits
 * ```
 */
export const AdminUnitSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /**
         * Official code: 2 digits (province), 3 (district, before 2025), 5 (commune), or
         * commune code + '.' + local part (village)
         */
        code: UnitCodeSchema.describe(
          "Official code: 2 digits (province), 3 (district, before 2025), 5 (commune), or commune code + '.' + local part (village)",
        ),
        /** Official name with its type word, such as Xã Xuân Sinh */
        name: NameSchema.describe("Official name with its type word, such as Xã Xuân Sinh"),
        /** Level of the unit: province, district, commune or village */
        level: AdminLevelSchema.describe(
          "Level of the unit: province, district, commune or village",
        ),
        /** Type of the unit, such as ward (phường) */
        type: AdminUnitTypeSchema.describe("Type of the unit, such as ward (phường)"),
        /** Code of the unit this one belongs to; absent only for a province */
        parentCode: UnitCodeSchema.optional().describe(
          "Code of the unit this one belongs to; absent only for a province",
        ),
        /** First day the unit was valid, included; absent: since before the data begins */
        validFrom: CalendarDateSchema.optional().describe(
          "First day the unit was valid, included; absent: since before the data begins",
        ),
        /** Last day the unit was valid, included; absent: still valid */
        validTo: CalendarDateSchema.optional().describe(
          "Last day the unit was valid, included; absent: still valid",
        ),
        /** Other spellings of the name in official sources, found by name search too */
        aliases: z
          .array(NameSchema)
          .max(10)
          .optional()
          .describe("Other spellings of the name in official sources, found by name search too"),
        /** Earlier names, types or parents of the unit, each with its dates */
        history: z
          .array(AdminUnitPeriodSchema)
          .max(100)
          .optional()
          .describe("Earlier names, types or parents of the unit, each with its dates"),
        /**
         * Residents and households of the unit, each counted on a day, for rates per 10,000
         * residents and per 1,000 households; one count per day
         */
        population: z
          .array(AdminUnitPopulationSchema)
          .max(100)
          .optional()
          .describe(
            "Residents and households of the unit, each counted on a day, for rates per 10,000 residents and per 1,000 households; one count per day",
          ),
        /** App-specific data */
        ext: ExtSchema.optional().describe("App-specific data"),
      })
      .superRefine((unit, ctx) => {
        const counted = new Set<string>();
        for (const [i, count] of (unit.population ?? []).entries()) {
          if (counted.has(count.asOf)) {
            issue(
              ctx,
              "unit-population-day-repeated",
              ["population", i, "asOf"],
              `The unit has two population counts on ${count.asOf}`,
              `Đơn vị có hai số liệu dân số cùng ngày ${count.asOf}`,
            );
          }
          counted.add(count.asOf);
        }
        const { code, level } = unit;
        // A string that is no unit code at all is reported by UnitCodeSchema already.
        if (levelOfCode(code) !== undefined && !CODE_SHAPE[level].test(code)) {
          issue(
            ctx,
            "unit-code-wrong-level",
            ["code"],
            `A ${level} code is ${CODE_SHAPE_TEXT[level].en}, not ${code}`,
            `Mã đơn vị ${LEVEL_VI[level]} là ${CODE_SHAPE_TEXT[level].vi}, không phải ${code}`,
          );
        }
        checkTypeAndParent(ctx, unit, []);
        if (level !== "province" && unit.parentCode === undefined) {
          issue(
            ctx,
            "unit-parent-code-missing",
            ["parentCode"],
            `A ${level} must name its parent unit`,
            `Đơn vị ${LEVEL_VI[level]} phải có mã đơn vị cấp trên`,
          );
        }
        const from = unit.validFrom;
        const to = unit.validTo;
        if (from !== undefined && to !== undefined && to < from) {
          issue(
            ctx,
            "unit-ends-before-start",
            ["validTo"],
            `The unit ends (${to}) before it starts (${from})`,
            `Ngày hết hiệu lực (${to}) trước ngày có hiệu lực (${from})`,
          );
        }
        let previousEnd: string | undefined;
        const periods = [...(unit.history ?? []).entries()].sort(([, a], [, b]) =>
          (a.validFrom ?? "").localeCompare(b.validFrom ?? ""),
        );
        for (const [i, period] of periods) {
          const start = period.validFrom ?? from;
          if (period.validFrom === undefined && from === undefined && i !== periods[0]?.[0]) {
            issue(
              ctx,
              "unit-history-start-missing",
              ["history", i, "validFrom"],
              "Only the first history entry may leave out validFrom",
              "Chỉ mục lịch sử đầu tiên được bỏ trống ngày bắt đầu",
            );
          }
          if (start !== undefined && period.validTo < start) {
            issue(
              ctx,
              "unit-history-ends-before-start",
              ["history", i, "validTo"],
              `The period ends (${period.validTo}) before it starts (${start})`,
              `Giai đoạn kết thúc (${period.validTo}) trước khi bắt đầu (${start})`,
            );
          }
          if (
            (from !== undefined && start !== undefined && start < from) ||
            (to !== undefined && period.validTo > to)
          ) {
            issue(
              ctx,
              "unit-history-outside-validity",
              ["history", i],
              "The period lies outside the unit's validity",
              "Giai đoạn nằm ngoài thời gian hiệu lực của đơn vị",
            );
          }
          if (previousEnd !== undefined && (start === undefined || start <= previousEnd)) {
            issue(
              ctx,
              "unit-history-overlap",
              ["history", i, "validFrom"],
              "The period overlaps an earlier history entry",
              "Giai đoạn trùng với một mục lịch sử khác",
            );
          }
          if (
            period.name === undefined &&
            period.type === undefined &&
            period.parentCode === undefined
          ) {
            issue(
              ctx,
              "unit-history-entry-empty",
              ["history", i],
              "A history entry must give the name, type or parent of the period",
              "Mục lịch sử phải ghi tên, loại hoặc đơn vị cấp trên của giai đoạn",
            );
          }
          checkTypeAndParent(
            ctx,
            { code, level, type: period.type, parentCode: period.parentCode },
            ["history", i],
          );
          previousEnd =
            previousEnd === undefined || period.validTo > previousEnd
              ? period.validTo
              : previousEnd;
        }
      })
      .describe("An administrative unit for the time it was valid"),
    ADMIN_UNIT_FIELDS,
  ))();

/**
 * An administrative unit (see {@link AdminUnitSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { AdminUnit } from "antt";
 * const thanhHoa: AdminUnit = {
 *   code: "38",
 *   name: "Tỉnh Thanh Hóa",
 *   level: "province",
 *   type: "province",
 *   validFrom: "2025-07-01",
 * };
 * ```
 *
 * @interface
 */
export type AdminUnit = z.infer<typeof AdminUnitSchema>;

/**
 * The kind of a succession link (see {@link SUCCESSION_KIND_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { SuccessionKindSchema } from "antt";
 * SuccessionKindSchema.parse("whole");
 * ```
 */
export const SuccessionKindSchema = /* @__PURE__ */ (() =>
  codeList(SUCCESSION_KIND_LABELS, "Whether all or part of the old unit went into the new one"))();

/**
 * The kind of a succession link (see {@link SuccessionKindSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { SuccessionKind } from "antt";
 * const kind: SuccessionKind = "partial";
 * ```
 */
export type SuccessionKind = z.infer<typeof SuccessionKindSchema>;

/**
 * How a succession link was inferred (see {@link SUCCESSION_INFERENCE_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { SuccessionInferenceSchema } from "antt";
 * SuccessionInferenceSchema.parse("same-name");
 * ```
 */
export const SuccessionInferenceSchema = /* @__PURE__ */ (() =>
  codeList(SUCCESSION_INFERENCE_LABELS, "How a succession link was inferred"))();

/**
 * How a succession link was inferred (see {@link SuccessionInferenceSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { SuccessionInference } from "antt";
 * const inference: SuccessionInference = "shared-syllable";
 * ```
 */
export type SuccessionInference = z.infer<typeof SuccessionInferenceSchema>;

/**
 * A succession link (sắp xếp đơn vị hành chính): on `effectiveDate` all or part of the
 * unit `oldCode` became part of the unit `newCode`.
 *
 * @description The 2025 reorganisation is many-to-many: a new commune is formed from
 * several old ones (whole mergers), and an old commune divided between new ones has a
 * `partial` link to each. A new unit may keep its predecessor's code (`38` → `38`): the
 * old unit is valid until the day before `effectiveDate`, the new one from that day.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { AdminSuccessionSchema } from "antt";
 * AdminSuccessionSchema.parse({ oldCode: "26", newCode: "25", kind: "whole", effectiveDate: "2025-07-01" });
 * ```
 */
export const AdminSuccessionSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Code of the unit before the change */
        oldCode: UnitCodeSchema.describe("Code of the unit before the change"),
        /** Code of the unit it became part of */
        newCode: UnitCodeSchema.describe("Code of the unit it became part of"),
        /** whole: all of the old unit went into the new one; partial: part of it */
        kind: SuccessionKindSchema.describe(
          "whole: all of the old unit went into the new one; partial: part of it",
        ),
        /** First day the new unit was valid */
        effectiveDate: CalendarDateSchema.describe("First day the new unit was valid"),
        /** The legal acts that made the change, such as 1111/NQ-UBTVQH14 */
        basis: z
          .array(LegalActSchema)
          .max(20)
          .optional()
          .describe("The legal acts that made the change, such as 1111/NQ-UBTVQH14"),
        /** How the link was inferred, when the sources do not state it; absent: stated */
        inferredBy: SuccessionInferenceSchema.optional().describe(
          "How the link was inferred, when the sources do not state it; absent: stated",
        ),
        /** App-specific data */
        ext: ExtSchema.optional().describe("App-specific data"),
      })
      .describe("A link from a unit to the unit that succeeded it, wholly or in part"),
    ADMIN_SUCCESSION_FIELDS,
  ))();

/**
 * A succession link (see {@link AdminSuccessionSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { AdminSuccession } from "antt";
 * const link: AdminSuccession = { oldCode: "00007", newCode: "00008", kind: "partial", effectiveDate: "2025-07-01" };
 * ```
 *
 * @interface
 */
export type AdminSuccession = z.infer<typeof AdminSuccessionSchema>;
