// The zod primitives of the core: dates, instants, periods, money, points and code lists.
// The pure functions they stand beside (calendar.ts, money.ts, geo.ts, labels.ts) never
// import zod, so that an app that formats money or buckets dates bundles no schema.
import * as z from "zod";
import { DRILL_SCENARIO_SCALE_LABELS, DRILL_TOPIC_LABELS } from "./drills.js";
import { SECURITY_DUTY_LABELS } from "./duties.js";
import { GEO_POINT_FIELDS, PERIOD_FIELDS } from "./field-labels.js";
import { labelFields } from "./fields.js";
import type { Label, Labels } from "./labels.js";
import { bilingual } from "./messages.js";
import { MAX_VND } from "./money.js";
import { FUNDING_SOURCE_LABELS, PAYER_CODE_LABELS } from "./payers.js";
import { type Period, parsePeriod } from "./period.js";

const SUPPORTED_YEAR_RE = /^(?:19|2[0-9])[0-9]{2}-/;

const OUTSIDE_SUPPORTED_YEARS = bilingual(
  "The year must be between 1900 and 2999",
  "Năm phải trong khoảng từ 1900 đến 2999",
);

/**
 * A calendar date in Vietnam, written `YYYY-MM-DD`.
 *
 * @description Impossible dates such as `2024-02-30` or `2023-02-29` are rejected. A date
 * is a day on the Vietnamese calendar, not an instant: it is never converted through UTC,
 * so `2024-03-07` stays 7 March whatever the time zone of the machine that reads it.
 *
 * Records hold dates of the years 1900 to 2999 (see {@link SUPPORTED_YEARS}): a year
 * outside is a typing mistake (`0202`, `20224`), never a real record.
 *
 * @category Time
 * @example
 * ```ts
 * import { CalendarDateSchema } from "antt";
 * CalendarDateSchema.parse("2024-02-29");             // leap day: accepted
 * CalendarDateSchema.safeParse("2024-02-30").success; // false
 * CalendarDateSchema.safeParse("0999-06-01").success; // false: outside 1900-2999
 * ```
 */
// `abort`: text that is no date at all gives one issue, not a second for the year.
export const CalendarDateSchema = /* @__PURE__ */ (() =>
  z.iso
    .date({ abort: true })
    .regex(SUPPORTED_YEAR_RE, OUTSIDE_SUPPORTED_YEARS)
    .describe("Calendar date in Vietnam (YYYY-MM-DD), years 1900 to 2999"))();

/**
 * An instant: an ISO 8601 date-time with an explicit offset (`Z` or `+07:00`).
 *
 * @description A date-time without an offset (`2024-03-07T22:15:00`) is rejected: it
 * would mean different instants on machines in different zones. Write Vietnam time as
 * `2024-03-07T22:15:00+07:00`.
 *
 * @category Time
 * @example
 * ```ts
 * import { InstantSchema } from "antt";
 * InstantSchema.parse("2024-03-07T22:15:00+07:00");
 * InstantSchema.safeParse("2024-03-07T22:15:00").success; // false: no offset
 * ```
 */
export const InstantSchema = /* @__PURE__ */ (() =>
  z.iso
    .datetime({ offset: true, abort: true })
    .regex(SUPPORTED_YEAR_RE, OUTSIDE_SUPPORTED_YEARS)
    .describe(
      "Instant as ISO 8601 date-time with offset, such as 2024-03-07T22:15:00+07:00, years 1900 to 2999",
    ))();

/**
 * The zod schema of a {@link Period}, as it travels in JSON: the key must name the
 * same days as `start` and `end`.
 *
 * @category Time
 * @example
 * ```ts
 * import { PeriodSchema } from "antt";
 * PeriodSchema.parse({ unit: "half", key: "2024-H1", start: "2024-01-01", end: "2024-06-30" });
 * PeriodSchema.safeParse({ unit: "half", key: "2024-H1", start: "2024-01-01", end: "2024-12-31" }).success; // false
 * ```
 */
export const PeriodSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Calendar unit of the period, or range */
        unit: z
          .enum(["day", "week", "month", "quarter", "half", "year", "range"])
          .describe("Calendar unit of the period, or range"),
        /** Compact name of the period, such as 2024-H1 */
        key: z.string().max(32).describe("Compact name of the period, such as 2024-H1"),
        /** First day of the period, included */
        start: CalendarDateSchema.describe("First day of the period, included"),
        /** Last day of the period, included */
        end: CalendarDateSchema.describe("Last day of the period, included"),
      })
      .superRefine((value, ctx) => {
        let expected: Period | undefined;
        try {
          expected = parsePeriod(value.key);
        } catch (error) {
          ctx.addIssue({
            code: "custom",
            path: ["key"],
            message: (error as Error).message,
            params: { vi: "Mã kỳ báo cáo không hợp lệ", code: "invalid-period-key" },
          });
          return;
        }
        if (
          expected.unit !== value.unit ||
          expected.start !== value.start ||
          expected.end !== value.end
        ) {
          ctx.addIssue({
            code: "custom",
            path: ["key"],
            message: `The key ${value.key} names ${expected.unit} ${expected.start}..${expected.end}, not ${value.unit} ${value.start}..${value.end}`,
            params: {
              vi: "Mã kỳ không khớp với ngày bắt đầu và kết thúc",
              code: "period-key-mismatch",
            },
          });
        }
      })
      .describe("A reporting period: a calendar unit or a custom inclusive range of dates"),
    PERIOD_FIELDS,
  ))();

/** The message for an amount above {@link MAX_VND}, in English and Vietnamese. */
const TOO_LARGE = bilingual(
  "The amount is above 10,000,000,000,000 đồng, the most one record may hold",
  "Số tiền vượt quá 10.000 tỷ đồng, mức tối đa của một bản ghi",
);

/**
 * An amount of money in Vietnamese đồng: a non-negative whole number, never a float, at
 * most {@link MAX_VND}.
 *
 * @description The đồng has no minor unit in use, so an amount is an integer number of
 * đồng (`12500000`, not `12.5` million). Fractions, negative amounts, `NaN`, `Infinity`
 * and amounts above 10 nghìn tỷ đồng are rejected.
 *
 * @category Money and geo
 * @example
 * ```ts
 * import { VndSchema } from "antt";
 * VndSchema.parse(12_500_000); // 12500000
 * VndSchema.safeParse(12.5).success; // false
 * VndSchema.safeParse(5e15).success; // false: above MAX_VND
 * ```
 */
// `abort`: a value that is no safe integer gives one issue, not a second for the bound.
export const VndSchema = /* @__PURE__ */ (() =>
  z
    .int({ abort: true })
    .min(0)
    .max(MAX_VND, TOO_LARGE)
    .describe("Amount in Vietnamese đồng (whole number, at most 10,000,000,000,000)"))();

/**
 * {@link VndSchema} above zero: an amount that must be paid, not nothing.
 *
 * @category Money and geo
 * @example
 * ```ts
 * import { PositiveVndSchema } from "antt";
 * PositiveVndSchema.safeParse(0).success; // false
 * ```
 */
export const PositiveVndSchema = /* @__PURE__ */ (() =>
  z
    .int({ abort: true })
    .positive()
    .max(MAX_VND, TOO_LARGE)
    .describe("Amount in Vietnamese đồng (whole number above 0, at most 10,000,000,000,000)"))();

/**
 * A point on the earth in WGS 84 degrees, as GPS and web maps give it.
 *
 * @description Latitude is checked to lie in [-90, 90] and longitude in [-180, 180];
 * `NaN` and `Infinity` are rejected. Vietnam lies roughly between 8°N and 24°N and
 * between 102°E and 118°E (117°E without the islands): a point far outside is valid
 * WGS 84 but probably has its coordinates swapped; see {@link isInVietnam}.
 *
 * @category Money and geo
 * @example
 * ```ts
 * import { GeoPointSchema } from "antt";
 * GeoPointSchema.parse({ lat: 19.87, lng: 105.34 });
 * GeoPointSchema.safeParse({ lat: 105.34, lng: 19.87 }).success; // false: lat out of range
 * ```
 */
export const GeoPointSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Latitude in degrees (WGS 84) */
        lat: z.number().min(-90).max(90).describe("Latitude in degrees (WGS 84)"),
        /** Longitude in degrees (WGS 84) */
        lng: z.number().min(-180).max(180).describe("Longitude in degrees (WGS 84)"),
      })
      .describe("A point in WGS 84 degrees"),
    GEO_POINT_FIELDS,
  ))();

/**
 * Builds the zod enum of a code list from its labels, so that the codes are written once.
 *
 * @description The codes are the keys of `labels`, in their order. The labels travel
 * with the schema as `x-labels` metadata, so the generated JSON Schema shows an app in
 * another language the Vietnamese and English label of every code.
 *
 * @param labels - one {@link Label} per code
 * @param description - what the code list classifies (English)
 * @returns a `z.enum` of the codes
 * @category Code lists
 * @example
 * ```ts
 * import { codeList } from "antt";
 * const DutySchema = codeList(
 *   { patrol: { vi: "Tuần tra", en: "Patrol" }, mediation: { vi: "Hòa giải", en: "Mediation" } },
 *   "A duty of a team",
 * );
 * DutySchema.parse("patrol"); // "patrol"
 * ```
 */
export function codeList<const C extends string>(labels: Labels<C>, description: string) {
  const codes = Object.keys(labels) as [C, ...C[]];
  return z.enum(codes).meta({ description, "x-labels": labels });
}

/**
 * A duty of a model or a team, a code of {@link SECURITY_DUTY_LABELS}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { SecurityDutySchema } from "antt";
 * SecurityDutySchema.parse("patrol");
 * ```
 */
export const SecurityDutySchema = /* @__PURE__ */ (() =>
  codeList(SECURITY_DUTY_LABELS, "Duty of a model or a team"))();

/**
 * The topic of a drill or a training, a code of {@link DRILL_TOPIC_LABELS}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { DrillTopicSchema } from "antt";
 * DrillTopicSchema.parse("disaster"); // "disaster"
 * ```
 */
export const DrillTopicSchema = /* @__PURE__ */ (() =>
  codeList(DRILL_TOPIC_LABELS, "Topic of a drill or a training"))();

/**
 * The scale of a drill's scenario, a code of {@link DRILL_SCENARIO_SCALE_LABELS}: how far
 * the situation it rehearses reaches, apart from the level that organised it.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { DrillScenarioScaleSchema } from "antt";
 * DrillScenarioScaleSchema.parse("residential-cluster"); // "residential-cluster"
 * ```
 */
export const DrillScenarioScaleSchema = /* @__PURE__ */ (() =>
  codeList(DRILL_SCENARIO_SCALE_LABELS, "Scale of the scenario of a drill"))();

/**
 * Who paid, a code of {@link PAYER_LABELS} or an old code of {@link PAYER_ALIASES}: the
 * code list of a camera point's `funding[].source`, a contribution's `contributorKind`
 * and an expense's `source`.
 *
 * @description An old code is accepted as it is, not rewritten; summaries count it under
 * the code it stands for (see {@link payerOf}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { PayerSchema } from "antt";
 * PayerSchema.parse("commune-budget"); // "commune-budget"
 * PayerSchema.parse("households");     // "households" (the old camera code)
 * PayerSchema.safeParse("state").success; // false
 * ```
 */
export const PayerSchema = /* @__PURE__ */ (() =>
  codeList(
    PAYER_CODE_LABELS,
    "Who paid: a household, business, organisation, individual, the community, the state or commune budget, or other",
  ))();

/**
 * The source of funding: `community` (xã hội hóa) or `budget` (ngân sách); see
 * {@link FUNDING_SOURCE_LABELS}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { FundingSourceSchema } from "antt";
 * FundingSourceSchema.parse("community"); // "community"
 * ```
 */
export const FundingSourceSchema = /* @__PURE__ */ (() =>
  codeList(FUNDING_SOURCE_LABELS, "Source of funding: community (xã hội hóa) or state budget"))();
