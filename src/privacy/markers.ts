// Reads the personal-data markers (`x-personal-data`) off a schema: where in a record each
// marked field is, and of which kind. The schemas are the one source; nothing here lists
// fields by hand, so a field marked tomorrow is found, listed and redacted with no change here.
import { PERSONAL_DATA_KEY, type PersonalDataKind } from "../core/index.js";

/**
 * A field of a record schema that holds personal data: its path in the record, with `"*"`
 * for every item of an array (`["households", "*", "phone"]`), its kind, and whether a
 * record may leave it out (a redacted copy then drops it rather than replace it).
 *
 * @category Personal data
 * @example
 * ```ts
 * import type { PersonalDataField } from "antt/privacy";
 * const phone: PersonalDataField = {
 *   path: ["households", "*", "phone"],
 *   kind: "basic",
 *   optional: true,
 * };
 * ```
 */
export interface PersonalDataField {
  /** From the record to the field; `"*"` stands for any item of an array. */
  readonly path: readonly string[];
  /** Basic or sensitive personal data. */
  readonly kind: PersonalDataKind;
  /** Whether a record may leave the field out. */
  readonly optional: boolean;
}

/**
 * A zod schema as this module reads it: its definition and metadata, and no more. Typed by
 * shape so that this module stays on the zod-free side of the zod line.
 */
type ZodType = {
  readonly _zod: { readonly def: unknown; readonly optin?: string };
  meta?(): Record<string, unknown> | undefined;
};

interface Def {
  readonly type: string;
  readonly innerType?: ZodType;
  readonly in?: ZodType;
  readonly shape?: Readonly<Record<string, ZodType>>;
  readonly element?: ZodType;
  readonly options?: readonly ZodType[];
  readonly left?: ZodType;
  readonly right?: ZodType;
}

/** Wrappers whose inner schema describes the same value. */
const WRAPPERS = new Set([
  "optional",
  "nonoptional",
  "default",
  "prefault",
  "nullable",
  "readonly",
  "catch",
]);

/** The kind a schema is marked with, or undefined. */
function markOf(schema: ZodType): PersonalDataKind | undefined {
  const meta = schema.meta?.();
  const kind = meta?.[PERSONAL_DATA_KEY];
  return kind === "basic" || kind === "sensitive" ? kind : undefined;
}

function acceptsAbsence(schema: ZodType): boolean {
  return schema._zod.optin === "optional";
}

function walk(
  schema: ZodType,
  path: readonly string[],
  out: Map<string, PersonalDataField>,
  depth: number,
  optional = false,
): void {
  if (depth > 32) return;
  const absent = optional || acceptsAbsence(schema);
  const kind = markOf(schema);
  if (kind !== undefined) {
    const key = `${path.join("\u0000")}\u0001${kind}`;
    if (!out.has(key)) out.set(key, { path, kind, optional: absent });
    return;
  }
  const def = schema._zod.def as unknown as Def;
  if (WRAPPERS.has(def.type) && def.innerType) {
    walk(def.innerType, path, out, depth + 1, absent);
  } else if (def.type === "pipe" && def.in) {
    walk(def.in, path, out, depth + 1, absent);
  } else if (def.type === "object" && def.shape) {
    for (const [name, field] of Object.entries(def.shape)) {
      walk(field, [...path, name], out, depth + 1);
    }
  } else if (def.type === "array" && def.element) {
    // A list of marked items (licence plates, say) is marked as a whole.
    const items = markOf(def.element);
    if (items !== undefined) {
      const key = `${path.join("\u0000")}\u0001${items}`;
      if (!out.has(key)) out.set(key, { path, kind: items, optional: absent });
    } else {
      walk(def.element, [...path, "*"], out, depth + 1);
    }
  } else if (def.type === "union" && def.options) {
    for (const option of def.options) walk(option, path, out, depth + 1);
  } else if (def.type === "intersection" && def.left && def.right) {
    walk(def.left, path, out, depth + 1);
    walk(def.right, path, out, depth + 1);
  }
}

const CACHE = new WeakMap<object, readonly PersonalDataField[]>();

/**
 * The fields of a record schema that hold personal data, read from their
 * `x-personal-data` markers.
 *
 * @description The walk goes through objects, arrays, unions (each kind of activity),
 * intersections and wrappers such as `.optional()`; a marked field is not walked into (the
 * whole value is personal data). The answer for a schema is computed once.
 *
 * @param schema - a record schema of the library, such as `TeamSchema`
 * @returns the marked fields, in the order of the schema
 * @category Personal data
 * @example
 * ```ts
 * import { TeamSchema } from "antt";
 * import { personalDataFieldsOf } from "antt/privacy";
 * personalDataFieldsOf(TeamSchema).map((field) => field.path.join("."));
 * // ["households.*.headName", "households.*.address", "households.*.phone", "members.*.name", "members.*.phone"]
 * ```
 */
export function personalDataFieldsOf(schema: {
  readonly _zod: { readonly def: unknown };
}): readonly PersonalDataField[] {
  const key = schema._zod.def as object;
  const cached = CACHE.get(key);
  if (cached) return cached;
  const out = new Map<string, PersonalDataField>();
  walk(schema as ZodType, [], out, 0);
  const fields = [...out.values()];
  CACHE.set(key, fields);
  return fields;
}

/** One place in a value where a marked field holds something. */
export interface Occurrence {
  /** The concrete path, array items by index. */
  readonly path: readonly (string | number)[];
  /** The object that holds the field. */
  readonly holder: Record<string, unknown>;
  /** The field's name in its holder. */
  readonly key: string;
  /** The objects from the record down to the holder, the record first. */
  readonly ancestors: readonly Record<string, unknown>[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Every place in `record` that `field` reaches and that holds a value. */
export function occurrences(record: unknown, field: PersonalDataField): Occurrence[] {
  const out: Occurrence[] = [];
  const visit = (
    value: unknown,
    step: number,
    path: (string | number)[],
    ancestors: Record<string, unknown>[],
  ): void => {
    const name = field.path[step] as string;
    const last = step === field.path.length - 1;
    if (name === "*") {
      if (!Array.isArray(value)) return;
      // A marked list is marked as a whole (see walk), so "*" is never the last step.
      if (last) return;
      value.forEach((item, index) => {
        visit(item, step + 1, [...path, index], ancestors);
      });
      return;
    }
    if (!isObject(value) || !Object.hasOwn(value, name)) return;
    const next = value[name];
    if (next === undefined) return;
    const chain = [...ancestors, value];
    if (last) {
      out.push({ path: [...path, name], holder: value, key: name, ancestors: chain });
      return;
    }
    visit(next, step + 1, [...path, name], chain);
  };
  if (field.path.length > 0) visit(record, 0, [], []);
  return out;
}
