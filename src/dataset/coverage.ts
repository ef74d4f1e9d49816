import * as z from "zod";
import {
  CalendarDateSchema,
  ExtSchema,
  IdSchema,
  labelFields,
  NameSchema,
  TextSchema,
} from "../core/index.js";
import { codesOf } from "../core/labels.js";
import { UnitCodeSchema } from "../core/units.js";
import { COVERAGE_FIELDS } from "./field-labels.js";
import { DATASET_COLLECTION_LABELS } from "./labels.js";

/** The collections of records a declaration can speak of: all but units, links and itself. */
const RECORD_COLLECTIONS = /* @__PURE__ */ (() =>
  codesOf(DATASET_COLLECTION_LABELS).filter(
    (c) => c !== "units" && c !== "successions" && c !== "coverage",
  ) as [RecordCollection, ...RecordCollection[]])();

type RecordCollection = Exclude<
  keyof typeof DATASET_COLLECTION_LABELS,
  "units" | "successions" | "coverage"
>;

/**
 * A declaration that a dataset's records are complete (báo cáo đầy đủ): for one unit, and
 * every unit inside it, from `start` to `end`, the dataset holds every record of the
 * collections listed in `complete`, so that no record means none happened.
 *
 * @description This is what lets a report say "Không để xảy ra cháy, nổ" or "Không phát
 * sinh tệ nạn xã hội": the library states an absence only where a declaration covers the
 * unit, the whole period and the collection. Without one, no record is only "chưa ghi
 * nhận" (none recorded). A commune police that sends a zero report (báo cáo không) records
 * it as a declaration. A district's report counts the communes whose records are declared
 * complete ("27/30 xã đã báo cáo đầy đủ").
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CoverageSchema } from "antt";
 * CoverageSchema.parse({
 *   id: "bc-2024-xuan-sinh",
 *   unitCode: "15532",
 *   start: "2024-01-01",
 *   end: "2024-12-31",
 *   complete: ["incidents", "activities"],
 *   declaredBy: "Công an xã Xuân Sinh",
 * });
 * ```
 */
export const CoverageSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Identifier of the declaration, unique in the dataset */
        id: IdSchema.describe("Identifier of the declaration, unique in the dataset"),
        /** The unit whose records (and those of every unit inside it) are complete */
        unitCode: UnitCodeSchema.describe(
          "The unit whose records (and those of every unit inside it) are complete",
        ),
        /** First day covered, included */
        start: CalendarDateSchema.describe("First day covered, included"),
        /** Last day covered, included */
        end: CalendarDateSchema.describe("Last day covered, included"),
        /** The collections whose records are all in the dataset for that unit and those days */
        complete: z
          .array(z.enum(RECORD_COLLECTIONS))
          .min(1)
          .max(RECORD_COLLECTIONS.length)
          .describe(
            "The collections whose records are all in the dataset for that unit and those days",
          ),
        /** Who declared it, such as the commune police */
        declaredBy: NameSchema.optional().describe("Who declared it, such as the commune police"),
        /** The day it was declared */
        declaredOn: CalendarDateSchema.optional().describe("The day it was declared"),
        /** Free-text note */
        note: TextSchema.optional().describe("Free-text note"),
        /** App-specific data */
        ext: ExtSchema.optional().describe("App-specific data"),
      })
      .superRefine((value, ctx) => {
        if (value.end < value.start) {
          ctx.addIssue({
            code: "custom",
            path: ["end"],
            message: `The declaration ends (${value.end}) before it starts (${value.start})`,
            params: {
              vi: `Ngày cuối (${value.end}) trước ngày đầu (${value.start}) của kỳ báo cáo đầy đủ`,
              code: "coverage-ends-before-start",
            },
          });
        }
        const seen = new Set<string>();
        value.complete.forEach((collection, index) => {
          if (seen.has(collection)) {
            ctx.addIssue({
              code: "custom",
              path: ["complete", index],
              message: `The collection ${collection} is listed twice`,
              params: {
                vi: `Tập bản ghi ${collection} được liệt kê hai lần`,
                code: "coverage-collection-repeated",
              },
            });
          }
          seen.add(collection);
        });
      })
      .describe("A declaration that a unit's records of some collections are complete"),
    COVERAGE_FIELDS,
  ))();

/**
 * A completeness declaration (see {@link CoverageSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { Coverage } from "antt";
 * const zeroReport: Coverage = {
 *   id: "bc-2024-q1",
 *   unitCode: "15532",
 *   start: "2024-01-01",
 *   end: "2024-03-31",
 *   complete: ["incidents"],
 * };
 * ```
 *
 * @interface
 */
export type Coverage = z.infer<typeof CoverageSchema>;
