import { type CalendarDate, isCalendarDate } from "../core/calendar.js";
import { codesOf } from "../core/labels.js";
import { viDate } from "../core/refine.js";
import { cameraInServiceOn } from "./groups.js";
import { CAMERA_RULE_LABELS, type CameraComplianceStatus, type CameraRule } from "./labels.js";
import type { CameraPointInput } from "./schema.js";

/**
 * The day the statutory camera duties come into force: the Personal Data Protection Law
 * (91/2025/QH15, Article 32: people recorded in public places must be notified) and the
 * national cybersecurity standard for IP cameras, QCVN 135:2024/BTTTT.
 *
 * @category Validation
 * @example
 * ```ts
 * import { CAMERA_DUTIES_IN_FORCE_FROM } from "antt";
 * CAMERA_DUTIES_IN_FORCE_FROM; // "2026-01-01"
 * ```
 */
export const CAMERA_DUTIES_IN_FORCE_FROM: CalendarDate = "2026-01-01";

/**
 * The outcome of one rule of {@link cameraCompliance} for one camera point, with the
 * reason in English and Vietnamese.
 *
 * @category Validation
 * @example
 * ```ts
 * import type { CameraFinding } from "antt";
 * const finding: CameraFinding = {
 *   rule: "recording-notice",
 *   status: "violation",
 *   message: {
 *     en: "The point records a road or public place but no recording notice is posted",
 *     vi: "Camera ghi hình đường giao thông, nơi công cộng nhưng chưa niêm yết thông báo ghi hình",
 *   },
 * };
 * ```
 */
export interface CameraFinding {
  /** The rule checked. */
  readonly rule: CameraRule;
  /** Whether the point meets it on the day checked. */
  readonly status: CameraComplianceStatus;
  /** Why, in English and Vietnamese. */
  readonly message: { readonly en: string; readonly vi: string };
}

type Message = CameraFinding["message"];

function finding(
  rule: CameraRule,
  status: CameraComplianceStatus,
  message: Message,
): CameraFinding {
  return { rule, status, message };
}

/** What the findings of a statutory rule say, in the order {@link statutoryFinding} decides. */
interface StatutoryWording {
  /** The rule does not apply to the point. */
  readonly exempt: Message;
  /** The day is before {@link CAMERA_DUTIES_IN_FORCE_FROM}. */
  readonly notYetInForce: Message;
  /** The record does not give what decides the rule. */
  readonly unknown: Message;
  /** The rule is met. */
  readonly ok: Message;
  /** The rule is not met. */
  readonly violation: Message;
}

const RECORDING_NOTICE: StatutoryWording = {
  exempt: {
    en: "The point records only private areas",
    vi: "Camera chỉ ghi hình khu vực riêng",
  },
  notYetInForce: {
    en: "The notice duty applies from 1 January 2026 (Law 91/2025/QH15, Article 32)",
    vi: "Nghĩa vụ thông báo ghi hình áp dụng từ ngày 01/01/2026 (Luật số 91/2025/QH15, Điều 32)",
  },
  unknown: {
    en: "The point records a road or public place; whether a recording notice is posted is not recorded",
    vi: "Camera ghi hình đường giao thông, nơi công cộng; chưa rõ đã niêm yết thông báo ghi hình hay chưa",
  },
  ok: {
    en: "A recording notice is posted",
    vi: "Đã niêm yết thông báo ghi hình",
  },
  violation: {
    en: "The point records a road or public place but no recording notice is posted",
    vi: "Camera ghi hình đường giao thông, nơi công cộng nhưng chưa niêm yết thông báo ghi hình",
  },
};

/** What the two rules of QCVN 135:2024/BTTTT on IP cameras say alike. */
const IP_CAMERA = {
  exempt: {
    en: "The point has no IP camera",
    vi: "Điểm camera không dùng camera IP",
  },
  notYetInForce: {
    en: "QCVN 135:2024/BTTTT applies to IP cameras from 1 January 2026",
    vi: "QCVN 135:2024/BTTTT áp dụng với camera IP từ ngày 01/01/2026",
  },
  unknown: {
    en: "Whether the point uses IP cameras, and their QCVN 135 facts, are not recorded",
    vi: "Chưa rõ điểm camera có dùng camera IP và đáp ứng QCVN 135 hay không",
  },
};

type IpCameraRule = "ip-camera-certified" | "default-password-changed";

const IP_CAMERA_RULES: Record<IpCameraRule, StatutoryWording> = {
  "ip-camera-certified": {
    ...IP_CAMERA,
    ok: {
      en: "The IP cameras are certified to QCVN 135:2024/BTTTT",
      vi: "Camera IP đã được chứng nhận hợp quy QCVN 135:2024/BTTTT",
    },
    violation: {
      en: "The IP cameras are not certified to QCVN 135:2024/BTTTT",
      vi: "Camera IP chưa được chứng nhận hợp quy QCVN 135:2024/BTTTT",
    },
  },
  "default-password-changed": {
    ...IP_CAMERA,
    ok: {
      en: "The default password has been changed",
      vi: "Đã đổi mật khẩu mặc định",
    },
    violation: {
      en: "The IP cameras still use their default password",
      vi: "Camera IP vẫn dùng mật khẩu mặc định",
    },
  },
};

/**
 * The finding of a statutory rule, the first that holds of: the point is exempt, or the
 * day is before the rule is in force (`not-applicable`); the record does not give the
 * deciding `fact` (`unknown`); `met(fact)` (`ok`), or not (`violation`). Each finding
 * gets its own copy of the message.
 */
function statutoryFinding<Fact>(
  rule: CameraRule,
  wording: StatutoryWording,
  on: CalendarDate,
  exempt: boolean,
  fact: Fact | undefined,
  met: (fact: Fact) => boolean,
): CameraFinding {
  const say = (status: CameraComplianceStatus, message: Message) =>
    finding(rule, status, { ...message });
  if (exempt) return say("not-applicable", wording.exempt);
  if (on < CAMERA_DUTIES_IN_FORCE_FROM) return say("not-applicable", wording.notYetInForce);
  if (fact === undefined) return say("unknown", wording.unknown);
  return met(fact) ? say("ok", wording.ok) : say("violation", wording.violation);
}

function recordingNotice(camera: CameraPointInput, on: CalendarDate): CameraFinding {
  const inPublic = camera.coverage.some((kind) => kind === "road" || kind === "public-place");
  const posted = camera.noticePosted;
  return statutoryFinding("recording-notice", RECORDING_NOTICE, on, !inPublic, posted, (p) => p);
}

function ipCameraRule(
  camera: CameraPointInput,
  on: CalendarDate,
  rule: IpCameraRule,
): CameraFinding {
  const ip = camera.ipCamera;
  return statutoryFinding(
    rule,
    IP_CAMERA_RULES[rule],
    on,
    ip === false,
    ip === false ? undefined : ip,
    (facts) =>
      rule === "ip-camera-certified" ? facts.certifiedQcvn135 : facts.defaultPasswordChanged,
  );
}

function sharingCommitment(camera: CameraPointInput, on: CalendarDate): CameraFinding {
  const rule = "sharing-commitment";
  if (camera.ownerKind === "police") {
    return finding(rule, "not-applicable", {
      en: "The point belongs to the police",
      vi: "Camera do lực lượng Công an quản lý",
    });
  }
  if (camera.sharingTier === "registered") {
    return finding(rule, "not-applicable", {
      en: "The point is only registered; it shares no footage",
      vi: "Camera chỉ đăng ký, không chia sẻ dữ liệu",
    });
  }
  const commitment = camera.sharingCommitment;
  if (commitment === undefined) {
    return finding(rule, "unknown", {
      en: "The point shares footage with the police but no signed commitment is recorded",
      vi: "Camera chia sẻ dữ liệu với Công an nhưng chưa ghi nhận cam kết đã ký",
    });
  }
  if (commitment.signedOn > on) {
    return finding(rule, "violation", {
      en: `The point shares footage but the commitment was only signed on ${commitment.signedOn}`,
      vi: `Camera chia sẻ dữ liệu nhưng đến ngày ${viDate(commitment.signedOn)} mới ký cam kết`,
    });
  }
  if (commitment.withdrawnOn !== undefined && commitment.withdrawnOn <= on) {
    return finding(rule, "violation", {
      en: `The owner withdrew the commitment on ${commitment.withdrawnOn} but the point still shares footage`,
      vi: `Chủ camera đã rút cam kết ngày ${viDate(commitment.withdrawnOn)} nhưng camera vẫn chia sẻ dữ liệu`,
    });
  }
  return finding(rule, "ok", {
    en: `The owner signed a commitment on ${commitment.signedOn}`,
    vi: `Chủ camera đã ký cam kết ngày ${viDate(commitment.signedOn)}`,
  });
}

/**
 * The bounds a province sets on how long camera points keep their recordings, in days:
 * at least `minDays` (so that footage is still there when a case needs it) and at most
 * `maxDays` (personal data is kept no longer than its purpose needs). Either may be left
 * out.
 *
 * @description No national figure is built in: Law 91/2025/QH15 and Decree 356/2025/NĐ-CP
 * set no number of days for security cameras that this library could cite, so each
 * province (or app) gives its own. Elsewhere such rules exist as numbers, for example
 * Washington DC's camera programme asks for at least 48 hours, which is `minDays: 2`.
 *
 * @category Validation
 * @example
 * ```ts
 * import type { RetentionBounds } from "antt";
 * const province: RetentionBounds = { minDays: 7, maxDays: 90 };
 * ```
 */
export interface RetentionBounds {
  /** The fewest days recordings must be kept; absent when there is no minimum. */
  readonly minDays?: number;
  /** The most days recordings may be kept; absent when there is no maximum. */
  readonly maxDays?: number;
}

/**
 * The options of {@link cameraCompliance}.
 *
 * @category Validation
 * @example
 * ```ts
 * import type { CameraComplianceOptions } from "antt";
 * const options: CameraComplianceOptions = { on: "2026-03-01", retention: { minDays: 2 } };
 * ```
 */
export interface CameraComplianceOptions {
  /** The day to check, `YYYY-MM-DD`. */
  readonly on: CalendarDate;
  /** The province's bounds on retention; without them the retention rule is not applicable. */
  readonly retention?: RetentionBounds;
}

function checkedBounds(bounds: RetentionBounds | undefined): RetentionBounds | undefined {
  if (bounds === undefined) return undefined;
  for (const key of ["minDays", "maxDays"] as const) {
    const value = bounds[key];
    if (value !== undefined && !(Number.isInteger(value) && value >= 0)) {
      throw new RangeError(
        `Invalid retention.${key} ${JSON.stringify(value)}: expected a whole number of days, 0 or more (Số ngày lưu trữ retention.${key} không hợp lệ)`,
      );
    }
  }
  if (bounds.minDays !== undefined && bounds.maxDays !== undefined) {
    if (bounds.minDays > bounds.maxDays) {
      throw new RangeError(
        `Invalid retention: minDays ${bounds.minDays} is above maxDays ${bounds.maxDays} (Số ngày lưu trữ tối thiểu lớn hơn tối đa)`,
      );
    }
  }
  return bounds;
}

const daysEn = (days: number) => `${days} ${days === 1 ? "day" : "days"}`;

function retention(camera: CameraPointInput, bounds: RetentionBounds | undefined): CameraFinding {
  const rule = "retention";
  if (bounds === undefined || (bounds.minDays === undefined && bounds.maxDays === undefined)) {
    return finding(rule, "not-applicable", {
      en: "No retention bounds are set (the province sets its minimum and maximum)",
      vi: "Chưa có quy định về thời gian lưu trữ (do tỉnh quy định mức tối thiểu, tối đa)",
    });
  }
  const days = camera.retentionDays;
  if (days === undefined) {
    return finding(rule, "unknown", {
      en: "How many days the point keeps its recordings is not recorded",
      vi: "Chưa rõ camera lưu trữ dữ liệu ghi hình bao nhiêu ngày",
    });
  }
  const { minDays, maxDays } = bounds;
  if (minDays !== undefined && days < minDays) {
    return finding(rule, "violation", {
      en: `Recordings are kept ${daysEn(days)}, fewer than the minimum of ${daysEn(minDays)}`,
      vi: `Dữ liệu ghi hình được lưu ${days} ngày, ít hơn mức tối thiểu ${minDays} ngày`,
    });
  }
  if (maxDays !== undefined && days > maxDays) {
    return finding(rule, "violation", {
      en: `Recordings are kept ${daysEn(days)}, more than the maximum of ${daysEn(maxDays)}`,
      vi: `Dữ liệu ghi hình được lưu ${days} ngày, nhiều hơn mức tối đa ${maxDays} ngày`,
    });
  }
  return finding(rule, "ok", {
    en: `Recordings are kept ${daysEn(days)}, within the bounds`,
    vi: `Dữ liệu ghi hình được lưu ${days} ngày, trong giới hạn quy định`,
  });
}

/**
 * Checks a camera point against the rules of the law and of the movement on a given day
 * and returns one finding per rule, with the reason in English and Vietnamese.
 *
 * @description The rules are those of {@link CAMERA_RULE_LABELS}, always in that order,
 * so findings of many points line up. The statutory ones (a posted notice for a point
 * that records a road or public place, QCVN 135:2024/BTTTT for IP cameras) are
 * `not-applicable` before {@link CAMERA_DUTIES_IN_FORCE_FROM}. Every rule is
 * `not-applicable` on a day the point was not in place (planned and not yet installed, before `installedOn`, or after
 * `removedOn`: on its removal day a point was still in place, the rule of
 * {@link cameraInServiceOn} that the summaries count by). A rule whose deciding field is
 * absent from the record is `unknown`, never assumed met.
 *
 * The retention rule compares `retentionDays` with the province's bounds given in
 * `options.retention` ({@link RetentionBounds}); without bounds it is `not-applicable`.
 *
 * The record holds a point's current facts (whether a notice is posted today), so a
 * check for a past day tells what the record says now about a rule in force then; keep
 * dated records when an audit needs history. The function is pure and does not parse:
 * give it a record that passed {@link CameraPointSchema}.
 *
 * @param camera - a camera point that passed {@link CameraPointSchema}
 * @param options - `on`: the day to check, `YYYY-MM-DD`; `retention`: the province's bounds
 * @returns one {@link CameraFinding} per rule
 * @throws RangeError when `on` is not a valid calendar date, or the retention bounds are
 *   not whole numbers of days or have the minimum above the maximum
 * @category Validation
 * @example
 * ```ts
 * import { cameraCompliance } from "antt";
 * const findings = cameraCompliance(
 *   {
 *     id: "cam-1",
 *     unitCode: "15532",
 *     ownerKind: "public",
 *     installedOn: "2020-09-15",
 *     connectedToDutyRoom: true,
 *     sharingTier: "live-view",
 *     coverage: ["road"],
 *     noticePosted: false,
 *     ipCamera: { certifiedQcvn135: true, defaultPasswordChanged: true },
 *     status: "active",
 *   },
 *   { on: "2026-03-01" },
 * );
 * findings.filter((f) => f.status === "violation").map((f) => f.rule); // ["recording-notice"]
 *
 * // A province that asks for at least 48 hours, as Washington DC does
 * const retention = cameraCompliance(
 *   {
 *     id: "cam-2",
 *     unitCode: "15532",
 *     ownerKind: "household",
 *     installedOn: "2024-01-10",
 *     connectedToDutyRoom: false,
 *     sharingTier: "on-request",
 *     coverage: ["road"],
 *     retentionDays: 1,
 *     status: "active",
 *   },
 *   { on: "2026-03-01", retention: { minDays: 2 } },
 * ).find((f) => f.rule === "retention");
 * retention?.status; // "violation"
 * ```
 */
export function cameraCompliance(
  camera: CameraPointInput,
  options: CameraComplianceOptions,
): CameraFinding[] {
  const { on } = options;
  if (!isCalendarDate(on)) {
    throw new RangeError(
      `Invalid day ${JSON.stringify(on)}: expected YYYY-MM-DD (Ngày kiểm tra không hợp lệ)`,
    );
  }
  const bounds = checkedBounds(options.retention);
  if (!cameraInServiceOn(camera, on)) {
    const message = {
      en: `The point was not in service on ${on}`,
      vi: `Camera không hoạt động vào ngày ${viDate(on)}`,
    };
    return codesOf(CAMERA_RULE_LABELS).map((rule) => finding(rule, "not-applicable", message));
  }
  return [
    recordingNotice(camera, on),
    ipCameraRule(camera, on, "ip-camera-certified"),
    ipCameraRule(camera, on, "default-password-changed"),
    sharingCommitment(camera, on),
    retention(camera, bounds),
  ];
}
