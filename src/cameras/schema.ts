// The camera point (điểm camera) and its cost. The code lists and the parts of the record
// live in modules of their own, re-exported here.
import * as z from "zod";
import {
  CalendarDateSchema,
  ExtSchema,
  GeoPointSchema,
  IdSchema,
  labelFields,
  NameSchema,
  personalData,
  UnitCodeSchema,
} from "../core/index.js";
import { fail, fieldsOk, noDuplicates, RUN_WITH_OTHER_ISSUES, viDate } from "../core/refine.js";
import {
  CameraCoverageSchema,
  CameraOwnerKindSchema,
  CameraSharingTierSchema,
  CameraStatusSchema,
} from "./code-lists/schema.js";
import { CAMERA_POINT_FIELDS } from "./field-labels.js";
import {
  CameraFundingSchema,
  CameraSharingCommitmentSchema,
  IpCameraSchema,
} from "./parts/schema.js";

export * from "./code-lists/schema.js";
export * from "./parts/schema.js";

/**
 * The most lenses one camera point may have. A "point" is one place (a gate, a
 * crossroads); more lenses than this almost always mean a whole registry was typed
 * into one row.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { MAX_LENSES_PER_POINT } from "antt";
 * MAX_LENSES_PER_POINT; // 64
 * ```
 */
export const MAX_LENSES_PER_POINT = 64;

/**
 * A camera point (điểm camera) of the movement: where it is, who owns and paid for it,
 * what it records, how it is shared with the commune police, and its state.
 *
 * @description
 * One record is one place with one or more lenses (mắt camera): reports count lenses
 * ("trên 5.200 mắt camera"), so `lenses` says how many the point has. It defaults to 1
 * when absent, because most registries list one camera per row; the parsed record always
 * carries it, so a sum over `lenses` never meets `undefined`. Use
 * {@link CameraPointInput} for the type of a record before parsing.
 *
 * A point decided and funded but not yet installed (đã có kinh phí, chưa lắp đặt) has
 * `status: "planned"`, the day it was planned (`plannedOn`), no `installedOn`, and
 * optionally the day it is to be installed (`plannedInstallOn`): summaries count it apart
 * and never among points in service. When it is installed, its status changes and it
 * gains `installedOn`; `plannedOn` may stay. The equipment of the system (`recorders`,
 * `dutyRoomScreens` at the duty room) is recorded on the point it was bought with.
 *
 * Rules checked with the record (each reported at the path given):
 * - `sharingTier: "live-view"` needs `connectedToDutyRoom: true`: the police watch live
 *   images in the duty room, so a point they watch live is connected to it
 *   (`sharingTier`);
 * - `status: "removed"` needs `removedOn` (`removedOn`), and `removedOn` needs
 *   `status: "removed"` (`status`); `removedOn` is not before `installedOn` (`removedOn`);
 * - `status: "planned"` (funded or decided, not yet installed) has no `installedOn`
 *   (`installedOn`) and needs `plannedOn` (`plannedOn`); every other status needs
 *   `installedOn` (`installedOn`); `plannedOn` is not after `installedOn` (`plannedOn`);
 * - `coverage` lists at least one kind, each once (`coverage`, `coverage.<i>`);
 * - a sharing commitment is not withdrawn before it is signed
 *   (`sharingCommitment.withdrawnOn`).
 *
 * The duties of the Personal Data Protection Law (a posted notice for public space) and
 * of QCVN 135:2024/BTTTT apply only from 1 January 2026, and a record describes a point
 * over its whole life, so they are not schema errors: {@link cameraCompliance} checks
 * them for a given day.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CameraPointSchema } from "antt";
 * const camera = CameraPointSchema.parse({
 *   id: "cam-xs-001",
 *   unitCode: "15532",
 *   village: "Thôn 3",
 *   location: { lat: 19.93, lng: 105.36 },
 *   ownerKind: "household",
 *   funding: [{ source: "households", amount: 3_500_000 }],
 *   installedOn: "2020-09-15",
 *   connectedToDutyRoom: true,
 *   sharingTier: "live-view",
 *   coverage: ["road"],
 *   status: "active",
 * });
 * camera.lenses; // 1
 * ```
 */
export const CameraPointSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Identifier of the camera point */
        id: IdSchema.describe("Identifier of the camera point"),
        /** Code of the unit (commune or village) the point is in */
        unitCode: UnitCodeSchema.describe("Code of the unit (commune or village) the point is in"),
        /** Date the unit code was valid for; installedOn when absent */
        unitCodeAsOf: CalendarDateSchema.optional().describe(
          "Date the unit code was valid for; installedOn when absent",
        ),
        /**
         * Name of the village or residential group (thôn, tổ dân phố) when unitCode is the
         * commune's
         */
        village: NameSchema.optional().describe(
          "Name of the village or residential group (thôn, tổ dân phố) when unitCode is the commune's",
        ),
        /** Id of the model the point belongs to, such as a commune's "Camera an ninh" model */
        modelId: IdSchema.optional().describe(
          'Id of the model the point belongs to, such as a commune\'s "Camera an ninh" model',
        ),
        /** Id of the site of that model the point belongs to; needs modelId */
        modelSiteId: IdSchema.optional().describe(
          "Id of the site of that model the point belongs to; needs modelId",
        ),
        /**
         * Where the point is (WGS 84); optional but recommended for maps and distance queries;
         * personal data (basic): a household's point locates its home
         */
        location: GeoPointSchema.optional()
          .describe(
            "Where the point is (WGS 84); optional but recommended for maps and distance queries; personal data (basic): a household's point locates its home",
          )
          .meta(personalData("basic")),
        /** Main viewing direction in degrees clockwise from north, 0 ≤ d < 360 */
        direction: z
          .number()
          .min(0)
          .lt(360)
          .optional()
          .describe("Main viewing direction in degrees clockwise from north, 0 ≤ d < 360"),
        /**
         * Street address or description of the place; personal data (basic): a household's
         * point is at its home
         */
        address: NameSchema.optional()
          .describe(
            "Street address or description of the place; personal data (basic): a household's point is at its home",
          )
          .meta(personalData("basic")),
        /** Who owns the point */
        ownerKind: CameraOwnerKindSchema.describe("Who owns the point"),
        /**
         * Who paid and how much, in đồng; the total cost is the sum. Absent when not recorded;
         * empty when nothing was paid
         */
        funding: z
          .array(CameraFundingSchema)
          .max(100)
          .optional()
          .describe(
            "Who paid and how much, in đồng; the total cost is the sum. Absent when not recorded; empty when nothing was paid",
          ),
        /** Day the point was installed; absent (and only then) when status is planned */
        installedOn: CalendarDateSchema.optional().describe(
          "Day the point was installed; absent (and only then) when status is planned",
        ),
        /**
         * Day the point was planned, its installation and funding decided (phê duyệt); required
         * when status is planned, and not after installedOn
         */
        plannedOn: CalendarDateSchema.optional().describe(
          "Day the point was planned, its installation and funding decided (phê duyệt); required when status is planned, and not after installedOn",
        ),
        /** Day the installation of a planned point is planned for */
        plannedInstallOn: CalendarDateSchema.optional().describe(
          "Day the installation of a planned point is planned for",
        ),
        /**
         * Whether the point is connected to the commune police duty room (kết nối về phòng trực
         * ban)
         */
        connectedToDutyRoom: z
          .boolean()
          .describe(
            "Whether the point is connected to the commune police duty room (kết nối về phòng trực ban)",
          ),
        /** How far images are shared with the police: registered, on-request or live-view */
        sharingTier: CameraSharingTierSchema.describe(
          "How far images are shared with the police: registered, on-request or live-view",
        ),
        /** The owner's signed commitment to share data with the commune police */
        sharingCommitment: CameraSharingCommitmentSchema.optional().describe(
          "The owner's signed commitment to share data with the commune police",
        ),
        /** What the point records: road, public-place and/or private; each at most once */
        coverage: z
          .array(CameraCoverageSchema)
          .min(1)
          .max(3)
          .describe("What the point records: road, public-place and/or private; each at most once"),
        /** Whether a recording notice is posted (required for public space from 2026-01-01) */
        noticePosted: z
          .boolean()
          .optional()
          .describe(
            "Whether a recording notice is posted (required for public space from 2026-01-01)",
          ),
        /**
         * false when the point has no IP camera; otherwise its QCVN 135 facts; absent when
         * unknown
         */
        ipCamera: z
          .union([z.literal(false), IpCameraSchema])
          .optional()
          .describe(
            "false when the point has no IP camera; otherwise its QCVN 135 facts; absent when unknown",
          ),
        /** How many days recordings are kept before they are overwritten */
        retentionDays: z
          .int()
          .min(0)
          .max(3650)
          .optional()
          .describe("How many days recordings are kept before they are overwritten"),
        /** State of the point: active, offline, removed or planned (not yet installed) */
        status: CameraStatusSchema.describe(
          "State of the point: active, offline, removed or planned (not yet installed)",
        ),
        /** Day the point was removed; required when status is removed */
        removedOn: CalendarDateSchema.optional().describe(
          "Day the point was removed; required when status is removed",
        ),
        /** Number of camera lenses (mắt camera) at the point; 1 when absent */
        lenses: z
          .int()
          .min(1)
          .max(MAX_LENSES_PER_POINT)
          .default(1)
          .describe("Number of camera lenses (mắt camera) at the point; 1 when absent"),
        /** Number of video recorders (đầu ghi hình) that record the point's lenses */
        recorders: z
          .int()
          .min(0)
          .max(MAX_LENSES_PER_POINT)
          .optional()
          .describe("Number of video recorders (đầu ghi hình) that record the point's lenses"),
        /**
         * Number of monitoring screens at the commune police duty room (màn hình giám sát tại
         * phòng trực) bought with the point: record them on one point of a system, not on every
         * point they show
         */
        dutyRoomScreens: z
          .int()
          .min(0)
          .max(MAX_LENSES_PER_POINT)
          .optional()
          .describe(
            "Number of monitoring screens at the commune police duty room (màn hình giám sát tại phòng trực) bought with the point: record them on one point of a system, not on every point they show",
          ),
        /** App-specific data, not interpreted by the library */
        ext: ExtSchema.optional(),
      })
      .superRefine((camera, ctx) => {
        if (
          fieldsOk(ctx, "modelSiteId") &&
          camera.modelSiteId !== undefined &&
          camera.modelId === undefined
        ) {
          fail(
            ctx,
            "camera-model-site-without-model",
            ["modelId"],
            "A point that belongs to a model site names the model too (modelId)",
            "Camera thuộc một điểm mô hình thì phải ghi cả mô hình (modelId)",
          );
        }
        if (
          fieldsOk(ctx, "sharingTier", "connectedToDutyRoom") &&
          camera.sharingTier === "live-view" &&
          !camera.connectedToDutyRoom
        ) {
          fail(
            ctx,
            "camera-live-view-not-connected",
            ["sharingTier"],
            "Live view needs the point to be connected to the duty room (connectedToDutyRoom: true)",
            "Chia sẻ hình ảnh trực tiếp đòi hỏi camera kết nối về phòng trực ban",
          );
        }
        if (fieldsOk(ctx, "status", "removedOn")) {
          if (camera.status === "removed" && camera.removedOn === undefined) {
            fail(
              ctx,
              "camera-removed-without-date",
              ["removedOn"],
              "A removed point needs the day it was removed (removedOn)",
              "Camera đã tháo dỡ phải có ngày tháo dỡ",
            );
          }
          if (camera.status !== "removed" && camera.removedOn !== undefined) {
            fail(
              ctx,
              "camera-removal-date-not-removed",
              ["status"],
              `The point has a removal day (${camera.removedOn}) but its status is ${camera.status}, not removed`,
              `Camera có ngày tháo dỡ ${viDate(camera.removedOn)} nhưng tình trạng không phải "đã tháo dỡ"`,
            );
          }
        }
        if (fieldsOk(ctx, "status", "installedOn", "plannedOn")) {
          if (camera.status === "planned") {
            if (camera.installedOn !== undefined) {
              fail(
                ctx,
                "camera-planned-installed",
                ["installedOn"],
                `A planned point is not installed yet, but it has an installation day (${camera.installedOn}): set its status, or delete the day`,
                `Camera chưa lắp đặt nhưng có ngày lắp đặt ${viDate(camera.installedOn)}: sửa tình trạng hoặc xóa ngày lắp đặt`,
              );
            }
            if (camera.plannedOn === undefined) {
              fail(
                ctx,
                "camera-planned-without-date",
                ["plannedOn"],
                "A planned point needs the day it was planned (plannedOn)",
                "Camera chưa lắp đặt phải có ngày phê duyệt kế hoạch lắp đặt",
              );
            }
          } else if (camera.installedOn === undefined) {
            fail(
              ctx,
              "camera-installed-date-missing",
              ["installedOn"],
              `A point whose status is ${camera.status} needs the day it was installed (installedOn); a point not yet installed has status planned`,
              `Camera đã lắp đặt phải có ngày lắp đặt; camera chưa lắp đặt ghi tình trạng "chưa lắp đặt"`,
            );
          }
          if (
            camera.plannedOn !== undefined &&
            camera.installedOn !== undefined &&
            camera.plannedOn > camera.installedOn
          ) {
            fail(
              ctx,
              "camera-planned-after-installed",
              ["plannedOn"],
              `The point was planned on ${camera.plannedOn}, after it was installed on ${camera.installedOn}`,
              `Ngày phê duyệt kế hoạch ${viDate(camera.plannedOn)} sau ngày lắp đặt ${viDate(camera.installedOn)}`,
            );
          }
        }
        if (
          fieldsOk(ctx, "installedOn", "removedOn") &&
          camera.removedOn !== undefined &&
          camera.installedOn !== undefined &&
          camera.removedOn < camera.installedOn
        ) {
          fail(
            ctx,
            "camera-removed-before-installed",
            ["removedOn"],
            `The point is removed on ${camera.removedOn}, before it was installed on ${camera.installedOn}`,
            `Ngày tháo dỡ ${viDate(camera.removedOn)} trước ngày lắp đặt ${viDate(camera.installedOn)}`,
          );
        }
        if (fieldsOk(ctx, "coverage")) {
          noDuplicates(ctx, "camera-coverage-repeated", "coverage", camera.coverage, {
            en: "Coverage",
            vi: "Phạm vi ghi hình",
          });
        }
      }, RUN_WITH_OTHER_ISSUES)
      .describe("A camera point (điểm camera) of the movement, with one or more lenses"),
    CAMERA_POINT_FIELDS,
  ))();

/**
 * A camera point as parsed (see {@link CameraPointSchema}): `lenses` is always present.
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { CameraPoint } from "antt";
 * const camera: CameraPoint = {
 *   id: "cam-1",
 *   unitCode: "15532",
 *   ownerKind: "public",
 *   installedOn: "2020-09-15",
 *   connectedToDutyRoom: false,
 *   sharingTier: "on-request",
 *   coverage: ["road", "public-place"],
 *   status: "active",
 *   lenses: 2,
 * };
 * ```
 *
 * @interface
 */
export type CameraPoint = z.infer<typeof CameraPointSchema>;

/**
 * A camera point as an app writes it before parsing (see {@link CameraPointSchema}):
 * the same as {@link CameraPoint} except that `lenses` may be left out (it means 1).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CameraPointSchema, type CameraPointInput } from "antt";
 * const input: CameraPointInput = {
 *   id: "cam-1",
 *   unitCode: "15532",
 *   ownerKind: "household",
 *   installedOn: "2020-09-15",
 *   connectedToDutyRoom: false,
 *   sharingTier: "registered",
 *   coverage: ["private"],
 *   status: "active",
 * };
 * CameraPointSchema.parse(input).lenses; // 1
 * ```
 */
export type CameraPointInput = z.input<typeof CameraPointSchema>;

/**
 * The total cost of a camera point in đồng: the sum of its funding entries.
 *
 * @description A point without `funding` (not recorded) and a point with an empty list
 * (nothing paid) both cost 0 here; tell them apart with `camera.funding === undefined`
 * when a report must say "not recorded".
 *
 * @param camera - a camera point
 * @returns the sum of `funding[].amount`, in đồng
 * @category Money and geo
 * @example
 * ```ts
 * import { cameraPointCost, formatVnd } from "antt";
 * const cost = cameraPointCost({
 *   funding: [
 *     { source: "households", amount: 2_000_000 },
 *     { source: "business", amount: 1_500_000 },
 *   ],
 * });
 * formatVnd(cost); // "3,5 triệu đồng"
 * ```
 */
export function cameraPointCost(camera: Pick<CameraPointInput, "funding">): number {
  let total = 0;
  for (const entry of camera.funding ?? []) total += entry.amount;
  return total;
}
