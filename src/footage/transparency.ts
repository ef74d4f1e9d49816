// buildTransparencyReport: the transparency report of a unit for a period, from a dataset.
import { type AdminIndex, buildAdminIndex } from "../admin/index.js";
import { aggregate } from "../aggregate/index.js";
import { cameraInServiceOn } from "../cameras/index.js";
import { type CalendarDate, vietnamDateOf } from "../core/calendar.js";
import { isPeriod, type Period, parsePeriod } from "../core/period.js";
import type { Dataset } from "../dataset/index.js";
import { UnitReportError } from "../reports/index.js";
import { transparencyCameraSummary, transparencyRequestSummary } from "./transparency-summary.js";
import type {
  TransparencyReport,
  TransparencyReportOptions,
  TransparencyTally,
} from "./transparency-types.js";

/** The deepest a chain of parents can go: village, commune, district, province, and spare. */
const MAX_DEPTH = 16;

type Place = "in" | "other" | "unknown";

/**
 * Where a unit code written on `day` lies: in the target unit (itself or below it), in
 * another, or unknown to the index. A village code the index does not list
 * (`15532.thon-3`) stands with its commune.
 */
function placer(index: AdminIndex, target: string): (code: string, day: CalendarDate) => Place {
  const cache = new Map<string, Place>();
  return (code, day) => {
    const key = `${code}@${day}`;
    const known = cache.get(key);
    if (known !== undefined) return known;
    const dot = code.indexOf(".");
    const find = (c: string) => index.get(c, day) ?? index.get(c);
    let unit = find(code) ?? (dot > 0 ? find(code.slice(0, dot)) : undefined);
    let place: Place = unit === undefined ? "unknown" : "other";
    for (let depth = 0; unit !== undefined && depth < MAX_DEPTH; depth++) {
      if (unit.code === target) {
        place = "in";
        break;
      }
      unit = index.parentOf(unit.code, day);
    }
    cache.set(key, place);
    return place;
  };
}

function periodOf(value: Period | string, unit: string): Period {
  if (typeof value === "string") {
    try {
      return parsePeriod(value);
    } catch {
      throw new UnitReportError("invalid-period", unit, {
        en: `Invalid period key ${JSON.stringify(value)}: expected 2024, 2024-H1, 2024-Q1, 2024-03, 2024-W10, 2024-03-07 or 2024-01-01..2024-06-30`,
        vi: `Kỳ báo cáo ${JSON.stringify(value)} không hợp lệ`,
      });
    }
  }
  if (!isPeriod(value)) {
    throw new UnitReportError("invalid-period", unit, {
      en: `Invalid period ${JSON.stringify(value)}: build it with parsePeriod or customPeriod`,
      vi: `Kỳ báo cáo ${JSON.stringify(value)} không hợp lệ`,
    });
  }
  return { unit: value.unit, key: value.key, start: value.start, end: value.end };
}

/** A tally being counted. */
interface Tally {
  given: number;
  counted: number;
  otherUnit: number;
  unknownUnit: number;
  outsidePeriod: number;
}

const newTally = (): Tally => ({
  given: 0,
  counted: 0,
  otherUnit: 0,
  unknownUnit: 0,
  outsidePeriod: 0,
});

/** Counts a record left out by its place; true when it is in the unit. */
function placed(tally: Tally, place: Place): boolean {
  if (place === "other") tally.otherUnit += 1;
  else if (place === "unknown") tally.unknownUnit += 1;
  return place === "in";
}

/**
 * Builds the transparency report of one unit for one period (báo cáo công khai về camera
 * và trích xuất dữ liệu): its cameras, their sharing tiers and retention, and its footage
 * requests by purpose, with how many were refused, the share that gave a legal basis or a
 * case reference, the share that helped clarify a case, and what their custody logs
 * record.
 *
 * @description The records counted are those of the unit and of every unit below it, by
 * the dataset's `units` (a village code such as `15532.thon-3` stands with its commune),
 * placed by the unit their code had on their `unitCodeAsOf`, or their own day (a camera's
 * installation, a request's Vietnamese day). Cameras are those in service on the
 * period's last day; requests those made in the period (the Vietnamese day of
 * `requestedAt`). Every record of the two collections is accounted for in
 * `reconciliation`: counted, or left out for another unit, an unknown unit code or the
 * period, and the counts add up to what the dataset gives.
 *
 * The figures come from {@link transparencyCameraSummary} and
 * {@link transparencyRequestSummary}, whose states merge, so a district's figures can be
 * made from its communes'. Validate the dataset first (`validateDataset`): the report
 * trusts its records. {@link renderTransparencyReport} writes it in Vietnamese or English.
 *
 * @param dataset - a validated dataset (collections left out count as empty)
 * @param options - `unit` (a code of the dataset's units) and `period` (a {@link Period}
 *   or a key)
 * @returns the report, plain JSON
 * @throws UnitReportError `unknown-unit` when the dataset's units do not list the unit,
 *   `invalid-period` for a period that is not one
 * @category Reports
 * @example
 * ```ts
 * import { DatasetSchema } from "antt";
 * import { buildTransparencyReport } from "antt/footage";
 * const dataset = DatasetSchema.parse({
 *   schemaVersion: "1.0",
 *   units: [
 *     { code: "38", name: "Tỉnh Thanh Hóa", level: "province", type: "province" },
 *     { code: "15532", name: "Xã Xuân Sinh", level: "commune", type: "commune", parentCode: "38" },
 *   ],
 *   cameras: [
 *     { id: "cam-1", unitCode: "15532", ownerKind: "household", installedOn: "2020-05-01",
 *       connectedToDutyRoom: true, sharingTier: "live-view", coverage: ["road"], status: "active",
 *       lenses: 2, retentionDays: 30 },
 *   ],
 *   extractions: [
 *     { id: "tx-1", unitCode: "15532", cameraIds: ["cam-1"], requestedAt: "2024-03-07T08:00:00+07:00",
 *       requestedBy: "Công an xã Xuân Sinh", footageFrom: "2024-03-07T01:00:00+07:00",
 *       footageTo: "2024-03-07T02:00:00+07:00", purpose: "incident-investigation",
 *       caseRef: "VV-031/2024", outcome: "helped-clarify" },
 *   ],
 * });
 * const report = buildTransparencyReport(dataset, { unit: "15532", period: "2024" });
 * report.cameras.bySharingTier["live-view"]; // { points: 1, lenses: 2 }
 * report.requests.withLegalBasisOrCaseRef.ratio; // 1
 * report.reconciliation.extractions; // { given: 1, counted: 1, otherUnit: 0, unknownUnit: 0, outsidePeriod: 0 }
 * ```
 */
export function buildTransparencyReport(
  dataset: Dataset,
  options: TransparencyReportOptions,
): TransparencyReport {
  const code = options.unit;
  const period = periodOf(options.period, code);
  const index = buildAdminIndex(dataset.units ?? [], dataset.successions ?? []);
  const unit = index.get(code, period.end) ?? index.get(code);
  if (unit === undefined) {
    throw new UnitReportError("unknown-unit", code, {
      en: `No administrative unit has the code ${code} in the dataset's units`,
      vi: `Không có đơn vị hành chính mã ${code} trong danh sách đơn vị của bộ dữ liệu`,
    });
  }
  const place = placer(index, code);

  const cameraTally = newTally();
  const cameras = aggregate(
    transparencyCameraSummary(),
    (dataset.cameras ?? []).filter((camera) => {
      cameraTally.given += 1;
      const day = camera.unitCodeAsOf ?? camera.installedOn ?? camera.plannedOn ?? period.end;
      if (!placed(cameraTally, place(camera.unitCode, day))) return false;
      if (!cameraInServiceOn(camera, period.end)) {
        cameraTally.outsidePeriod += 1;
        return false;
      }
      cameraTally.counted += 1;
      return true;
    }),
  );

  const requestTally = newTally();
  const requests = aggregate(
    transparencyRequestSummary(),
    (dataset.extractions ?? []).filter((extraction) => {
      requestTally.given += 1;
      const requestedOn = vietnamDateOf(extraction.requestedAt);
      if (!placed(requestTally, place(extraction.unitCode, extraction.unitCodeAsOf ?? requestedOn)))
        return false;
      if (requestedOn < period.start || requestedOn > period.end) {
        requestTally.outsidePeriod += 1;
        return false;
      }
      requestTally.counted += 1;
      return true;
    }),
  );

  const tally = (t: Tally): TransparencyTally => ({ ...t });
  return {
    unit: { code: unit.code, name: unit.name },
    period,
    cameras,
    requests,
    reconciliation: { cameras: tally(cameraTally), extractions: tally(requestTally) },
  };
}
