import * as z from "zod";
import { ActivitySchema } from "../activities/index.js";
import { AdminSuccessionSchema, AdminUnitSchema } from "../admin/index.js";
import { CameraPointSchema } from "../cameras/index.js";
import {
  CalendarDateSchema,
  ExtSchema,
  InstantSchema,
  NameSchema,
  TextSchema,
  UnitCodeSchema,
} from "../core/index.js";
import { ContributionSchema, ExpenseSchema } from "../funding/index.js";
import { FootageExtractionSchema, IncidentSchema } from "../incidents/index.js";
import {
  ModelReviewSchema,
  ModelSiteSchema,
  SafetyRecognitionSchema,
  SecurityModelSchema,
} from "../models/index.js";
import { TeamSchema } from "../teams/index.js";

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
  units: AdminUnitSchema,
  successions: AdminSuccessionSchema,
  models: SecurityModelSchema,
  sites: ModelSiteSchema,
  reviews: ModelReviewSchema,
  recognitions: SafetyRecognitionSchema,
  teams: TeamSchema,
  cameras: CameraPointSchema,
  incidents: IncidentSchema,
  extractions: FootageExtractionSchema,
  activities: ActivitySchema,
  contributions: ContributionSchema,
  expenses: ExpenseSchema,
} as const;

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

const collection = <S extends z.ZodType>(schema: S, what: string) =>
  z.array(schema).default([]).describe(what);

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
  z
    .strictObject({
      schemaVersion: z
        .literal(DATASET_SCHEMA_VERSION)
        .describe("Version of the dataset format; this release reads and writes 1.0"),
      name: NameSchema.optional().describe("Name of the dataset"),
      description: TextSchema.optional().describe("What the dataset holds and where it comes from"),
      area: z
        .strictObject({
          unitCode: UnitCodeSchema.describe("Code of the unit the dataset covers"),
          name: NameSchema.optional().describe("Name of that unit"),
        })
        .optional()
        .describe("The administrative unit the dataset covers"),
      covers: z
        .strictObject({
          start: CalendarDateSchema.describe("First day covered"),
          end: CalendarDateSchema.describe("Last day covered"),
        })
        .superRefine((value, ctx) => {
          if (value.end < value.start) {
            ctx.addIssue({
              code: "custom",
              path: ["end"],
              message: "The last day covered is before the first",
              params: { vi: "Ngày cuối của kỳ dữ liệu trước ngày đầu" },
            });
          }
        })
        .optional()
        .describe("The days the dataset covers, both included"),
      generatedAt: InstantSchema.optional().describe("When the dataset was written"),
      units: collection(AdminUnitSchema, "Administrative units the records refer to"),
      successions: collection(
        AdminSuccessionSchema,
        "Successions between units across reorganisations",
      ),
      models: collection(SecurityModelSchema, "Security-and-order models (mô hình)"),
      sites: collection(ModelSiteSchema, "Sites applying the models (điểm mô hình)"),
      reviews: collection(ModelReviewSchema, "Reviews of models (sơ kết, tổng kết)"),
      recognitions: collection(SafetyRecognitionSchema, "'An toàn về ANTT' recognitions"),
      teams: collection(TeamSchema, "Self-governing teams (tổ)"),
      cameras: collection(CameraPointSchema, "Camera points (điểm camera)"),
      incidents: collection(IncidentSchema, "Incidents (vụ việc)"),
      extractions: collection(FootageExtractionSchema, "Footage extractions (lượt trích xuất)"),
      activities: collection(ActivitySchema, "Patrols, tips, mediations, outreach, drills, awards"),
      contributions: collection(ContributionSchema, "Contributions (đóng góp, xã hội hóa)"),
      expenses: collection(ExpenseSchema, "Spending"),
      ext: ExtSchema.optional(),
    })
    .describe("A versioned dataset of all records of an area"))();

/**
 * A dataset after parsing: every collection is an array (see {@link DatasetSchema}).
 *
 * @category Interchange
 * @example
 * ```ts
 * import type { Dataset } from "antt";
 * const countCameras = (dataset: Dataset) => dataset.cameras.length;
 * ```
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
