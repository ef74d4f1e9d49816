import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import * as z from "zod";
import { portablePattern } from "../../src/index.js";
import { findPythonJsonSchema, type PythonCase } from "./validators.js";

const END = "(?![\\s\\S])";

describe("portablePattern", () => {
  it("takes and gives a regex source", () => {
    expectTypeOf(portablePattern).toEqualTypeOf<(pattern: string) => string>();
  });

  it.each([
    ["\\d", "[0-9]"],
    ["\\D", "[^0-9]"],
    ["\\w", "[A-Za-z0-9_]"],
    ["\\W", "[^A-Za-z0-9_]"],
    ["[\\d.]", "[0-9.]"],
    ["[^\\d\\w]", "[^0-9A-Za-z0-9_]"],
    ["\\p{Cc}", "[\\u0000-\\u001f\\u007f-\\u009f]"],
    ["\\P{Cc}", "[^\\u0000-\\u001f\\u007f-\\u009f]"],
    ["[^\\p{Cc}\\u2028]", "[^\\u0000-\\u001f\\u007f-\\u009f\\u2028]"],
    ["\\p{Control}", "[\\u0000-\\u001f\\u007f-\\u009f]"],
  ])("spells the set %s as %s, with ASCII digits and letters only", (pattern, expected) => {
    expect(portablePattern(pattern)).toBe(expected);
  });

  it("spells \\s and \\S as JavaScript's listed white space", () => {
    const space =
      "\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";
    expect(portablePattern("\\s")).toBe(`[${space}]`);
    expect(portablePattern("\\S")).toBe(`[^${space}]`);
    expect(portablePattern("[,\\s]")).toBe(`[,${space}]`);
  });

  it.each([
    ["^\\d{5}$", `^[0-9]{5}${END}`],
    ["^(?!(?:__proto__)$)[a-z]+$", `^(?!(?:__proto__)${END})[a-z]+${END}`],
    ["^$|^a$", `^${END}|^a${END}`],
    ["^a\\$$", `^a\\$${END}`],
  ])("makes every bare $ the end of the input: %s", (pattern, expected) => {
    expect(portablePattern(pattern)).toBe(expected);
  });

  it.each([
    ["^[$]+", "^[$]+"],
    ["^[^$.]$", `^[^$.]${END}`],
    ["^\\$\\.\\d", "^\\$\\.[0-9]"],
    ["^[\\]$]", "^[\\]$]"],
    ["\\[\\d\\]$", `\\[[0-9]\\]${END}`],
    ["^\\\\d$", `^\\\\d${END}`],
    ["[\\b]", "[\\b]"],
    ["^\\u0041\\x41\\t\\/\\-$", `^\\u0041\\x41\\t\\/\\-${END}`],
    ["^(a|b)\\1$", `^(a|b)\\1${END}`],
    ["[\\s\\S]*", "[\\s\\S]*"],
  ])("keeps escapes and what is inside a class: %s", (pattern, expected) => {
    expect(portablePattern(pattern)).toBe(expected);
  });

  it("makes a bare . leave out JavaScript's line terminators, and keeps \\. and [.]", () => {
    expect(portablePattern("^a.c$")).toBe(`^a[^\\n\\r\\u2028\\u2029]c${END}`);
    expect(portablePattern("^a\\.[.]$")).toBe(`^a\\.[.]${END}`);
  });

  it.each([
    ["\\b", /word boundary \\b/],
    ["a\\Bb", /word boundary \\B/],
    ["[\\D]", /\\D inside a character class/],
    ["[a\\W]", /\\W inside a character class/],
    ["[^\\S]", /\\S inside a character class/],
    ["[\\P{Cc}]", /\\P inside a character class/],
    ["\\p{L}", /Unicode property \\p\{L\}/],
    ["\\p{Cf}", /Unicode property \\p\{Cf\}/],
    ["\\pL", /Unicode property \\p\{\}/],
    ["[]", /empty character class/],
    ["a[^]", /empty character class/],
    ["a\\", /trailing backslash/],
  ])("refuses %s, which no spelling makes JavaScript and Python read alike", (pattern, message) => {
    expect(() => portablePattern(pattern)).toThrow(SyntaxError);
    expect(() => portablePattern(pattern)).toThrow(message);
  });
});

/** The patterns zod writes for its string formats, and some written by hand. */
const zodPatterns = Object.entries({
  date: z.iso.date(),
  datetime: z.iso.datetime({ offset: true, local: true }),
  time: z.iso.time(),
  duration: z.iso.duration(),
  email: z.email(),
  e164: z.e164(),
  base64: z.base64(),
  hostname: z.hostname(),
  mac: z.mac(),
}).map(([name, schema]) => {
  const pattern = (z.toJSONSchema(schema) as { pattern?: string }).pattern;
  if (pattern === undefined) throw new Error(`zod wrote no pattern for ${name}`);
  return pattern;
});
const handPatterns = [
  "^(?:\\d{2}|\\d{3}|\\d{5}|\\d{5}\\.[a-z0-9][a-z0-9_-]{0,39})$",
  "^(?!(?:__proto__|constructor|prototype)$)[A-Za-z0-9_.:-]{1,64}$",
  "^\\w+\\s\\S\\W.$",
  "^[\\d\\s]+$",
  "^[^\\d]*$",
  "^\\D+$",
  "^[^\\p{Cc}\\u2028\\u2029]*$",
  "^\\P{Cc}+$",
  "^a.c$",
  "\\d$",
];
const PATTERNS = [...zodPatterns, ...handPatterns];

/** Strings each pattern should accept, to spoil one character at a time. */
const SEEDS = [
  "2024-03-07",
  "2024-02-29T23:59:59.5+07:00",
  "23:59",
  "P1Y2M3DT4H",
  "nguyen.van.a@example.vn",
  "+84912345678",
  "QUJD",
  "camera.example.vn",
  "00:1a:2b:3c:4d:5e",
  "15532",
  "15532.thon-3",
  "cam-0001",
  "ab c!x",
  "2024",
  "abc",
  "",
];
/** Characters one engine or another reads in more than ASCII. */
const SPOILERS = [
  ..."0195aZ_-:.T+ @$\\",
  "٢",
  "２",
  "\n",
  "\r",
  "\r\n",
  "\t",
  "\u000b",
  "\u001c",
  "\u0085",
  "\u00a0",
  "\u2028",
  "\u3000",
  "\ufeff",
  "é",
  "ß",
  "\u{1f600}",
];

const spoiled = fc
  .tuple(
    fc.constantFrom(...SEEDS),
    fc.array(
      fc.record({ at: fc.nat(), char: fc.constantFrom(...SPOILERS), replace: fc.boolean() }),
      { maxLength: 2 },
    ),
  )
  .map(([seed, edits]) =>
    edits.reduce((text, { at, char, replace }) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + char + text.slice(replace ? i + 1 : i);
    }, seed),
  );
const STRINGS = [
  ...new Set([
    ...SEEDS,
    ...SEEDS.flatMap((s) => SPOILERS.map((c) => s + c)),
    ...fc.sample(spoiled, { seed: 20240307, numRuns: 400 }),
  ]),
];

describe("portablePattern keeps JavaScript's reading", () => {
  it.each(PATTERNS)("accepts what the original accepts: /%s/", (pattern) => {
    const before = new RegExp(pattern, "u");
    const after = new RegExp(portablePattern(pattern), "u");
    const differ = STRINGS.filter((s) => before.test(s) !== after.test(s));
    expect(differ).toEqual([]);
    // the seeds reach both sides of every pattern
    expect(STRINGS.some((s) => after.test(s))).toBe(true);
    expect(STRINGS.some((s) => !after.test(s))).toBe(true);
  });

  it.each(PATTERNS)("changes nothing on a second pass: /%s/", (pattern) => {
    const once = portablePattern(pattern);
    expect(portablePattern(once)).toBe(once);
  });

  it("keeps JavaScript's reading of random strings of the spoiling characters", () => {
    const compiled = PATTERNS.map((p) => [new RegExp(p, "u"), new RegExp(portablePattern(p), "u")]);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...SPOILERS), maxLength: 12 }), (s) =>
        compiled.every(([before, after]) => before?.test(s) === after?.test(s)),
      ),
    );
  });
});

describe("untrusted input: JSON Schema patterns read by Python's jsonschema", () => {
  const python = findPythonJsonSchema();
  const schemaOf = (pattern: string) => ({
    $schema: "https://json-schema.org/draft/2020-12/schema",
    type: "string",
    pattern,
  });

  it("accepts exactly what JavaScript accepts, with every pattern made portable", (ctx) => {
    if (python.python === undefined) return ctx.skip(python.reason);
    const schemas = Object.fromEntries(
      PATTERNS.map((p, i) => [`p${i}`, schemaOf(portablePattern(p))]),
    );
    const cases: PythonCase[] = PATTERNS.flatMap((_, i) =>
      STRINGS.map((input) => ({ schema: `p${i}`, input })),
    );
    const verdicts = python.verdicts(schemas, cases);
    const differ = cases.filter((c, i) => {
      const pattern = PATTERNS[Number(c.schema.slice(1))] as string;
      return new RegExp(pattern, "u").test(c.input as string) !== verdicts[i];
    });
    expect(differ).toEqual([]);
  });

  it("would accept Unicode digits and a final newline without it (the defect)", (ctx) => {
    if (python.python === undefined) return ctx.skip(python.reason);
    const cases = ["٢٠٢٤", "２０２４", "2024\n"].map((input) => ({ schema: "raw", input }));
    expect(python.verdicts({ raw: schemaOf("^\\d{4}$") }, cases)).toEqual([true, true, true]);
    expect(python.verdicts({ raw: schemaOf(portablePattern("^\\d{4}$")) }, cases)).toEqual([
      false,
      false,
      false,
    ]);
  });
});
