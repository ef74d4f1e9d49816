// The columns of each record kind in a spreadsheet, derived from the record schemas and
// their field labels, so that a header table cannot drift from the schema it fills.
import type * as z from "zod";
import { ACTIVITY_KIND_LABELS } from "../activities/index.js";
import { fieldLabelsOf, type Label } from "../core/index.js";
import { DATASET_COLLECTION_LABELS, DATASET_COLLECTIONS, type Dataset } from "../dataset/index.js";
import { headerKey } from "./text.js";
import { HEADER_VARIANTS } from "./variants.js";

/**
 * The record kinds a spreadsheet or CSV file can hold, one per sheet or file: the names of
 * the dataset's collections (see `DATASET_COLLECTIONS`).
 *
 * @category Import
 * @example
 * ```ts
 * import { IMPORT_KINDS } from "antt/io";
 * IMPORT_KINDS.includes("cameras"); // true
 * ```
 */
export const IMPORT_KINDS = [
  "models",
  "sites",
  "reviews",
  "recognitions",
  "teams",
  "cameras",
  "incidents",
  "extractions",
  "activities",
  "contributions",
  "expenses",
  "forces",
] as const;

/**
 * A record kind a spreadsheet or CSV file can hold (`"cameras"`, `"incidents"`...).
 *
 * @category Import
 * @example
 * ```ts
 * import type { ImportKind } from "antt/io";
 * const kind: ImportKind = "cameras";
 * ```
 */
export type ImportKind = (typeof IMPORT_KINDS)[number];

/**
 * The record an import of a kind gives: a `CameraPoint` for `"cameras"`, an `Incident` for
 * `"incidents"`... as the dataset holds them.
 *
 * @category Import
 * @example
 * ```ts
 * import type { ImportRecord } from "antt/io";
 * type Camera = ImportRecord<"cameras">; // CameraPoint
 * ```
 */
export type ImportRecord<K extends ImportKind> = Dataset[K][number];

/**
 * How the cells of a column are read.
 *
 * - `text`: as written, trimmed;
 * - `integer`, `number`: "1.234", "12,5", "12,5 triệu", "1.234.567 đ";
 * - `boolean`: "Có"/"Không", "x", "1"/"0", "yes"/"no";
 * - `date`: dd/mm/yyyy, yyyy-mm-dd, an Excel date or serial;
 * - `datetime`: a date with "hh:mm", read as Vietnam time (+07:00);
 * - `code`: a code or its label, in Vietnamese or English, without diacritics or not;
 * - `codes`: several codes or labels, separated by ";", "," or line breaks;
 * - `unit`, `units`: a unit code, or a unit's name looked up in the unit index;
 * - `texts`: several texts (ids), separated by ";", "," or line breaks.
 *
 * @category Import
 * @example
 * ```ts
 * import type { ColumnType } from "antt/io";
 * const type: ColumnType = "date";
 * ```
 */
export type ColumnType =
  | "text"
  | "integer"
  | "number"
  | "boolean"
  | "date"
  | "datetime"
  | "code"
  | "codes"
  | "unit"
  | "units"
  | "texts";

/**
 * One code of a code column, with its label when the code list has one.
 *
 * @category Import
 * @example
 * ```ts
 * import type { ImportCode } from "antt/io";
 * const code: ImportCode = { code: "household", label: { vi: "Hộ gia đình", en: "Household" } };
 * ```
 */
export interface ImportCode {
  /** The code the record holds. */
  readonly code: string;
  /** Its label, which people write in its place. */
  readonly label?: Label;
}

/**
 * One column of a record kind's sheet: the field it fills, its header in Vietnamese and
 * English, the other headers people write for it, and how its cells are read.
 *
 * @description A nested field is a column named "Parent - Child" ("Vị trí (tọa độ) - Vĩ
 * độ"); a list of small objects (a camera point's funding) has numbered columns "Parent 1 -
 * Child", "Parent 2 - Child"... ({@link LIST_SLOTS} of them).
 *
 * @category Import
 * @example
 * ```ts
 * import { IMPORT_HEADERS } from "antt/io";
 * const lenses = IMPORT_HEADERS.cameras.find((column) => column.key === "lenses");
 * lenses?.header.vi; // "Số mắt camera"
 * ```
 */
export interface ImportColumn {
  /** The field's path, dotted ("location.lat", "funding.0.amount"). */
  readonly key: string;
  /** The field's path in the record. */
  readonly path: readonly (string | number)[];
  /** The header a template writes, in Vietnamese and English. */
  readonly header: Label;
  /** Other headers accepted for the column, as people write them. */
  readonly variants: readonly string[];
  /** How the cells are read. */
  readonly type: ColumnType;
  /** The codes of a `code` or `codes` column. */
  readonly codes?: readonly ImportCode[];
  /** Whether a record needs the field. */
  readonly required: boolean;
  /** What the field holds (the schema's description, in English). */
  readonly description: string;
}

/** How many numbered column groups a list of small objects gets. */
export const LIST_SLOTS = 3;

/** Fields that never come from a sheet: an app's own data. */
const SKIPPED = new Set(["ext"]);

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  getter?: () => z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
  format?: string;
}

const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;

/** The schema inside wrappers, and whether a wrapper makes the field optional. */
function unwrap(schema: z.ZodType): { schema: z.ZodType; optional: boolean } {
  let s = schema;
  let optional = false;
  for (let depth = 0; depth < 16; depth++) {
    const def = defOf(s);
    if (def.type === "optional" || def.type === "default" || def.type === "prefault") {
      optional = true;
    }
    const inner =
      def.type === "pipe" ? def.in : def.type === "lazy" ? def.getter?.() : def.innerType;
    if (
      !inner ||
      ![
        "optional",
        "default",
        "prefault",
        "nullable",
        "pipe",
        "lazy",
        "readonly",
        "catch",
        "nonoptional",
      ].includes(def.type)
    ) {
      break;
    }
    s = inner;
  }
  return { schema: s, optional };
}

/** The description of a field: the first one met through its wrappers. */
function descriptionOf(schema: z.ZodType): string {
  let s: z.ZodType | undefined = schema;
  for (let depth = 0; s && depth < 16; depth++) {
    if (s.description) return s.description;
    const def = defOf(s);
    s = def.type === "pipe" ? def.in : def.innerType;
  }
  return "";
}

/** The labels of a code list, from its `x-labels` metadata, through wrappers. */
function codeLabelsOf(schema: z.ZodType): Readonly<Record<string, Label>> | undefined {
  let s: z.ZodType | undefined = schema;
  for (let depth = 0; s && depth < 16; depth++) {
    const labels = s.meta()?.["x-labels"] as Readonly<Record<string, Label>> | undefined;
    if (labels) return labels;
    const def = defOf(s);
    s = def.type === "pipe" ? def.in : def.innerType;
  }
  return undefined;
}

/** The codes of an enum or literal, with their labels where known. */
function codesOf(
  schema: z.ZodType,
  inner: z.ZodType,
  extra?: Readonly<Record<string, Label>>,
): ImportCode[] | undefined {
  const def = defOf(inner);
  let values: string[];
  if (def.type === "enum" && def.entries) values = Object.values(def.entries);
  else if (def.type === "literal" && def.values?.every((v) => typeof v === "string")) {
    values = def.values as string[];
  } else return undefined;
  const labels = codeLabelsOf(schema) ?? codeLabelsOf(inner) ?? extra;
  return values.map((code) => {
    const label = labels?.[code];
    return label ? { code, label } : { code };
  });
}

/** How a scalar schema's cells are read, or undefined for a field no column can hold. */
function scalarType(key: string, inner: z.ZodType): ColumnType | undefined {
  const def = defOf(inner);
  if (def.type === "boolean") return "boolean";
  if (def.type === "number") return def.format?.includes("int") ? "integer" : "number";
  if (def.type === "int") return "integer";
  if (def.type === "enum" || def.type === "literal") return "code";
  if (def.type === "string") {
    if (def.format === "date") return "date";
    if (def.format === "datetime") return "datetime";
    if (key === "unitCode" || key.endsWith("UnitCode")) return "unit";
    return "text";
  }
  return undefined;
}

interface Draft {
  key: string;
  path: (string | number)[];
  header: Label;
  type: ColumnType;
  codes?: ImportCode[];
  required: boolean;
  description: string;
}

const joinLabels = (parent: Label | undefined, child: Label): Label =>
  parent ? { vi: `${parent.vi} - ${child.vi}`, en: `${parent.en} - ${child.en}` } : child;

/** The columns of an object schema's fields, each under a parent's header. */
function objectColumns(
  object: z.ZodType,
  path: (string | number)[],
  parent: Label | undefined,
  required: boolean,
  depth: number,
  out: Draft[],
  kindLabels?: Readonly<Record<string, Label>>,
): void {
  const shape = defOf(object).shape ?? {};
  const labels = fieldLabelsOf(object);
  for (const [name, field] of Object.entries(shape)) {
    if (SKIPPED.has(name)) continue;
    const label = labels?.[name] ?? { vi: name, en: name };
    fieldColumns(
      name,
      field,
      [...path, name],
      joinLabels(parent, label),
      required,
      depth,
      out,
      kindLabels,
    );
  }
}

function fieldColumns(
  name: string,
  field: z.ZodType,
  path: (string | number)[],
  header: Label,
  parentRequired: boolean,
  depth: number,
  out: Draft[],
  kindLabels?: Readonly<Record<string, Label>>,
): void {
  const { schema: inner, optional } = unwrap(field);
  const required = parentRequired && !optional;
  const def = defOf(inner);
  const key = path.join(".");
  const description = descriptionOf(field);
  const scalar = scalarType(name, inner);
  if (scalar) {
    const codes = scalar === "code" ? codesOf(field, inner, kindLabels) : undefined;
    out.push({
      key,
      path,
      header,
      type: scalar,
      required,
      description,
      ...(codes ? { codes } : {}),
    });
    return;
  }
  if (def.type === "object" && depth < 2) {
    objectColumns(inner, path, header, required, depth + 1, out);
    return;
  }
  if (def.type === "array" && def.element) {
    const element = unwrap(def.element).schema;
    const elementDef = defOf(element);
    if (elementDef.type === "enum") {
      const codes = codesOf(def.element, element) ?? [];
      out.push({ key, path, header, type: "codes", codes, required, description });
      return;
    }
    if (elementDef.type === "string") {
      const type = name.endsWith("UnitCodes") ? "units" : "texts";
      out.push({ key, path, header, type, required, description });
      return;
    }
    if (elementDef.type === "object" && depth === 0) {
      // A list of small flat objects (a point's funding, a team's equipment) gets numbered
      // column groups; a longer list (members, households) stays out of the sheet.
      const drafts: Draft[] = [];
      objectColumns(element, [], undefined, false, depth + 1, drafts);
      const flat = drafts.every((d) => d.path.length === 1);
      if (!flat || drafts.length === 0 || drafts.length > 3) return;
      for (let slot = 0; slot < LIST_SLOTS; slot++) {
        for (const d of drafts) {
          const child = d.header;
          out.push({
            ...d,
            key: [...path, slot, ...d.path].join("."),
            path: [...path, slot, ...d.path],
            header: {
              vi: `${header.vi} ${slot + 1} - ${child.vi}`,
              en: `${header.en} ${slot + 1} - ${child.en}`,
            },
            required: false,
          });
        }
      }
    }
  }
  // Unions of objects, records and an app's own data stay out of the sheet.
}

/** The object schemas a record schema is: one, or the options of a union (activities). */
function optionsOf(schema: z.ZodType): z.ZodType[] {
  const inner = unwrap(schema).schema;
  const def = defOf(inner);
  if (def.type === "union" && def.options) return def.options.flatMap(optionsOf);
  return [inner];
}

/** Labels of a discriminating `kind` field that its literals do not carry. */
const KIND_LABELS: Partial<Record<ImportKind, Readonly<Record<string, Label>>>> = {
  activities: ACTIVITY_KIND_LABELS,
};

/** Whether a column is required in every option of a union. */
function columnsOfKind(kind: ImportKind): ImportColumn[] {
  const schema = DATASET_COLLECTIONS[kind] as z.ZodType;
  const options = optionsOf(schema);
  const merged = new Map<string, Draft & { seen: number }>();
  for (const option of options) {
    const drafts: Draft[] = [];
    objectColumns(option, [], undefined, true, 0, drafts, KIND_LABELS[kind]);
    for (const d of drafts) {
      const known = merged.get(d.key);
      if (!known) {
        merged.set(d.key, { ...d, seen: 1 });
        continue;
      }
      known.seen++;
      known.required &&= d.required;
      if (d.codes) {
        const codes = new Map((known.codes ?? []).map((c) => [c.code, c]));
        for (const c of d.codes) if (!codes.has(c.code)) codes.set(c.code, c);
        known.codes = [...codes.values()];
      }
    }
  }
  const variants = HEADER_VARIANTS[kind] as Readonly<Record<string, readonly string[]>>;
  const drafts = [...merged.values()].map((d) => ({
    ...d,
    required: d.required && d.seen === options.length,
  }));
  // A nested field's own label alone ("Vĩ độ") is a variant where no other column has it.
  const leafCount = new Map<string, number>();
  const leafOf = (d: Draft) => headerKey(d.header.vi.split(" - ").at(-1) ?? d.header.vi);
  for (const d of drafts) leafCount.set(leafOf(d), (leafCount.get(leafOf(d)) ?? 0) + 1);
  return drafts.map((d): ImportColumn => {
    const own = [...(variants[d.key] ?? [])];
    if (d.path.length > 1 && !d.path.some((p) => typeof p === "number")) {
      const leaf = d.header.vi.split(" - ").at(-1);
      if (leaf && leafCount.get(leafOf(d)) === 1) own.push(leaf);
    }
    // A numbered group's dotted key counts from 0 and its header from 1: "funding.1.amount"
    // would read as "Funding 1 - Amount", another column, so only headers name it.
    own.push(d.header.en);
    if (!d.path.some((p) => typeof p === "number")) own.push(d.key);
    return {
      key: d.key,
      path: d.path,
      header: d.header,
      variants: own,
      type: d.type,
      ...(d.codes ? { codes: d.codes } : {}),
      required: d.required,
      description: d.description,
    };
  });
}

/**
 * The header table: for each record kind, its columns in order, with the header a
 * template writes, the variants people write, and how each column's cells are read.
 *
 * @description Built from the record schemas, their field labels (`fieldLabelsOf`) and a
 * list of common variants, so it follows the schemas. Headers are matched without
 * diacritics, case or punctuation, with common abbreviations written out ("So mat cam"
 * reads as "Số mắt camera"). docs/importing.md prints the table.
 *
 * @category Import
 * @example
 * ```ts
 * import { IMPORT_HEADERS } from "antt/io";
 * IMPORT_HEADERS.cameras.map((column) => column.header.vi).slice(0, 2);
 * // ["Mã điểm camera", "Mã đơn vị hành chính"]
 * ```
 */
export const IMPORT_HEADERS: { readonly [K in ImportKind]: readonly ImportColumn[] } =
  /* @__PURE__ */ (() =>
    Object.fromEntries(IMPORT_KINDS.map((kind) => [kind, columnsOfKind(kind)])) as unknown as {
      readonly [K in ImportKind]: readonly ImportColumn[];
    })();

/**
 * The name of a record kind, for a sheet and for people: "Điểm camera", "Camera points".
 *
 * @param kind - a record kind
 * @returns its label in Vietnamese and English
 * @category Import
 * @example
 * ```ts
 * import { importKindLabel } from "antt/io";
 * importKindLabel("cameras").vi; // "Điểm camera"
 * ```
 */
export function importKindLabel(kind: ImportKind): Label {
  return DATASET_COLLECTION_LABELS[kind];
}
