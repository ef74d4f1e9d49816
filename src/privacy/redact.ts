// A copy of a dataset fit to share at a level: the marked fields removed or replaced, as the
// level, their kind and the person's consent decide. The input is never changed.
import { type CalendarDate, isCalendarDate, type PersonalDataKind } from "../core/index.js";
import type { Dataset } from "../dataset/index.js";
import { CONSENT_RECIPIENT_LABELS, type ConsentRecipient } from "../teams/index.js";
import { SHARING_LEVEL_LABELS, type SharingLevel } from "./labels.js";
import { collectionFields } from "./listing.js";
import { type Occurrence, occurrences } from "./markers.js";

/**
 * What a required marked name becomes in a redacted copy ("hidden"), so that the copy still
 * parses: a team member keeps a name, and the name says nothing.
 *
 * @category Personal data
 * @example
 * ```ts
 * import { REDACTED } from "antt/privacy";
 * REDACTED; // "[đã ẩn]"
 * ```
 */
export const REDACTED = "[đã ẩn]";

/**
 * An error of {@link redact}'s arguments, with a code of the problem catalogue
 * (`ANTT-E922`, `ANTT-E923`) and the message in English and Vietnamese.
 *
 * @category Personal data
 * @example
 * ```ts
 * import { DatasetSchema } from "antt";
 * import { RedactionError, redact, type SharingLevel } from "antt/privacy";
 * const dataset = DatasetSchema.parse({ schemaVersion: "1.0" });
 * try {
 *   redact(dataset, "press" as SharingLevel);
 * } catch (error) {
 *   if (error instanceof RedactionError) error.code; // "unknown-sharing-level"
 * }
 * ```
 */
export class RedactionError extends Error {
  /** The problem's code in the catalogue. */
  readonly code: "unknown-sharing-level" | "unknown-consent-recipient" | "invalid-day";
  /** The message in Vietnamese (`message` is the English one). */
  readonly vi: string;

  constructor(code: RedactionError["code"], en: string, vi: string) {
    super(en);
    this.name = "RedactionError";
    this.code = code;
    this.vi = vi;
  }
}

/**
 * The options of {@link redact}.
 *
 * @category Personal data
 * @example
 * ```ts
 * import type { RedactOptions } from "antt/privacy";
 * const options: RedactOptions = { recipient: "police", on: "2026-03-01" };
 * ```
 */
export interface RedactOptions {
  /**
   * The organisation the copy is for, at the `agency` level: a person whose consent lists
   * the organisations that may see their details (`shareWith`) and does not list this one
   * keeps their details out of the copy.
   */
  readonly recipient?: ConsentRecipient;
  /**
   * The day the copy is made, `YYYY-MM-DD`: a consent withdrawn after it still holds.
   * Without it every recorded withdrawal counts.
   */
  readonly on?: CalendarDate;
}

interface Consent {
  readonly withdrawnOn?: string;
  readonly shareWith?: readonly string[];
}

/** The consent that governs a field: that of the nearest object holding it that has one. */
function consentOf(place: Occurrence): Consent | undefined {
  for (let i = place.ancestors.length - 1; i >= 0; i--) {
    const consent = place.ancestors[i]?.["consent"];
    if (typeof consent === "object" && consent !== null) return consent as Consent;
  }
  return undefined;
}

function withdrawn(consent: Consent | undefined, on: CalendarDate | undefined): boolean {
  const day = consent?.withdrawnOn;
  return day !== undefined && (on === undefined || day <= on);
}

/** Whether a field of a kind stays in a copy for a level. */
function keeps(
  level: SharingLevel,
  kind: PersonalDataKind,
  place: Occurrence,
  options: RedactOptions,
): boolean {
  if (level === "public") return false;
  const consent = consentOf(place);
  if (withdrawn(consent, options.on)) return false;
  if (level === "internal") return true;
  if (kind === "sensitive") return false;
  const { recipient } = options;
  return !(
    recipient !== undefined &&
    consent?.shareWith !== undefined &&
    !consent.shareWith.includes(recipient)
  );
}

function checkArguments(level: SharingLevel, options: RedactOptions): void {
  if (!Object.hasOwn(SHARING_LEVEL_LABELS, level)) {
    throw new RedactionError(
      "unknown-sharing-level",
      `Unknown sharing level ${JSON.stringify(level)}: expected public, agency or internal`,
      `Mức chia sẻ ${JSON.stringify(level)} không hợp lệ: chọn public (công khai), agency (cơ quan khác) hoặc internal (nội bộ)`,
    );
  }
  const { recipient, on } = options;
  if (recipient !== undefined && !Object.hasOwn(CONSENT_RECIPIENT_LABELS, recipient)) {
    throw new RedactionError(
      "unknown-consent-recipient",
      `Unknown recipient ${JSON.stringify(recipient)}: expected one of ${Object.keys(CONSENT_RECIPIENT_LABELS).join(", ")}`,
      `Tổ chức nhận ${JSON.stringify(recipient)} không có trong danh mục: ${Object.keys(CONSENT_RECIPIENT_LABELS).join(", ")}`,
    );
  }
  if (on !== undefined && !isCalendarDate(on)) {
    throw new RedactionError(
      "invalid-day",
      `Invalid day ${JSON.stringify(on)} (options.on): expected YYYY-MM-DD`,
      `Ngày ${JSON.stringify(on)} (options.on) không hợp lệ: cần dạng YYYY-MM-DD`,
    );
  }
}

/** Removes every `ext` (app data the library cannot vouch for) from a copied value. */
function dropExt(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) dropExt(item);
  } else if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    delete record["ext"];
    for (const key of Object.keys(record)) dropExt(record[key]);
  }
}

/**
 * A copy of a dataset fit to share at a level: the fields the schemas mark as personal
 * data are removed or replaced, as the level, their kind and the person's consent decide.
 *
 * @description The levels ({@link SHARING_LEVEL_LABELS}):
 * - `public` (công khai): every marked field goes, basic and sensitive, and so does every
 *   `ext` (app data the library cannot vouch for);
 * - `agency` (another agency, cơ quan khác): sensitive fields go; basic ones stay, except
 *   a person's whose consent is withdrawn, or whose consent lists the organisations that
 *   may see their details (`shareWith`) without `options.recipient`;
 * - `internal` (nội bộ, the unit's own use): everything stays, except the details of a
 *   person whose consent is withdrawn. A unit that has another legal basis to keep them
 *   keeps them in its original, which `redact` never changes.
 *
 * A person without a recorded consent keeps their basic details at the `agency` and
 * `internal` levels: the movement's records rest on its public task, and the consent only
 * narrows that. A consent withdrawn after `options.on` still holds on that day.
 *
 * An optional field is removed; a required one (a member's name, who requested an
 * extraction) becomes {@link REDACTED}, so that the copy still parses, or an empty list for
 * a list. The fields are found from the schemas' `x-personal-data` markers (see
 * {@link personalDataFieldsOf}), so a field marked later is redacted with no change here.
 *
 * @param dataset - a parsed dataset; it is not changed
 * @param level - public, agency or internal
 * @param options - `recipient`: the organisation the copy is for; `on`: the day it is made
 * @returns a new dataset
 * @throws {@link RedactionError} for an unknown level or recipient, or an invalid day
 * @category Personal data
 * @example
 * ```ts
 * import { DatasetSchema } from "antt";
 * import { redact } from "antt/privacy";
 * const dataset = DatasetSchema.parse({
 *   schemaVersion: "1.0",
 *   teams: [
 *     {
 *       id: "to-3", kind: "self-governing", name: "Tổ tự quản thôn 3", unitCode: "15532",
 *       foundedOn: "2020-01-01", duties: ["patrol"], householdCount: 12,
 *       memberCounts: { leader: 1, deputy: 0, member: 1 },
 *       members: [
 *         { name: "Lê Văn Cường", role: "leader", phone: "0912345678" },
 *         { name: "Phạm Thị Dung", role: "member", phone: "0987654321",
 *           consent: { givenOn: "2026-01-05", withdrawnOn: "2026-02-01" } },
 *       ],
 *     },
 *   ],
 * });
 * redact(dataset, "public").teams[0]?.members?.[0]; // { name: "[đã ẩn]", role: "leader" }
 * redact(dataset, "agency").teams[0]?.members?.[0]?.phone; // "0912345678"
 * redact(dataset, "agency").teams[0]?.members?.[1]?.phone; // undefined: consent withdrawn
 * dataset.teams[0]?.members?.[1]?.phone; // "0987654321": the input is unchanged
 * ```
 */
export function redact(
  dataset: Dataset,
  level: SharingLevel,
  options: RedactOptions = {},
): Dataset {
  checkArguments(level, options);
  const copy = structuredClone(dataset);
  for (const [collection, fields] of collectionFields()) {
    const records = copy[collection] as readonly unknown[];
    for (const record of records) {
      for (const field of fields) {
        for (const place of occurrences(record, field)) {
          if (keeps(level, field.kind, place, options)) continue;
          if (field.optional) {
            delete place.holder[place.key];
          } else {
            place.holder[place.key] = Array.isArray(place.holder[place.key]) ? [] : REDACTED;
          }
        }
      }
    }
  }
  if (level === "public") dropExt(copy);
  return copy;
}
