// The issues of validateDataset and the lookups its cross-record checks share (internal to
// the dataset domain, not exported from the package): the issue limit, the ids of each
// collection, references, unit codes and the order of two dates.
import { vietnamDateOf } from "../core/calendar.js";
import { DATASET_RECORD_LABELS } from "./labels.js";
import type { DatasetCollection } from "./schema.js";
import type { DatasetIssue } from "./validate.js";

export type Raw = Record<string, unknown>;
export type Path = (string | number)[];
/** The records of each collection that parsed, at their positions (`undefined`: did not parse). */
export type Valid = Record<DatasetCollection, (Raw | undefined)[]>;

export function isObject(value: unknown): value is Raw {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value.trim() : undefined;
}

// Text that NFC normalisation leaves as it is: ASCII, and Vietnamese letters already
// composed (the Latin-1 and Latin Extended letters, and U+1EA0 to U+1EF9); combining marks
// (U+0300 to U+036F) are what composed and decomposed ids differ by.
function alreadyNfc(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x300 && (c < 0x1ea0 || c > 0x1ef9)) return false;
  }
  return true;
}

/** The key two ids share when they are equal after Unicode NFC normalisation and trimming. */
export function idKey(value: string): string {
  const trimmed = value.trim();
  // Normalising costs an allocation and a pass through the Unicode tables for every id and
  // every reference: most ids are ASCII, which normalise to themselves.
  return alreadyNfc(trimmed) ? trimmed : trimmed.normalize("NFC");
}

export class Checker {
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
    code: string,
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
    if (wrong) this.add(severity, path, code, en, vi);
  }
}
