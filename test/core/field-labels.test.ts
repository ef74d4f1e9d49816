// Every field of every record has a Vietnamese and English label: every object schema the
// package exports, and every object inside one (a funding line, a clarification), is
// labelled, each of its fields, with text that reads as a label.
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { fieldLabelsOf } from "../../src/core/index.js";
import * as antt from "../../src/index.js";
import * as submissions from "../../src/submissions/index.js";

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
}

/** Every object schema reachable from a schema, with the path that reaches it. */
function objects(schema: z.ZodType, at: string, out: Map<z.ZodType, string>, depth = 0): void {
  if (depth > 20) return;
  const def = schema._zod.def as unknown as Def;
  const next = (s: z.ZodType | undefined, where = at) => s && objects(s, where, out, depth + 1);
  if (def.type === "object" && def.shape) {
    if (out.has(schema)) return;
    out.set(schema, at);
    for (const [key, field] of Object.entries(def.shape)) next(field, `${at}.${key}`);
    return;
  }
  next(def.element);
  next(def.innerType);
  next(def.in);
  next(def.valueType);
  next(def.left);
  next(def.right);
  for (const option of def.options ?? []) next(option);
}

describe("field labels", () => {
  const found = new Map<z.ZodType, string>();
  for (const [name, value] of Object.entries({ ...antt, ...submissions })) {
    if (!name.endsWith("Schema") || typeof value !== "object" || value === null) continue;
    objects(value as z.ZodType, name, found);
  }

  it("finds the record schemas and the objects inside them", () => {
    expect(found.size).toBeGreaterThan(40);
  });

  it("labels every field of every object, in both languages", () => {
    const missing: string[] = [];
    for (const [schema, at] of found) {
      const shape = (schema._zod.def as unknown as Def).shape ?? {};
      const labels = fieldLabelsOf(schema);
      for (const key of Object.keys(shape)) {
        const label = labels?.[key];
        if (!label || label.vi.trim() === "" || label.en.trim() === "")
          missing.push(`${at}.${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("writes labels as labels: short, no trailing punctuation, no English in the Vietnamese", () => {
    for (const [schema, at] of found) {
      for (const [key, label] of Object.entries(fieldLabelsOf(schema) ?? {})) {
        for (const text of [label.vi, label.en]) {
          expect(text.length, `${at}.${key}`).toBeLessThanOrEqual(48);
          expect(text, `${at}.${key}`).not.toMatch(/[.:;,]$/);
        }
        expect(label.vi, `${at}.${key}`).not.toMatch(
          /\b(string|number|int|boolean|array|object|undefined|null)\b/,
        );
      }
    }
  });
});
