import * as z from "zod";
import { ActivitySchema } from "../activities/index.js";
import { AdminSuccessionSchema, AdminUnitSchema } from "../admin/index.js";
import { CameraPointSchema } from "../cameras/index.js";
import {
  CalendarDateSchema,
  ExtSchema,
  InstantSchema,
  labelFields,
  NameSchema,
  TextSchema,
  UnitCodeSchema,
} from "../core/index.js";
import { ForceStrengthSchema } from "../forces/index.js";
import { ContributionSchema, ExpenseSchema } from "../funding/index.js";
import { FootageExtractionSchema, IncidentSchema } from "../incidents/index.js";
import {
  ModelReviewSchema,
  ModelSiteSchema,
  SafetyRecognitionSchema,
  SecurityModelSchema,
} from "../models/index.js";
import { TeamSchema } from "../teams/index.js";
import { CoverageSchema } from "./coverage.js";
import { DATASET_AREA_FIELDS, DATASET_COVERS_FIELDS, DATASET_FIELDS } from "./field-labels.js";
import type { DATASET_COLLECTION_LABELS } from "./labels.js";

/**
 * The version of the dataset format this release of the library writes and reads.
 *
 * @category Interchange
 * @example
 * ```ts
 * import { DATASET_SCHEMA_VERSION } from "antt";
 * const envelope = { schemaVersion: DATASET_SCHEMA_VERSION };
 * ```
 */
export const DATASET_SCHEMA_VERSION = "1.0";

/**
 * The record collections a dataset holds, each with its schema, in the order they are
 * checked and written.
 *
 * @category Interchange
 * @example
 * ```ts
 * import { DATASET_COLLECTIONS } from "antt";
 * Object.keys(DATASET_COLLECTIONS); // ["units", "successions", "models", ...]
 * ```
 */
export const DATASET_COLLECTIONS = {
  /** An administrative unit for the time it was valid */
  units: AdminUnitSchema,
  /** A link from a unit to the unit that succeeded it, wholly or in part */
  successions: AdminSuccessionSchema,
  /** A security-and-order model (mô hình tự quản về ANTT) */
  models: SecurityModelSchema,
  /** A site of a model (điểm mô hình, điểm nhân rộng) */
  sites: ModelSiteSchema,
  /** A review of a model (sơ kết, tổng kết) */
  reviews: ModelReviewSchema,
  /** An "An toàn về ANTT" recognition (công nhận) for one year */
  recognitions: SafetyRecognitionSchema,
  /** A team (tổ) run by residents */
  teams: TeamSchema,
  /** A camera point (điểm camera) of the movement, with one or more lenses */
  cameras: CameraPointSchema,
  /** An incident (vụ việc) on security and order */
  incidents: IncidentSchema,
  /** A footage extraction (lượt trích xuất dữ liệu camera) */
  extractions: FootageExtractionSchema,
  /** An activity of the movement, by kind */
  activities: ActivitySchema,
  /** A contribution (đóng góp, xã hội hóa) of money or goods valued in đồng */
  contributions: ContributionSchema,
  /** An expense (khoản chi) of the movement's money */
  expenses: ExpenseSchema,
  /** The strength of one force in one unit, as counted on a day */
  forces: ForceStrengthSchema,
  /** A declaration that a unit's records of some collections are complete */
  coverage: CoverageSchema,
} as const satisfies { readonly [C in keyof typeof DATASET_COLLECTION_LABELS]: z.ZodType };

/**
 * The name of a record collection of a dataset (`cameras`, `incidents`, ...).
 *
 * @category Interchange
 * @example
 * ```ts
 * import type { DatasetCollection } from "antt";
 * const collection: DatasetCollection = "cameras";
 * ```
 */
export type DatasetCollection = keyof typeof DATASET_COLLECTIONS;

const collection = <S extends z.ZodType>(schema: S) => z.array(schema).default([]);

/**
 * A dataset: every record of an area, in one versioned envelope that an app can save,
 * send and load (bộ dữ liệu).
 *
 * @description The envelope says which format version it follows (`schemaVersion`),
 * which area and period it covers, and holds one array per kind of record; a missing
 * array means none. The schema checks each record alone; {@link validateDataset} also
 * checks what one record cannot: that references point at records that exist, that ids
 * are unique and that dates follow each other.
 *
 * @category Interchange
 * @example
 * ```ts
 * import { DatasetSchema } from "antt";
 * const dataset = DatasetSchema.parse({
 *   schemaVersion: "1.0",
 *   name: "Xã Xuân Sinh 2024",
 *   cameras: [
 *     { id: "cam-1", unitCode: "15532", ownerKind: "public", installedOn: "2020-05-01",
 *       connectedToDutyRoom: true, sharingTier: "live-view", coverage: ["road"], status: "active" },
 *   ],
 * });
 * dataset.incidents; // [] (a missing collection is empty)
 * ```
 */
export const DatasetSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Version of the dataset format; this release reads and writes 1.0 */
        schemaVersion: z
          .literal(DATASET_SCHEMA_VERSION)
          .describe("Version of the dataset format; this release reads and writes 1.0"),
        /** Name of the dataset */
        name: NameSchema.optional().describe("Name of the dataset"),
        /** What the dataset holds and where it comes from */
        description: TextSchema.optional().describe(
          "What the dataset holds and where it comes from",
        ),
        /** The administrative unit the dataset covers */
        area: labelFields(
          z.strictObject({
            /** Code of the unit the dataset covers */
            unitCode: UnitCodeSchema.describe("Code of the unit the dataset covers"),
            /** Name of that unit */
            name: NameSchema.optional().describe("Name of that unit"),
          }),
          DATASET_AREA_FIELDS,
        )
          .optional()
          .describe("The administrative unit the dataset covers"),
        /** The days the dataset covers, both included */
        covers: labelFields(
          z
            .strictObject({
              /** First day covered */
              start: CalendarDateSchema.describe("First day covered"),
              /** Last day covered */
              end: CalendarDateSchema.describe("Last day covered"),
            })
            .superRefine((value, ctx) => {
              if (value.end < value.start) {
                ctx.addIssue({
                  code: "custom",
                  path: ["end"],
                  message: "The last day covered is before the first",
                  params: {
                    vi: "Ngày cuối của kỳ dữ liệu trước ngày đầu",
                    code: "covers-ends-before-start",
                  },
                });
              }
            }),
          DATASET_COVERS_FIELDS,
        )
          .optional()
          .describe("The days the dataset covers, both included"),
        /** When the dataset was written */
        generatedAt: InstantSchema.optional().describe("When the dataset was written"),
        /** Administrative units the records refer to */
        units: collection(AdminUnitSchema).describe("Administrative units the records refer to"),
        /** Successions between units across reorganisations */
        successions: collection(AdminSuccessionSchema).describe(
          "Successions between units across reorganisations",
        ),
        /** Security-and-order models (mô hình) */
        models: collection(SecurityModelSchema).describe("Security-and-order models (mô hình)"),
        /** Sites applying the models (điểm mô hình) */
        sites: collection(ModelSiteSchema).describe("Sites applying the models (điểm mô hình)"),
        /** Reviews of models (sơ kết, tổng kết) */
        reviews: collection(ModelReviewSchema).describe("Reviews of models (sơ kết, tổng kết)"),
        /** 'An toàn về ANTT' recognitions */
        recognitions: collection(SafetyRecognitionSchema).describe(
          "'An toàn về ANTT' recognitions",
        ),
        /** Self-governing teams (tổ) */
        teams: collection(TeamSchema).describe("Self-governing teams (tổ)"),
        /** Camera points (điểm camera) */
        cameras: collection(CameraPointSchema).describe("Camera points (điểm camera)"),
        /** Incidents (vụ việc) */
        incidents: collection(IncidentSchema).describe("Incidents (vụ việc)"),
        /** Footage extractions (lượt trích xuất) */
        extractions: collection(FootageExtractionSchema).describe(
          "Footage extractions (lượt trích xuất)",
        ),
        /** Patrols, tips, mediations, outreach, drills, awards */
        activities: collection(ActivitySchema).describe(
          "Patrols, tips, mediations, outreach, drills, awards",
        ),
        /** Contributions (đóng góp, xã hội hóa) */
        contributions: collection(ContributionSchema).describe(
          "Contributions (đóng góp, xã hội hóa)",
        ),
        /** Spending */
        expenses: collection(ExpenseSchema).describe("Spending"),
        /** Counts of the forces: commune police, grassroots protection forces (lực lượng) */
        forces: collection(ForceStrengthSchema).describe(
          "Counts of the forces: commune police, grassroots protection forces (lực lượng)",
        ),
        /**
         * Declarations that records are complete, so that no record means none (báo cáo đầy đủ)
         */
        coverage: collection(CoverageSchema).describe(
          "Declarations that records are complete, so that no record means none (báo cáo đầy đủ)",
        ),
        /** App-specific data, not interpreted by the library */
        ext: ExtSchema.optional(),
      })
      .describe("A versioned dataset of all records of an area"),
    DATASET_FIELDS,
  ))();

/**
 * A dataset after parsing: every collection is an array (see {@link DatasetSchema}).
 *
 * @category Interchange
 * @example
 * ```ts
 * import type { Dataset } from "antt";
 * const countCameras = (dataset: Dataset) => dataset.cameras.length;
 * ```
 *
 * @interface
 */
export type Dataset = z.output<typeof DatasetSchema>;

/**
 * A dataset as an app writes it: collections may be left out (see {@link DatasetSchema}).
 *
 * @category Interchange
 * @example
 * ```ts
 * import type { DatasetInput } from "antt";
 * const empty: DatasetInput = { schemaVersion: "1.0" };
 * ```
 */
export type DatasetInput = z.input<typeof DatasetSchema>;
