import type * as z from "zod";
import { within } from "../core/fields.js";
import { type Issue, issuesFromZod, locationOf } from "../core/index.js";
import { DATASET_RECORD_LABELS } from "./labels.js";
import {
  DATASET_COLLECTIONS,
  type Dataset,
  type DatasetCollection,
  DatasetSchema,
} from "./schema.js";
import { checkAmounts } from "./validate-amounts.js";
import { Checker, isObject, type Raw, type Valid } from "./validate-checker.js";
import { checkTeamExercises } from "./validate-drills.js";
import { checkHierarchies } from "./validate-hierarchies.js";
import { checkParticipants } from "./validate-participants.js";
import { checkReferences } from "./validate-references.js";

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

const ENVELOPE = /* @__PURE__ */ (() =>
  DatasetSchema.omit(
    Object.fromEntries(Object.keys(DATASET_COLLECTIONS).map((key) => [key, true])) as {
      [K in DatasetCollection]: true;
    },
  ))();

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
 * - a team's drill or training that names the activity recording it (`activityId`) names
 *   an activity of the same kind;
 * - warnings: a site launched before its model, a camera used in an incident before
 *   it was installed, an extraction that "helped clarify" an incident not recorded as
 *   clarified, a team's drill without `activityId` on the day, in the unit and on the
 *   topic of a drill activity (the same drill recorded twice).
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
      for (const issue of issuesFromZod(result.error, DatasetSchema, input)) {
        c.push({ ...issue, severity: "error" });
      }
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
    for (const issue of issuesFromZod(envelope.error, DatasetSchema, envelopeInput)) {
      c.push({ ...issue, severity: "error" });
    }
  }

  const valid = {} as Valid;
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
      // The record named once ("Điểm camera thứ 4"), each issue's field within it.
      const record = locationOf(DatasetSchema, [collection, index]);
      for (const issue of issuesFromZod(result.error, schema, records[index])) {
        c.push({
          ...issue,
          path: [collection, index, ...issue.path],
          location: within(record, issue.location),
          severity: "error",
        });
      }
    }
    valid[collection] = parsed;
    c.index(collection);
  }

  checkReferences(c, valid);
  checkHierarchies(c, valid);
  checkAmounts(c, valid);
  checkParticipants(c, valid);
  checkTeamExercises(c, valid);
  checkCoverage(c, valid, envelope.success ? (envelope.data as Raw)["covers"] : undefined);
  checkForces(c, valid);

  if (c.errors || !envelope.success) {
    return { success: false, issues: located(c.issues, input), issuesOmitted: c.omitted };
  }
  // Every record parsed: the dataset is the envelope with its parsed collections, which is
  // what DatasetSchema would give, without parsing everything a second time.
  const data: Raw = {};
  const parsedEnvelope = envelope.data as Raw;
  for (const key of Object.keys(DatasetSchema.shape)) {
    if (Object.hasOwn(DATASET_COLLECTIONS, key)) data[key] = valid[key as DatasetCollection];
    else if (parsedEnvelope[key] !== undefined) data[key] = parsedEnvelope[key];
  }
  return {
    success: true,
    data: data as Dataset,
    issues: located(c.issues, input),
    issuesOmitted: c.omitted,
  };
}

/**
 * A completeness declaration may speak only of days the dataset covers: a dataset that
 * declares its records complete beyond its own span contradicts itself.
 */
function checkCoverage(c: Checker, valid: Valid, covers: unknown): void {
  if (!isObject(covers)) return;
  const start = covers["start"];
  const end = covers["end"];
  if (typeof start !== "string" || typeof end !== "string") return;
  valid.coverage.forEach((declaration, i) => {
    if (!declaration) return;
    const from = declaration["start"] as string;
    const to = declaration["end"] as string;
    if (from < start || to > end) {
      c.add(
        "error",
        ["coverage", i, from < start ? "start" : "end"],
        "coverage-outside-dataset",
        `The declaration speaks of ${from} to ${to}, beyond the days the dataset covers (${start} to ${end}): it cannot hold every record of days it does not cover`,
        `Bản xác nhận nói về từ ${from} đến ${to}, vượt ra ngoài thời gian của bộ dữ liệu (${start} đến ${end}): bộ dữ liệu không thể có đủ bản ghi của những ngày nó không bao gồm`,
      );
    }
  });
}

/**
 * A force is counted once a day in a unit: a report takes the latest count of each force in
 * each unit, and of two counts on one day it could not tell which stands.
 */
function checkForces(c: Checker, valid: Valid): void {
  const seen = new Map<string, number>();
  valid.forces.forEach((count, i) => {
    if (!count) return;
    const key = `${String(count["unitCode"])}|${String(count["kind"])}|${String(count["countedOn"])}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, i);
      return;
    }
    c.add(
      "error",
      ["forces", i, "countedOn"],
      "force-counted-twice",
      `The force ${String(count["kind"])} of unit ${String(count["unitCode"])} is counted twice on ${String(count["countedOn"])}: here and in count ${first + 1}`,
      `Lực lượng ${String(count["kind"])} của đơn vị ${String(count["unitCode"])} được thống kê hai lần trong ngày ${String(count["countedOn"])}: tại đây và tại bản ghi thứ ${first + 1}`,
    );
  });
}

/**
 * The issues, each with where it is in words ("Lượt trích xuất thứ 1, Điểm camera thứ 2"):
 * the checks across records give paths only; the schemas' issues are located already.
 */
function located(issues: readonly DatasetIssue[], input: unknown): DatasetIssue[] {
  return issues.map((issue) => {
    if (issue.path.length === 0 || issue.location !== undefined) return issue;
    const location = locationOf(DatasetSchema, issue.path, input);
    return location.vi === "" ? issue : { ...issue, location };
  });
}
