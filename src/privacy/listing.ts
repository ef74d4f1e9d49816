// Which records of a dataset hold which personal data: the register a unit keeps to answer
// a data subject, or to know what it is about to share.
import type { PersonalDataKind } from "../core/index.js";
import { DATASET_COLLECTIONS, type Dataset, type DatasetCollection } from "../dataset/index.js";
import { occurrences, type PersonalDataField, personalDataFieldsOf } from "./markers.js";

/**
 * One record of a dataset that holds personal data: where it is, and which of its fields
 * hold which kind.
 *
 * @category Personal data
 * @example
 * ```ts
 * import type { PersonalDataHolding } from "antt/privacy";
 * const holding: PersonalDataHolding = {
 *   collection: "teams",
 *   index: 0,
 *   id: "to-3",
 *   fields: [{ path: "members.0.name", kind: "basic" }],
 *   kinds: ["basic"],
 * };
 * ```
 */
export interface PersonalDataHolding {
  /** The collection the record is in. */
  readonly collection: DatasetCollection;
  /** Its index in that collection. */
  readonly index: number;
  /** Its id, when the record has one. */
  readonly id?: string;
  /** Each field that holds personal data, by its path in the record (`households.2.phone`). */
  readonly fields: readonly { readonly path: string; readonly kind: PersonalDataKind }[];
  /** The kinds it holds, basic before sensitive, each once. */
  readonly kinds: readonly PersonalDataKind[];
}

/** The marked fields of each collection, read from the schemas. */
export function collectionFields(): readonly (readonly [
  DatasetCollection,
  readonly PersonalDataField[],
])[] {
  return (Object.keys(DATASET_COLLECTIONS) as DatasetCollection[]).map(
    (collection) => [collection, personalDataFieldsOf(DATASET_COLLECTIONS[collection])] as const,
  );
}

/**
 * Lists the records of a dataset that hold personal data, with the fields that hold it and
 * their kind (basic or sensitive).
 *
 * @description The fields are those the schemas mark with `x-personal-data` (see
 * {@link personalDataFieldsOf}); a field counts when the record gives it a value. Records
 * are listed in the order of the dataset's collections, then of the records; a record
 * without personal data is not listed. Free notes and `ext` are not marked: the library
 * cannot know what an app writes there.
 *
 * @param dataset - a parsed dataset
 * @returns one entry per record that holds personal data
 * @category Personal data
 * @example
 * ```ts
 * import { DatasetSchema } from "antt";
 * import { personalDataOf } from "antt/privacy";
 * const dataset = DatasetSchema.parse({
 *   schemaVersion: "1.0",
 *   teams: [
 *     {
 *       id: "to-3", kind: "self-governing", name: "Tổ tự quản thôn 3", unitCode: "15532",
 *       foundedOn: "2020-01-01", duties: ["patrol"], householdCount: 12,
 *       memberCounts: { leader: 1, deputy: 0, member: 0 },
 *       members: [{ name: "Lê Văn Cường", role: "leader", phone: "0912345678" }],
 *     },
 *   ],
 * });
 * personalDataOf(dataset);
 * // [{ collection: "teams", index: 0, id: "to-3", kinds: ["basic"],
 * //    fields: [{ path: "members.0.name", kind: "basic" }, { path: "members.0.phone", kind: "basic" }] }]
 * ```
 */
export function personalDataOf(dataset: Dataset): PersonalDataHolding[] {
  const out: PersonalDataHolding[] = [];
  for (const [collection, fields] of collectionFields()) {
    if (fields.length === 0) continue;
    const records = dataset[collection] as readonly unknown[];
    records.forEach((record, index) => {
      const found: { path: string; kind: PersonalDataKind }[] = [];
      for (const field of fields) {
        for (const place of occurrences(record, field)) {
          found.push({ path: place.path.join("."), kind: field.kind });
        }
      }
      if (found.length === 0) return;
      const kinds = (["basic", "sensitive"] as const).filter((kind) =>
        found.some((f) => f.kind === kind),
      );
      const id = (record as { id?: unknown }).id;
      out.push({
        collection,
        index,
        ...(typeof id === "string" ? { id } : {}),
        fields: found,
        kinds,
      });
    });
  }
  return out;
}
