// An "An toàn về ANTT" recognition (công nhận) of a residential area, commune, agency or
// business, or school, for one year.
import * as z from "zod";
import {
  CalendarDateSchema,
  ExtSchema,
  IdSchema,
  labelFields,
  NameSchema,
  TextSchema,
  UnitCodeSchema,
} from "../../core/index.js";
import { fail } from "../../core/refine.js";
import { SafetySubjectKindSchema } from "../code-lists/schema.js";
import { SAFETY_RECOGNITION_FIELDS } from "./field-labels.js";

/**
 * Whether a residential area, commune, agency or business, or school was recognised
 * "An toàn về ANTT" (safe in security and order) for a year, under Circular
 * 124/2021/TT-BCA.
 *
 * @description Recognition is yes or no, with no grades, once a year; a record with
 * `recognized: false` says the subject was assessed and not recognised. `unitCode` is
 * the residential area or commune itself, or, for an agency, business or school, the
 * unit where it is; those need `subjectName` too. A residential area is assessed over 1
 * November of the previous year to 31 October, everything else over the calendar year,
 * so `decidedOn` may not be before the start of that window.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { SafetyRecognitionSchema } from "antt";
 * SafetyRecognitionSchema.parse({
 *   id: "at-2024-kim-doi",
 *   subjectKind: "residential-area",
 *   unitCode: "20362.kim-doi",
 *   year: 2024,
 *   recognized: true,
 *   decisionRef: "QĐ 312/QĐ-UBND",
 *   decidedOn: "2024-12-10",
 * });
 * ```
 */
export const SafetyRecognitionSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Identifier of the recognition record */
        id: IdSchema.describe("Identifier of the recognition record"),
        /** Kind of recognised subject */
        subjectKind: SafetySubjectKindSchema.describe("Kind of recognised subject"),
        /**
         * Code of the residential area or commune, or of the unit where the agency, business or
         * school is
         */
        unitCode: UnitCodeSchema.describe(
          "Code of the residential area or commune, or of the unit where the agency, business or school is",
        ),
        /**
         * Date the unit code was valid for; the decision date, or 31 December of the year, when
         * absent
         */
        unitCodeAsOf: CalendarDateSchema.optional().describe(
          "Date the unit code was valid for; the decision date, or 31 December of the year, when absent",
        ),
        /** Name of the agency, business or school (required for those) */
        subjectName: NameSchema.optional().describe(
          "Name of the agency, business or school (required for those)",
        ),
        /** Year of the recognition */
        year: z.int().min(1990).max(2100).describe("Year of the recognition"),
        /** Whether the subject was recognised */
        recognized: z.boolean().describe("Whether the subject was recognised"),
        /** Reference of the decision */
        decisionRef: NameSchema.optional().describe("Reference of the decision"),
        /** Date of the decision */
        decidedOn: CalendarDateSchema.optional().describe("Date of the decision"),
        /** Note */
        note: TextSchema.optional().describe("Note"),
        /** App-specific data, not interpreted by the library */
        ext: ExtSchema.optional(),
      })
      .superRefine((value, ctx) => {
        if (
          (value.subjectKind === "agency-business" || value.subjectKind === "school") &&
          value.subjectName === undefined
        ) {
          fail(
            ctx,
            "recognition-subject-name-missing",
            ["subjectName"],
            `A recognition of kind ${value.subjectKind} needs subjectName`,
            "Công nhận cơ quan, doanh nghiệp, nhà trường phải có tên đơn vị",
          );
        }
        if (value.decidedOn !== undefined) {
          const windowStart =
            value.subjectKind === "residential-area"
              ? `${value.year - 1}-11-01`
              : `${value.year}-01-01`;
          if (value.decidedOn < windowStart) {
            fail(
              ctx,
              "recognition-decided-before-assessment",
              ["decidedOn"],
              `The decision date ${value.decidedOn} is before the assessment of ${value.year} began (${windowStart})`,
              `Ngày quyết định ${value.decidedOn} trước khi bắt đầu kỳ đánh giá năm ${value.year} (${windowStart})`,
            );
          }
        }
      })
      .describe('An "An toàn về ANTT" recognition (công nhận) for one year'),
    SAFETY_RECOGNITION_FIELDS,
  ))();

/**
 * An "An toàn về ANTT" recognition (see {@link SafetyRecognitionSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { SafetyRecognition } from "antt";
 * const recognition: SafetyRecognition = {
 *   id: "at-2024-thpt-tho-xuan",
 *   subjectKind: "school",
 *   unitCode: "15532",
 *   subjectName: "Trường THPT Thọ Xuân 4",
 *   year: 2024,
 *   recognized: false,
 * };
 * ```
 *
 * @interface
 */
export type SafetyRecognition = z.infer<typeof SafetyRecognitionSchema>;
