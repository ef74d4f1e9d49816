// The suite every code list shares: its labels, its codes and the enum built from them.
// Test-only: nothing in src/ imports this.
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { type Label, type Locale, label } from "../../src/core/index.js";

/**
 * One code list: its name in the tests' names (such as `owner kind` or `ModelKindSchema`), the
 * labels it is written as and the enum `codeList` builds from them.
 */
export type CodeList = [name: string, labels: Record<string, Label>, schema: z.ZodEnum];

/** What the suite checks of each list, one test a check unless two are given one name. */
export type CodeListCheck = "codes" | "rejects" | "labels" | "kebab" | "distinct" | "jsonSchema";

const CHECK_NAMES: Record<CodeListCheck, string> = {
  codes: "has exactly the codes of its labels, in their order",
  rejects: "rejects a code that is not in the list",
  labels: "labels every code in Vietnamese and English",
  kebab: "uses stable kebab-case codes",
  distinct: "gives each code its own Vietnamese label",
  jsonSchema: "carries its labels as metadata for JSON Schema",
};

/**
 * Names that fold the checks of codes into one test, named `codes` (the codes of the labels
 * and no other), and the checks of labels into another, named `labels` (both labels of each
 * code, and kebab-case codes).
 */
export function foldedCodeListNames(
  codes: string,
  labels: string,
): Record<"codes" | "rejects" | "labels" | "kebab", string> {
  return { codes, rejects: codes, labels, kebab: labels };
}

/**
 * Names that fold the checks of codes and labels into two tests, "is exactly the codes its
 * schema accepts" and "has kebab-case codes with Vietnamese and English labels", as the lists
 * of models and teams have them.
 */
export const FOLDED_CODE_LIST_NAMES = foldedCodeListNames(
  "is exactly the codes its schema accepts",
  "has kebab-case codes with Vietnamese and English labels",
);

/** The name of the folded check of codes of the lists of activities and funding. */
export const ACCEPTS_EXACTLY_THE_CODES = "accepts exactly the codes that have labels";

/**
 * Checks the labels some codes of a list read as, in Vietnamese unless another locale is given:
 * `label(labels, code, locale)` is the text given for each code.
 */
export function expectLabels<C extends string>(
  labels: Record<C, Label>,
  expected: Partial<Record<NoInfer<C>, string>>,
  locale: Locale = "vi",
): void {
  for (const [code, text] of Object.entries(expected)) {
    expect(label(labels, code, locale), code).toBe(text);
  }
}

/** Lower-case kebab-case that starts with a letter, as codes are written. */
export const KEBAB_CODE = /^[a-z]+(?:-[a-z0-9]+)*$/;

/** Kebab-case of letters only. */
export const KEBAB_LETTERS = /^[a-z]+(?:-[a-z]+)*$/;

type Check = (labels: Record<string, Label>, schema: z.ZodEnum, codePattern: RegExp) => void;

const CHECKS: Record<CodeListCheck, Check> = {
  codes: (labels, schema) => {
    expect(schema.options).toEqual(Object.keys(labels));
    for (const code of schema.options) expect(schema.parse(code)).toBe(code);
  },
  rejects: (_, schema) => {
    expect(schema.safeParse("not-a-code").success).toBe(false);
  },
  labels: (labels) => {
    for (const [code, { vi, en }] of Object.entries(labels)) {
      expect(vi.trim()).not.toBe("");
      expect(en.trim()).not.toBe("");
      expect(label(labels, code)).toBe(vi);
      expect(label(labels, code, "en")).toBe(en);
      expect(vi).not.toBe(code);
    }
  },
  kebab: (labels, _, codePattern) => {
    for (const code of Object.keys(labels)) expect(code).toMatch(codePattern);
  },
  distinct: (labels) => {
    const vi = Object.values(labels).map((entry) => entry.vi);
    expect(new Set(vi).size).toBe(vi.length);
  },
  jsonSchema: (labels, schema) => {
    expect(schema.meta()?.["x-labels"]).toEqual(labels);
    expect(schema.meta()?.description).toBeTruthy();
    const json = z.toJSONSchema(schema) as { enum?: unknown; "x-labels"?: unknown };
    expect(json.enum).toEqual(Object.keys(labels));
    expect(json["x-labels"]).toEqual(labels);
  },
};

/** What `describeCodeLists` needs to know of a domain's code lists. */
export interface CodeListsSpec {
  lists: readonly CodeList[];
  /**
   * The title of each list's own block, `%s` standing for its name ("the camera %s code
   * list"). Without it, the tests stand in the enclosing block, each named after its list:
   * "ModelKindSchema has exactly the codes of its labels, in their order".
   */
  each?: string;
  /** The tests' names, where they are not the default ones; checks given one name are one test. */
  names?: Partial<Record<CodeListCheck, string>>;
  /** What every code matches; by default {@link KEBAB_CODE}. */
  codePattern?: RegExp;
}

/**
 * Declares the tests of a domain's code lists: each list's enum has exactly the codes of its
 * labels, in their order, and refuses another; every code has a Vietnamese and an English
 * label (its own Vietnamese one), is written in kebab-case, and JSON Schema carries the labels.
 */
export function describeCodeLists(spec: CodeListsSpec): void {
  const codePattern = spec.codePattern ?? KEBAB_CODE;
  const tests = new Map<string, CodeListCheck[]>();
  for (const check of Object.keys(CHECK_NAMES) as CodeListCheck[]) {
    const name = spec.names?.[check] ?? CHECK_NAMES[check];
    tests.set(name, [...(tests.get(name) ?? []), check]);
  }
  const run = (
    checks: readonly CodeListCheck[],
    labels: Record<string, Label>,
    schema: z.ZodEnum,
  ) => {
    for (const check of checks) CHECKS[check](labels, schema, codePattern);
  };

  if (spec.each === undefined) {
    for (const [name, checks] of tests) {
      it.each(spec.lists)(`%s ${name}`, (_, labels, schema) => run(checks, labels, schema));
    }
    return;
  }
  describe.each(spec.lists)(spec.each, (_, labels, schema) => {
    for (const [name, checks] of tests) it(name, () => run(checks, labels, schema));
  });
}
