// What a dataset still holds of people who withdrew their consent.
import { type CalendarDate, formatCalendarDate, type Issue } from "../core/index.js";
import type { Dataset } from "../dataset/index.js";
import { collectionFields } from "./listing.js";
import { occurrences } from "./markers.js";
import { REDACTED } from "./redact.js";

/**
 * Warns of personal data a dataset still holds for people who withdrew their consent: one
 * warning (`personal-data-after-withdrawal`, ANTT-W920) per person, at the path of the
 * member or household whose consent is withdrawn. A field that holds only what {@link redact}
 * leaves ({@link REDACTED}, or an empty list) is not a detail.
 *
 * @description A withdrawal does not oblige the library to delete anything, and a unit may
 * have another legal basis to keep a detail; so this is a warning, and {@link redact}
 * leaves such details out of every copy it makes whatever the unit decides. A consent
 * withdrawn after `options.on` still holds on that day.
 *
 * @param dataset - a parsed dataset
 * @param options - `on`: the day of the check; without it every recorded withdrawal counts
 * @returns the warnings, in the order of the dataset
 * @category Personal data
 * @example
 * ```ts
 * import { DatasetSchema } from "antt";
 * import { consentIssues } from "antt/privacy";
 * const dataset = DatasetSchema.parse({
 *   schemaVersion: "1.0",
 *   teams: [
 *     {
 *       id: "to-3", kind: "self-governing", name: "Tổ tự quản thôn 3", unitCode: "15532",
 *       foundedOn: "2020-01-01", duties: ["patrol"], householdCount: 1,
 *       households: [
 *         { headName: "Nguyễn Văn An", phone: "0912345678",
 *           consent: { givenOn: "2026-01-05", withdrawnOn: "2026-02-01" } },
 *       ],
 *     },
 *   ],
 * });
 * consentIssues(dataset)[0]?.path; // ["teams", 0, "households", 0]
 * ```
 */
export function consentIssues(
  dataset: Dataset,
  options: { readonly on?: CalendarDate } = {},
): Issue[] {
  const out: Issue[] = [];
  const seen = new Set<object>();
  for (const [collection, fields] of collectionFields()) {
    const records = dataset[collection] as readonly unknown[];
    records.forEach((record, index) => {
      for (const field of fields) {
        for (const place of occurrences(record, field)) {
          const holder = place.holder;
          const consent = holder["consent"] as { withdrawnOn?: string } | undefined;
          const day = consent?.withdrawnOn;
          if (day === undefined || (options.on !== undefined && day > options.on)) continue;
          const value = holder[place.key];
          // What redact leaves in a required field says nothing of the person.
          if (value === REDACTED || (Array.isArray(value) && value.length === 0)) continue;
          if (seen.has(holder)) continue;
          seen.add(holder);
          out.push({
            path: [collection, index, ...place.path.slice(0, -1)],
            code: "personal-data-after-withdrawal",
            message: {
              en: `Consent was withdrawn on ${day}, but the record still holds the person's details (${place.key})`,
              vi: `Người dân đã rút lại sự đồng ý ngày ${formatCalendarDate(day)} nhưng bản ghi vẫn lưu thông tin cá nhân của họ (${place.key})`,
            },
          });
        }
      }
    });
  }
  return out;
}
