import type * as z from "zod";
import { formatVnd, type Issue, issuesFromZod, LARGE_VND, vietnamDateOf } from "../core/index.js";
import { DATASET_RECORD_LABELS } from "./labels.js";
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
  | {
      readonly success: true;
      readonly data: Dataset;
      readonly issues: readonly DatasetIssue[];
      /** Issues found beyond `maxIssues`, counted but not listed. */
      readonly issuesOmitted: number;
    }
  | {
      readonly success: false;
      readonly data?: undefined;
      readonly issues: readonly DatasetIssue[];
      /** Issues found beyond `maxIssues`, counted but not listed. */
      readonly issuesOmitted: number;
    };

/**
 * Options of {@link validateDataset}.
 *
 * @category Validation
 * @example
 * ```ts
 * import type { ValidateDatasetOptions } from "antt";
 * const options: ValidateDatasetOptions = { maxIssues: 100 };
 * ```
 */
export interface ValidateDatasetOptions {
  /**
   * The most issues listed (default 1,000); further issues are counted in
   * `issuesOmitted`, so that a file of a million bad records cannot exhaust memory.
   */
  readonly maxIssues?: number;
}

type Raw = Record<string, unknown>;
type Path = (string | number)[];

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
/** The key two ids share when they are equal after Unicode NFC normalisation and trimming. */
function idKey(value: string): string {
  return value.trim().normalize("NFC");
}

class Checker {
  readonly issues: DatasetIssue[] = [];
  /** Ids per collection, from every record that has a string id (parsed or not). */
  readonly ids = new Map<DatasetCollection, Map<string, Raw>>();
  /** Issues found beyond the cap. */
  omitted = 0;
  errors = false;

  constructor(
    readonly raw: Record<DatasetCollection, unknown[]>,
    readonly maxIssues: number,
  ) {}

  push(issue: DatasetIssue): void {
    if (issue.severity === "error") this.errors = true;
    if (this.issues.length < this.maxIssues) this.issues.push(issue);
    else this.omitted++;
  }

  add(severity: DatasetIssue["severity"], path: Path, code: string, en: string, vi: string) {
    this.push({ severity, path, code, message: { en, vi } });
  }

  index(collection: DatasetCollection): void {
    const byId = new Map<string, Raw>();
    const records = this.raw[collection];
    records.forEach((record, position) => {
      const raw = isObject(record) ? str(record["id"] ?? record["code"]) : undefined;
      if (raw === undefined) return;
      const id = idKey(raw);
      const key = collection === "units" ? `${id}@${str((record as Raw)["validFrom"]) ?? ""}` : id;
      if (byId.has(key)) {
        const name = DATASET_RECORD_LABELS[collection];
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
    const found = this.ids.get(collection)?.get(idKey(id));
    if (!found) {
      const name = DATASET_RECORD_LABELS[collection];
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
    // Two instants compare as instants (08:00 is before 22:15 the same day); a calendar
    // date compares with the other side's day in Vietnam.
    const bothInstants = earlier.length > 10 && later.length > 10;
    let wrong: boolean;
    try {
      wrong = bothInstants
        ? Date.parse(later) < Date.parse(earlier)
        : vietnamDateOf(later) < vietnamDateOf(earlier);
    } catch {
      return; // an unreadable date is reported by the record's schema
    }
    if (wrong) this.add(severity, path, "date-order", en, vi);
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

/** Where the amounts of money are, per collection: a field, or a list and its field. */
const AMOUNTS: readonly (readonly [DatasetCollection, string, string?])[] = [
  ["cameras", "funding", "amount"],
  ["incidents", "damageVnd"],
  ["activities", "amountVnd"],
  ["contributions", "amount"],
  ["expenses", "amount"],
];

/**
 * Amounts: an unusually large one is a warning; all of them together must add up exactly
 * (below 2^53), so that no summary or report of the dataset can overflow.
 */
function checkAmounts(c: Checker, valid: Record<DatasetCollection, (Raw | undefined)[]>): void {
  let total = 0;
  const look = (amount: unknown, path: Path) => {
    if (typeof amount !== "number") return;
    total += amount;
    if (amount > LARGE_VND) {
      c.add(
        "warning",
        path,
        "unusually-large-amount",
        `${formatVnd(amount, { locale: "en" })} is unusually large for one record: check that it is in đồng`,
        `${formatVnd(amount, { locale: "vi" })} là số tiền lớn bất thường cho một bản ghi: kiểm tra lại đơn vị (đồng)`,
      );
    }
  };
  for (const [collection, field, inner] of AMOUNTS) {
    valid[collection].forEach((record, i) => {
      if (!record) return;
      const value = record[field];
      if (inner === undefined) look(value, [collection, i, field]);
      else if (Array.isArray(value)) {
        value.forEach((item: Raw, j) => {
          look(item[inner], [collection, i, field, j, inner]);
        });
      }
    });
  }
  if (total > Number.MAX_SAFE_INTEGER) {
    c.add(
      "error",
      [],
      "amounts-too-large",
      "The dataset's amounts add up to more than 9,007,199,254,740,991 đồng, beyond what can be added exactly",
      "Tổng các khoản tiền của bộ dữ liệu vượt quá 9.007.199.254.740.991 đồng, không thể cộng chính xác",
    );
  }
}

/** The first and last day of a unit record, as comparable strings. */
function spanOf(unit: Raw): [string, string] {
  const from = typeof unit["validFrom"] === "string" ? unit["validFrom"] : "0000-01-01";
  const to = typeof unit["validTo"] === "string" ? unit["validTo"] : "9999-12-31";
  return [from, to];
}

function dayBeforeOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** What no single record can show about hierarchies: cycles, overlaps, missing parents. */
function checkHierarchies(c: Checker, valid: Record<DatasetCollection, (Raw | undefined)[]>): void {
  // Site replication must not go round in a circle.
  const sites = c.ids.get("sites");
  valid.sites.forEach((site, i) => {
    if (!site || typeof site["replicatedFromSiteId"] !== "string") return;
    const start = idKey(String(site["id"]));
    const seen = new Set<string>([start]);
    let next: unknown = site["replicatedFromSiteId"];
    while (typeof next === "string") {
      const id = idKey(next);
      if (id === start) {
        c.add(
          "error",
          ["sites", i, "replicatedFromSiteId"],
          "replication-cycle",
          `Site ${String(site["id"])} is replicated, through other sites, from itself`,
          `Điểm mô hình ${String(site["id"])} được nhân rộng vòng lại từ chính nó`,
        );
        return;
      }
      if (seen.has(id)) return; // a cycle further up, reported at its own sites
      seen.add(id);
      next = sites?.get(id)?.["replicatedFromSiteId"];
    }
  });

  // Versions of one unit code must not overlap, and parents must be listed.
  const versions = new Map<string, { unit: Raw; index: number }[]>();
  valid.units.forEach((unit, index) => {
    if (!unit) return;
    const code = String(unit["code"]);
    const list = versions.get(code) ?? [];
    const [from, to] = spanOf(unit);
    const clash = list.find(({ unit: other }) => {
      const [otherFrom, otherTo] = spanOf(other);
      return from <= otherTo && otherFrom <= to;
    });
    if (clash) {
      c.add(
        "error",
        ["units", index, "validFrom"],
        "overlapping-unit-versions",
        `Unit ${code} is also given by units[${clash.index}] for some of the same days`,
        `Đơn vị ${code} đã có ở units[${clash.index}] với thời gian hiệu lực trùng nhau`,
      );
    }
    list.push({ unit, index });
    versions.set(code, list);
  });
  const versionOn = (code: unknown, day: string) =>
    versions.get(String(code))?.find(({ unit }) => {
      const [from, to] = spanOf(unit);
      return from <= day && day <= to;
    });
  valid.units.forEach((unit, index) => {
    if (!unit || typeof unit["parentCode"] !== "string") return;
    if (!versions.has(unit["parentCode"])) {
      c.add(
        "error",
        ["units", index, "parentCode"],
        "unknown-parent",
        `The parent unit ${unit["parentCode"]} is not among the dataset's units`,
        `Đơn vị cấp trên ${unit["parentCode"]} không có trong danh sách đơn vị của bộ dữ liệu`,
      );
    }
  });
  // A succession links two versions: a unit cannot succeed itself.
  valid.successions.forEach((link, index) => {
    if (!link || link["oldCode"] !== link["newCode"] || versions.size === 0) return;
    const date = String(link["effectiveDate"]);
    const before = versionOn(link["oldCode"], dayBeforeOf(date));
    const after = versionOn(link["newCode"], date);
    if (before && before === after) {
      c.add(
        "error",
        ["successions", index, "newCode"],
        "self-succession",
        `Unit ${String(link["oldCode"])} is the same version before and after ${date}: a unit cannot succeed itself`,
        `Đơn vị ${String(link["oldCode"])} là cùng một phiên bản trước và sau ngày ${date}: một đơn vị không thể kế thừa chính nó`,
      );
    }
  });
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
export function validateDataset(
  input: unknown,
  options: ValidateDatasetOptions = {},
): DatasetValidation {
  const maxIssues = Math.max(0, Math.floor(options.maxIssues ?? DEFAULT_MAX_ISSUES));
  try {
    return check(input, maxIssues);
  } catch (error) {
    // A getter or a Proxy that throws while it is read: the input cannot be read at all.
    return {
      success: false,
      issues: [
        {
          severity: "error",
          path: [],
          code: "unreadable-input",
          message: {
            en: `The input could not be read: ${describeError(error)}`,
            vi: `Không đọc được dữ liệu đầu vào: ${describeError(error)}`,
          },
        },
      ],
      issuesOmitted: 0,
    };
  }
}

const DEFAULT_MAX_ISSUES = 1000;

function describeError(error: unknown): string {
  let text: string;
  try {
    text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    text = "unknown error";
  }
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

function check(input: unknown, maxIssues: number): DatasetValidation {
  if (!isObject(input)) {
    const c = new Checker({} as Record<DatasetCollection, unknown[]>, maxIssues);
    const result = DatasetSchema.safeParse(input, { reportInput: true });
    if (!result.success) {
      for (const issue of issuesFromZod(result.error)) c.push({ ...issue, severity: "error" });
    }
    return { success: false, issues: c.issues, issuesOmitted: c.omitted };
  }
  const collections = Object.keys(DATASET_COLLECTIONS) as DatasetCollection[];
  // Own keys only: "constructor" or "__proto__" at the top is an unknown key, not a lookup
  // on Object.prototype.
  const own = (key: string) => (Object.hasOwn(input, key) ? input[key] : undefined);
  const c = new Checker(
    Object.fromEntries(
      collections.map((key) => {
        const value = own(key);
        return [key, Array.isArray(value) ? value : []];
      }),
    ) as Record<DatasetCollection, unknown[]>,
    maxIssues,
  );

  const envelopeInput: Raw = {};
  for (const key of Object.keys(input)) {
    if (!Object.hasOwn(DATASET_COLLECTIONS, key)) {
      Object.defineProperty(envelopeInput, key, { value: input[key], enumerable: true });
    }
  }
  const envelope = ENVELOPE.safeParse(envelopeInput, { reportInput: true });
  if (!envelope.success) {
    for (const issue of issuesFromZod(envelope.error)) c.push({ ...issue, severity: "error" });
  }

  const valid = {} as Record<DatasetCollection, (Raw | undefined)[]>;
  for (const collection of collections) {
    const schema: z.ZodType = DATASET_COLLECTIONS[collection];
    const value = own(collection);
    if (value !== undefined && !Array.isArray(value)) {
      c.add(
        "error",
        [collection],
        "invalid_type",
        `Expected an array of ${DATASET_RECORD_LABELS[collection].en} records`,
        `Phải là một mảng ${DATASET_RECORD_LABELS[collection].vi}`,
      );
    }
    const records = c.raw[collection];
    const parsed: (Raw | undefined)[] = new Array(records.length);
    // An index loop, not map: a hole in a sparse array is a missing record, not a skip.
    for (let index = 0; index < records.length; index++) {
      const result = schema.safeParse(records[index], { reportInput: true });
      if (result.success) {
        parsed[index] = result.data as Raw;
        continue;
      }
      parsed[index] = undefined;
      for (const issue of issuesFromZod(result.error)) {
        c.push({ ...issue, path: [collection, index, ...issue.path], severity: "error" });
      }
    }
    valid[collection] = parsed;
    c.index(collection);
  }

  checkReferences(c, valid);
  checkHierarchies(c, valid);
  checkAmounts(c, valid);

  if (c.errors || !envelope.success) {
    return { success: false, issues: c.issues, issuesOmitted: c.omitted };
  }
  // Every record parsed: the dataset is the envelope with its parsed collections, which is
  // what DatasetSchema would give, without parsing everything a second time.
  const data: Raw = {};
  const parsedEnvelope = envelope.data as Raw;
  for (const key of Object.keys(DatasetSchema.shape)) {
    if (Object.hasOwn(DATASET_COLLECTIONS, key)) data[key] = valid[key as DatasetCollection];
    else if (parsedEnvelope[key] !== undefined) data[key] = parsedEnvelope[key];
  }
  return { success: true, data: data as Dataset, issues: c.issues, issuesOmitted: c.omitted };
}
