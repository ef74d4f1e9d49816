import type * as z from "zod";
import { type Issue, issuesFromZod, vietnamDateOf } from "../core/index.js";
import {
  DATASET_COLLECTIONS,
  type Dataset,
  type DatasetCollection,
  DatasetSchema,
} from "./schema.js";

/**
 * A problem found in a dataset: an {@link Issue} with a severity.
 *
 * @description `error`: the dataset is wrong (a record does not parse, an id is used twice,
 * a reference points at nothing, dates contradict each other); figures built from it
 * would be wrong. `warning`: the dataset is possible but suspicious (a camera used in an
 * incident before the day it was installed); figures can be built, and someone should
 * look.
 *
 * @category Validation
 * @example
 * ```ts
 * import type { DatasetIssue } from "antt";
 * const issue: DatasetIssue = {
 *   severity: "error",
 *   path: ["extractions", 0, "cameraIds", 1],
 *   code: "unknown-reference",
 *   message: { en: "No camera point has id cam-9", vi: "Không có điểm camera nào có mã cam-9" },
 * };
 * ```
 */
export interface DatasetIssue extends Issue {
  /** `error` makes the dataset invalid; `warning` does not. */
  readonly severity: "error" | "warning";
}

/**
 * The outcome of {@link validateDataset}.
 *
 * @category Validation
 * @example
 * ```ts
 * import { validateDataset, type DatasetValidation } from "antt";
 * const result: DatasetValidation = validateDataset({ schemaVersion: "1.0" });
 * if (result.success) console.log(result.data.cameras.length);
 * ```
 */
export type DatasetValidation =
  | { readonly success: true; readonly data: Dataset; readonly issues: readonly DatasetIssue[] }
  | {
      readonly success: false;
      readonly data?: undefined;
      readonly issues: readonly DatasetIssue[];
    };

type Raw = Record<string, unknown>;
type Path = (string | number)[];

const RECORD_NAMES: Record<DatasetCollection, { en: string; vi: string }> = {
  units: { en: "administrative unit", vi: "đơn vị hành chính" },
  successions: { en: "succession", vi: "quan hệ kế thừa" },
  models: { en: "model", vi: "mô hình" },
  sites: { en: "model site", vi: "điểm mô hình" },
  reviews: { en: "review", vi: "đợt đánh giá" },
  recognitions: { en: "recognition", vi: "kết quả công nhận" },
  teams: { en: "team", vi: "tổ" },
  cameras: { en: "camera point", vi: "điểm camera" },
  incidents: { en: "incident", vi: "vụ việc" },
  extractions: { en: "footage extraction", vi: "lượt trích xuất" },
  activities: { en: "activity", vi: "hoạt động" },
  contributions: { en: "contribution", vi: "khoản đóng góp" },
  expenses: { en: "expense", vi: "khoản chi" },
};

const ENVELOPE = DatasetSchema.omit(
  Object.fromEntries(Object.keys(DATASET_COLLECTIONS).map((key) => [key, true])) as {
    [K in DatasetCollection]: true;
  },
);

function isObject(value: unknown): value is Raw {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value.trim() : undefined;
}

/** Runs one cross-record check set over the records that parsed. */
class Checker {
  readonly issues: DatasetIssue[] = [];
  /** Ids per collection, from every record that has a string id (parsed or not). */
  readonly ids = new Map<DatasetCollection, Map<string, Raw>>();

  constructor(readonly raw: Record<DatasetCollection, unknown[]>) {}

  add(severity: DatasetIssue["severity"], path: Path, code: string, en: string, vi: string) {
    this.issues.push({ severity, path, code, message: { en, vi } });
  }

  index(collection: DatasetCollection): void {
    const byId = new Map<string, Raw>();
    const records = this.raw[collection];
    records.forEach((record, position) => {
      const id = isObject(record) ? str(record["id"] ?? record["code"]) : undefined;
      if (id === undefined) return;
      const key = collection === "units" ? `${id}@${str((record as Raw)["validFrom"]) ?? ""}` : id;
      if (byId.has(key)) {
        const name = RECORD_NAMES[collection];
        this.add(
          "error",
          [collection, position, collection === "units" ? "code" : "id"],
          "duplicate-id",
          `Another ${name.en} already has the id ${id}`,
          `Mã ${id} bị trùng với một ${name.vi} khác`,
        );
        return;
      }
      byId.set(key, record as Raw);
      if (collection === "units") byId.set(id, record as Raw);
    });
    this.ids.set(collection, byId);
  }

  /** The referenced record, or an error at `path` when there is none. */
  ref(collection: DatasetCollection, id: unknown, path: Path): Raw | undefined {
    if (typeof id !== "string") return undefined;
    const found = this.ids.get(collection)?.get(id.trim());
    if (!found) {
      const name = RECORD_NAMES[collection];
      this.add(
        "error",
        path,
        "unknown-reference",
        `No ${name.en} has id ${id}`,
        `Không có ${name.vi} nào có mã ${id}`,
      );
    }
    return found;
  }

  unit(code: unknown, path: Path): void {
    if (typeof code !== "string" || this.raw.units.length === 0) return;
    const units = this.ids.get("units");
    const commune = code.includes(".") ? code.slice(0, code.indexOf(".")) : code;
    if (!units?.has(code) && !units?.has(commune)) {
      this.add(
        "error",
        path,
        "unknown-unit",
        `The dataset lists administrative units, but none has code ${code}`,
        `Bộ dữ liệu có danh sách đơn vị hành chính nhưng không có đơn vị mã ${code}`,
      );
    }
  }

  before(
    severity: DatasetIssue["severity"],
    earlier: unknown,
    later: unknown,
    path: Path,
    en: string,
    vi: string,
  ): void {
    if (typeof earlier !== "string" || typeof later !== "string") return;
    let a: string;
    let b: string;
    try {
      a = vietnamDateOf(earlier);
      b = vietnamDateOf(later);
    } catch {
      return;
    }
    if (b < a) this.add(severity, path, "date-order", en, vi);
  }
}

function checkReferences(c: Checker, valid: Record<DatasetCollection, (Raw | undefined)[]>): void {
  const each = (collection: DatasetCollection, fn: (record: Raw, i: number) => void) => {
    valid[collection].forEach((record, i) => {
      if (record) fn(record, i);
    });
  };
  const ids = (list: unknown, collection: DatasetCollection, path: Path) => {
    if (!Array.isArray(list)) return;
    list.forEach((id, j) => {
      c.ref(collection, id, [...path, j]);
    });
  };
  const funds = (record: Raw, collection: DatasetCollection, i: number) => {
    const target = record["funds"] as Raw | undefined;
    if (!target) return;
    const path = [collection, i, "funds"];
    if (target["kind"] === "model") c.ref("models", target["id"], [...path, "id"]);
    if (target["kind"] === "model-site") c.ref("sites", target["id"], [...path, "id"]);
    if (target["kind"] === "team") c.ref("teams", target["id"], [...path, "id"]);
    if (target["kind"] === "cameras") ids(target["cameraIds"], "cameras", [...path, "cameraIds"]);
  };

  for (const collection of Object.keys(DATASET_COLLECTIONS) as DatasetCollection[]) {
    if (collection === "units" || collection === "successions") continue;
    each(collection, (record, i) => c.unit(record["unitCode"], [collection, i, "unitCode"]));
  }

  each("sites", (site, i) => {
    const model = c.ref("models", site["modelId"], ["sites", i, "modelId"]);
    if (model) {
      c.before(
        "warning",
        model["launchedOn"],
        site["launchedOn"],
        ["sites", i, "launchedOn"],
        `The site was launched before its model (${String(model["launchedOn"])})`,
        `Điểm mô hình ra mắt trước ngày ra mắt mô hình (${String(model["launchedOn"])})`,
      );
    }
    if (site["replicatedFromSiteId"] !== undefined) {
      const from = c.ref("sites", site["replicatedFromSiteId"], [
        "sites",
        i,
        "replicatedFromSiteId",
      ]);
      if (from && from["modelId"] !== site["modelId"]) {
        c.add(
          "error",
          ["sites", i, "replicatedFromSiteId"],
          "replicated-across-models",
          `The site replicates site ${String(from["id"])}, which applies another model`,
          `Điểm mô hình được nhân rộng từ điểm ${String(from["id"])} thuộc mô hình khác`,
        );
      }
      if (from) {
        c.before(
          "error",
          from["launchedOn"],
          site["launchedOn"],
          ["sites", i, "launchedOn"],
          "A replicated site was launched before the site it replicates",
          "Điểm nhân rộng ra mắt trước điểm gốc",
        );
      }
    }
  });
  each("reviews", (review, i) => {
    c.ref("models", review["modelId"], ["reviews", i, "modelId"]);
    if (review["siteId"] !== undefined) c.ref("sites", review["siteId"], ["reviews", i, "siteId"]);
  });
  each("teams", (team, i) => {
    if (team["modelSiteId"] !== undefined) {
      c.ref("sites", team["modelSiteId"], ["teams", i, "modelSiteId"]);
    }
  });
  each("incidents", (incident, i) => {
    const cameras = incident["cameraIds"];
    if (!Array.isArray(cameras)) return;
    cameras.forEach((id, j) => {
      const camera = c.ref("cameras", id, ["incidents", i, "cameraIds", j]);
      if (camera) {
        c.before(
          "warning",
          camera["installedOn"],
          incident["occurredAt"],
          ["incidents", i, "cameraIds", j],
          `Camera ${String(id)} was installed on ${String(camera["installedOn"])}, after the incident`,
          `Camera ${String(id)} lắp đặt ngày ${String(camera["installedOn"])}, sau khi xảy ra vụ việc`,
        );
      }
    });
  });
  each("extractions", (extraction, i) => {
    ids(extraction["cameraIds"], "cameras", ["extractions", i, "cameraIds"]);
    if (extraction["incidentId"] === undefined) return;
    const incident = c.ref("incidents", extraction["incidentId"], ["extractions", i, "incidentId"]);
    if (!incident) return;
    c.before(
      "error",
      incident["occurredAt"],
      extraction["requestedAt"],
      ["extractions", i, "requestedAt"],
      "Footage was requested before the incident it served happened",
      "Yêu cầu trích xuất trước khi vụ việc xảy ra",
    );
    if (extraction["outcome"] === "helped-clarify" && incident["clarified"] === undefined) {
      c.add(
        "warning",
        ["extractions", i, "outcome"],
        "extraction-clarified-unclarified",
        `The extraction helped clarify incident ${String(incident["id"])}, which is not recorded as clarified`,
        `Lượt trích xuất giúp làm rõ vụ việc ${String(incident["id"])} nhưng vụ việc chưa được ghi là đã làm rõ`,
      );
    }
  });
  each("activities", (activity, i) => {
    if (activity["modelSiteId"] !== undefined) {
      c.ref("sites", activity["modelSiteId"], ["activities", i, "modelSiteId"]);
    }
    if (activity["teamId"] !== undefined)
      c.ref("teams", activity["teamId"], ["activities", i, "teamId"]);
    if (activity["ledToIncidentId"] !== undefined) {
      c.ref("incidents", activity["ledToIncidentId"], ["activities", i, "ledToIncidentId"]);
    }
    if (activity["kind"] === "award" && activity["recipientId"] !== undefined) {
      const path = ["activities", i, "recipientId"];
      if (activity["recipientKind"] === "team") c.ref("teams", activity["recipientId"], path);
      if (activity["recipientKind"] === "model-site") c.ref("sites", activity["recipientId"], path);
    }
  });
  each("contributions", (record, i) => funds(record, "contributions", i));
  each("expenses", (record, i) => funds(record, "expenses", i));
}

/**
 * Checks a whole dataset and returns every problem at once, each with its path and a
 * message in English and Vietnamese; never throws, whatever the input.
 *
 * @description First each record is checked by its schema; a bad record is reported with
 * the full path to the bad field (`["cameras", 12, "connectedToDutyRoom"]`) and the
 * others are still checked. Then what one record cannot show:
 * - ids are unique within each collection (unit codes within the same validity);
 * - every reference points at a record of the dataset: a site's model and the site it
 *   was replicated from (of the same model, launched earlier), a team's site, the
 *   cameras of an incident or an extraction, an extraction's incident, an activity's
 *   site, team, incident or award recipient, what a contribution or expense funds;
 * - when the dataset lists administrative units, every record's unit code is one of
 *   them (a village code through its commune);
 * - footage is not requested before its incident happened;
 * - warnings: a site launched before its model, a camera used in an incident before
 *   it was installed, an extraction that "helped clarify" an incident not recorded as
 *   clarified.
 *
 * @param input - untrusted input, such as the result of `JSON.parse`
 * @returns `success` (no errors; warnings allowed) with the parsed dataset, and all issues
 * @category Validation
 * @example
 * ```ts
 * import { validateDataset } from "antt";
 * const result = validateDataset({
 *   schemaVersion: "1.0",
 *   extractions: [
 *     { id: "ex-1", unitCode: "15532", cameraIds: ["cam-9"], requestedAt: "2024-03-08T08:00:00+07:00",
 *       requestedBy: "Công an xã Xuân Sinh", footageFrom: "2024-03-07T21:00:00+07:00",
 *       footageTo: "2024-03-07T23:00:00+07:00", purpose: "incident-investigation", outcome: "pending" },
 *   ],
 * });
 * result.success; // false
 * result.issues[0]?.path; // ["extractions", 0, "cameraIds", 0]
 * result.issues[0]?.message.vi; // "Không có điểm camera nào có mã cam-9"
 * ```
 */
export function validateDataset(input: unknown): DatasetValidation {
  if (!isObject(input)) {
    const issues = issuesFromZod(
      (DatasetSchema.safeParse(input, { reportInput: true }) as { error: z.ZodError }).error,
    ).map((issue) => ({ ...issue, severity: "error" as const }));
    return { success: false, issues };
  }
  const c = new Checker(
    Object.fromEntries(
      (Object.keys(DATASET_COLLECTIONS) as DatasetCollection[]).map((key) => {
        const value = input[key];
        return [key, Array.isArray(value) ? value : []];
      }),
    ) as Record<DatasetCollection, unknown[]>,
  );

  const envelope = ENVELOPE.safeParse(
    Object.fromEntries(Object.entries(input).filter(([key]) => !(key in DATASET_COLLECTIONS))),
  );
  if (!envelope.success) {
    for (const issue of issuesFromZod(envelope.error))
      c.issues.push({ ...issue, severity: "error" });
  }

  const valid = {} as Record<DatasetCollection, (Raw | undefined)[]>;
  for (const [collection, schema] of Object.entries(DATASET_COLLECTIONS) as [
    DatasetCollection,
    z.ZodType,
  ][]) {
    const value = input[collection];
    if (value !== undefined && !Array.isArray(value)) {
      c.add(
        "error",
        [collection],
        "invalid_type",
        `Expected an array of ${RECORD_NAMES[collection].en} records`,
        `Phải là một mảng ${RECORD_NAMES[collection].vi}`,
      );
    }
    valid[collection] = c.raw[collection].map((record, index) => {
      const result = schema.safeParse(record, { reportInput: true });
      if (result.success) return result.data as Raw;
      for (const issue of issuesFromZod(result.error)) {
        c.issues.push({ ...issue, path: [collection, index, ...issue.path], severity: "error" });
      }
      return undefined;
    });
    c.index(collection);
  }

  checkReferences(c, valid);

  const errors = c.issues.some((issue) => issue.severity === "error");
  if (errors) return { success: false, issues: c.issues };
  const data = DatasetSchema.parse(input);
  return { success: true, data, issues: c.issues };
}
