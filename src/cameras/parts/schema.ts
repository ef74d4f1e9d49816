// The parts of a camera point record: its funding, the owner's sharing commitment and the
// facts of its IP cameras.
import * as z from "zod";
import { CalendarDateSchema, labelFields, VndSchema } from "../../core/index.js";
import { fail, fieldsOk, RUN_WITH_OTHER_ISSUES, viDate } from "../../core/refine.js";
import { CameraFundingSourceSchema } from "../code-lists/schema.js";
import {
  CAMERA_FUNDING_FIELDS,
  CAMERA_SHARING_COMMITMENT_FIELDS,
  IP_CAMERA_FIELDS,
} from "./field-labels.js";

/**
 * One contribution to the cost of a camera point: who paid and how much, in đồng.
 *
 * @description A point's total cost is the sum of its funding entries (see
 * {@link cameraPointCost}); a point paid for by several sources lists one entry per
 * source, or one per contributor.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CameraFundingSchema } from "antt";
 * CameraFundingSchema.parse({ source: "households", amount: 3_500_000 });
 * CameraFundingSchema.safeParse({ source: "households", amount: 3.5 }).success; // false
 * ```
 */
export const CameraFundingSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Who paid: a payer code (household, business, budget, commune-budget...) */
        source: CameraFundingSourceSchema.describe(
          "Who paid: a payer code (household, business, budget, commune-budget...)",
        ),
        /** Amount paid, in whole đồng */
        amount: VndSchema.describe("Amount paid, in whole đồng"),
      })
      .describe("One contribution to the cost of a camera point"),
    CAMERA_FUNDING_FIELDS,
  ))();

/**
 * One contribution to a camera point's cost (see {@link CameraFundingSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { CameraFunding } from "antt";
 * const funding: CameraFunding = { source: "business", amount: 5_000_000 };
 * ```
 *
 * @interface
 */
export type CameraFunding = z.infer<typeof CameraFundingSchema>;

/**
 * The owner's written commitment to share the point's data with the commune police (cam
 * kết chia sẻ dữ liệu): when it was signed and, if so, when it was withdrawn.
 *
 * @description `withdrawnOn` may not be before `signedOn` (the same day is allowed).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CameraSharingCommitmentSchema } from "antt";
 * CameraSharingCommitmentSchema.parse({ signedOn: "2023-05-02" });
 * CameraSharingCommitmentSchema.safeParse({ signedOn: "2023-05-02", withdrawnOn: "2023-01-01" })
 *   .success; // false
 * ```
 */
export const CameraSharingCommitmentSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Day the owner signed the commitment */
        signedOn: CalendarDateSchema.describe("Day the owner signed the commitment"),
        /**
         * Day the owner withdrew the commitment, on or after signedOn; absent while it holds
         */
        withdrawnOn: CalendarDateSchema.optional().describe(
          "Day the owner withdrew the commitment, on or after signedOn; absent while it holds",
        ),
      })
      .superRefine((value, ctx) => {
        if (!fieldsOk(ctx, "signedOn", "withdrawnOn")) return;
        if (value.withdrawnOn !== undefined && value.withdrawnOn < value.signedOn) {
          fail(
            ctx,
            "camera-commitment-withdrawn-before-signed",
            ["withdrawnOn"],
            `The commitment is withdrawn on ${value.withdrawnOn}, before it was signed on ${value.signedOn}`,
            `Ngày rút cam kết ${viDate(value.withdrawnOn)} trước ngày ký ${viDate(value.signedOn)}`,
          );
        }
      }, RUN_WITH_OTHER_ISSUES)
      .describe("The owner's commitment to share the camera's data with the commune police"),
    CAMERA_SHARING_COMMITMENT_FIELDS,
  ))();

/**
 * A data-sharing commitment (see {@link CameraSharingCommitmentSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { CameraSharingCommitment } from "antt";
 * const commitment: CameraSharingCommitment = { signedOn: "2023-05-02" };
 * ```
 *
 * @interface
 */
export type CameraSharingCommitment = z.infer<typeof CameraSharingCommitmentSchema>;

/**
 * The cybersecurity facts of a point's IP cameras (camera IP), as the national standard
 * QCVN 135:2024/BTTTT asks from 1 January 2026.
 *
 * @description `certifiedQcvn135`: the cameras are certified to the standard (chứng nhận
 * hợp quy); `defaultPasswordChanged`: the factory password has been replaced. A point
 * without IP cameras (analogue CCTV) records `ipCamera: false` instead.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { IpCameraSchema } from "antt";
 * IpCameraSchema.parse({ certifiedQcvn135: true, defaultPasswordChanged: true });
 * ```
 */
export const IpCameraSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Whether the IP cameras are certified to QCVN 135:2024/BTTTT */
        certifiedQcvn135: z
          .boolean()
          .describe("Whether the IP cameras are certified to QCVN 135:2024/BTTTT"),
        /** Whether the factory default password has been changed */
        defaultPasswordChanged: z
          .boolean()
          .describe("Whether the factory default password has been changed"),
      })
      .describe("Cybersecurity facts of the point's IP cameras (QCVN 135:2024/BTTTT)"),
    IP_CAMERA_FIELDS,
  ))();

/**
 * The cybersecurity facts of an IP camera (see {@link IpCameraSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { IpCamera } from "antt";
 * const ip: IpCamera = { certifiedQcvn135: false, defaultPasswordChanged: true };
 * ```
 *
 * @interface
 */
export type IpCamera = z.infer<typeof IpCameraSchema>;
