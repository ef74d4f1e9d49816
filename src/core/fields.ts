import type * as z from "zod";
import type { Label } from "./labels.js";
import { shownKey } from "./zod-messages.js";

/**
 * The Vietnamese and English label of every field of a record, as people know it on a
 * form, in a register or in a spreadsheet header (`lenses` → "Số mắt camera").
 *
 * @description Every key of the record's input type must have a label, optional fields
 * too: a field added to a schema without a label is a compile error where its labels are
 * declared.
 *
 * @category Validation
 * @example
 * ```ts
 * import type { FieldLabels } from "antt";
 * const labels: FieldLabels<{ lenses?: number; installedOn: string }> = {
 *   lenses: { vi: "Số mắt camera", en: "Lenses" },
 *   installedOn: { vi: "Ngày lắp đặt", en: "Installed on" },
 * };
 * ```
 */
export type FieldLabels<T> = { readonly [K in keyof T]-?: Label };

/**
 * The labels of each labelled object schema, by its definition: a copy made by
 * `.describe()` shares it, and keeps the labels. Kept apart from zod's metadata: in the
 * JSON Schema a label map would read as keywords (a field named `id` as a schema id).
 */
const LABELS = new WeakMap<object, Readonly<Record<string, Label>>>();

/**
 * Gives an object schema the labels of its fields, for the messages and locations of
 * {@link validate}, and for {@link fieldLabelsOf}.
 *
 * @param schema - an object schema, refined or not
 * @param labels - one {@link Label} per field of its input
 * @returns the same schema, labelled
 * @category Validation
 * @example
 * ```ts
 * import * as z from "zod";
 * import { fieldLabelsOf, labelFields } from "antt";
 * const Schema = labelFields(z.strictObject({ lenses: z.number() }), {
 *   lenses: { vi: "Số mắt camera", en: "Lenses" },
 * });
 * fieldLabelsOf(Schema)?.["lenses"]?.vi; // "Số mắt camera"
 * ```
 */
export function labelFields<S extends z.ZodType>(schema: S, labels: FieldLabels<z.input<S>>): S {
  LABELS.set(schema._zod.def, labels as Readonly<Record<string, Label>>);
  return schema;
}

/** The schema a wrapper (optional, default, pipe, lazy...) holds, or undefined. */
function innerOf(schema: z.ZodType): z.ZodType | undefined {
  const def = schema._zod.def as unknown as {
    type: string;
    innerType?: z.ZodType;
    in?: z.ZodType;
    getter?: () => z.ZodType;
  };
  if (def.innerType) return def.innerType;
  if (def.type === "pipe") return def.in;
  if (def.type === "lazy" && def.getter) return def.getter();
  return undefined;
}

/**
 * The labels of an object schema's fields, given with {@link labelFields}: looked up
 * through wrappers such as `.optional()`; undefined for a schema without them.
 *
 * @param schema - a record schema of the library, such as `CameraPointSchema`
 * @returns the labels by field name
 * @category Validation
 * @example
 * ```ts
 * import { CameraPointSchema, fieldLabelsOf } from "antt";
 * fieldLabelsOf(CameraPointSchema)?.["lenses"]?.vi; // "Số mắt camera"
 * ```
 */
export function fieldLabelsOf(schema: z.ZodType): Readonly<Record<string, Label>> | undefined {
  return throughWrappers(schema, (s) => LABELS.get(s._zod.def));
}

/** The first answer `find` gives for a schema or a schema it wraps (optional, default...). */
export function throughWrappers<T>(
  schema: z.ZodType | undefined,
  find: (schema: z.ZodType) => T | undefined,
): T | undefined {
  for (let s = schema, depth = 0; s && depth < 16; depth++) {
    const found = find(s);
    if (found !== undefined) return found;
    s = innerOf(s);
  }
  return undefined;
}

/** What a step of a path leads to inside a schema. */
export interface SchemaStep {
  /** The schema the step leads to, when it could be followed. */
  readonly schema: z.ZodType | undefined;
  /** The label of the field the step names, when the object labels it. */
  readonly label: Label | undefined;
}

/** The object schemas a schema may be, through wrappers and unions. */
function objectsOf(schema: z.ZodType, out: z.ZodType[], depth = 0): z.ZodType[] {
  if (depth > 16) return out;
  const def = schema._zod.def as unknown as {
    type: string;
    options?: z.ZodType[];
    left?: z.ZodType;
    right?: z.ZodType;
  };
  if (def.type === "object") {
    out.push(schema);
    return out;
  }
  if (def.type === "union" && def.options) {
    for (const option of def.options) objectsOf(option, out, depth + 1);
    return out;
  }
  if (def.type === "intersection" && def.left && def.right) {
    objectsOf(def.left, out, depth + 1);
    objectsOf(def.right, out, depth + 1);
    return out;
  }
  const inner = innerOf(schema);
  if (inner) objectsOf(inner, out, depth + 1);
  return out;
}

/**
 * The field names an object schema knows at a path of the input (for a union, those of
 * every option), or an empty list where the path leads to no object.
 */
export function knownFields(
  root: z.ZodType,
  path: readonly PropertyKey[],
  input?: unknown,
): string[] {
  const at = schemaAt(root, path, input);
  if (!at) return [];
  const keys = new Set<string>();
  // A map keyed by a code list knows the codes.
  const codes = throughWrappers(at, (s) => {
    const def = s._zod.def as unknown as { type: string; keyType?: z.ZodType };
    if (def.type !== "record" || !def.keyType) return undefined;
    return (def.keyType._zod.def as unknown as { entries?: Record<string, string> }).entries ?? {};
  });
  for (const value of Object.values(codes ?? {})) keys.add(value);
  for (const object of objectsOf(at, [])) {
    const shape = (object._zod.def as unknown as { shape: Record<string, unknown> }).shape;
    for (const key of Object.keys(shape)) keys.add(key);
  }
  return [...keys];
}

/** Follows one key of a path from a schema: a field of an object, an item of a list. */
function step(schema: z.ZodType, key: PropertyKey, input: unknown): SchemaStep {
  let s: z.ZodType | undefined = schema;
  for (let depth = 0; s && depth < 16; depth++) {
    const def = s._zod.def as unknown as {
      type: string;
      element?: z.ZodType;
      valueType?: z.ZodType;
      items?: z.ZodType[];
      rest?: z.ZodType;
    };
    if (def.type === "array") return { schema: def.element, label: undefined };
    if (def.type === "record") return { schema: def.valueType, label: undefined };
    if (def.type === "tuple" && typeof key === "number") {
      return { schema: def.items?.[key] ?? def.rest, label: undefined };
    }
    if (def.type === "object" || def.type === "union" || def.type === "intersection") {
      // A union's option is the one whose discriminator matches the input, or else the
      // first that has the field.
      const objects = objectsOf(s, []);
      const chosen =
        objects.length === 1
          ? hasField(objects[0] as z.ZodType, key)
            ? objects[0]
            : undefined
          : (objects.find((o) => matches(o, input) && hasField(o, key)) ??
            objects.find((o) => hasField(o, key)));
      if (!chosen) return { schema: undefined, label: undefined };
      const shape = (chosen._zod.def as unknown as { shape: Record<string, z.ZodType> }).shape;
      const name = String(key);
      // Labels given on the object, or on a wrapper of it (`.optional()` labelled).
      return {
        schema: shape[name],
        label: fieldLabelsOf(chosen)?.[name] ?? fieldLabelsOf(s)?.[name],
      };
    }
    s = innerOf(s);
  }
  return { schema: undefined, label: undefined };
}

function hasField(object: z.ZodType, key: PropertyKey): boolean {
  const shape = (object._zod.def as unknown as { shape: Record<string, unknown> }).shape;
  return Object.hasOwn(shape, String(key));
}

/** Whether an object schema's literal fields (a discriminator) match the input's. */
function matches(object: z.ZodType, input: unknown): boolean {
  if (typeof input !== "object" || input === null) return true;
  const shape = (object._zod.def as unknown as { shape: Record<string, z.ZodType> }).shape;
  for (const [key, field] of Object.entries(shape)) {
    const def = field._zod.def as unknown as { type: string; values?: unknown[] };
    if (def.type !== "literal" || !def.values) continue;
    if (!def.values.includes((input as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** The schema a path of the input leads to, or undefined where it cannot be followed. */
export function schemaAt(
  root: z.ZodType,
  path: readonly PropertyKey[],
  input?: unknown,
): z.ZodType | undefined {
  let schema: z.ZodType | undefined = root;
  let value = input;
  for (const key of path) {
    if (!schema) return undefined;
    schema = step(schema, key, value).schema;
    value = valueAt(value, key);
  }
  return schema;
}

function valueAt(value: unknown, key: PropertyKey): unknown {
  if (typeof value !== "object" || value === null) return undefined;
  return (value as Record<PropertyKey, unknown>)[key];
}

/**
 * The labels met along a path of the input, one per step that names a labelled field or
 * an item of a list: what {@link locationOf} writes out.
 */
export function labelsAlong(
  root: z.ZodType,
  path: readonly PropertyKey[],
  input?: unknown,
): ({ readonly label: Label } | { readonly item: number })[] {
  const out: ({ readonly label: Label } | { readonly item: number })[] = [];
  let schema: z.ZodType | undefined = root;
  let value = input;
  for (const key of path) {
    if (typeof key === "number") {
      out.push({ item: key });
    }
    const next: SchemaStep = schema
      ? step(schema, key, value)
      : { schema: undefined, label: undefined };
    if (typeof key !== "number") {
      // A key without a label is named as written: an unknown key is input, shown safely.
      const written = shownKey(String(key));
      out.push({ label: next.label ?? { vi: written, en: written } });
    }
    schema = next.schema;
    value = valueAt(value, key);
  }
  return out;
}

/**
 * Where a path of the input is, in words people know: the labels of the fields along it,
 * each item of a list by its ordinal ("Điểm camera thứ 4, Nguồn kinh phí thứ 1, Số tiền").
 *
 * @param root - the schema the input was checked with
 * @param path - a path of an {@link Issue}
 * @param input - the input, to follow the right option of a union
 * @returns the location in Vietnamese and English; empty strings for the root
 * @category Validation
 * @example
 * ```ts
 * import { DatasetSchema, locationOf } from "antt";
 * locationOf(DatasetSchema, ["cameras", 3, "funding", 0, "amount"]).vi;
 * // "Điểm camera thứ 4, Nguồn kinh phí thứ 1, Số tiền"
 * ```
 */
export function locationOf(root: z.ZodType, path: readonly PropertyKey[], input?: unknown): Label {
  const steps = labelsAlong(root, path, input);
  const vi: string[] = [];
  const en: string[] = [];
  for (const s of steps) {
    if ("item" in s) {
      // An item of a list names the list's label with its ordinal, counted from 1.
      const last = vi.length - 1;
      if (last >= 0) {
        vi[last] = `${vi[last]} thứ ${s.item + 1}`;
        en[last] = `${en[last]} ${s.item + 1}`;
      } else {
        vi.push(`Mục thứ ${s.item + 1}`);
        en.push(`Item ${s.item + 1}`);
      }
    } else {
      vi.push(s.label.vi);
      en.push(s.label.en);
    }
  }
  return { vi: vi.join(", "), en: en.join(", ") };
}

/**
 * A location inside another: a record's own issue ("Số tiền") inside the record
 * ("Điểm camera thứ 4"), without walking the outer path again.
 */
export function within(outer: Label, inner: Label | undefined): Label {
  if (!inner || inner.vi === "") return outer;
  if (outer.vi === "") return inner;
  return { vi: `${outer.vi}, ${inner.vi}`, en: `${outer.en}, ${inner.en}` };
}
