// The library's messages for zod's checks, written for the people who fix the data: every
// kind of issue the schemas can raise reads as Vietnamese (and English) with no English type
// names and no holes, names the field by its label, and says where it is in words.
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { locationOf, validate } from "../../src/core/index.js";
import { validateDataset } from "../../src/dataset/index.js";
import * as antt from "../../src/index.js";
import { CameraPointSchema, DatasetSchema } from "../../src/index.js";
import { loadFixtures } from "../support/fixtures.js";

const ENGLISH_TYPES = /\b(string|number|int|boolean|array|object|undefined|null)\b/;
const HOLES = /\$\{|\{\{|\bundefined\b|\bNaN\b|\[object|\bfunction\b/;

/** What a message must be, in both languages. */
function readsWell(message: { en: string; vi: string }): void {
  expect(message.vi).not.toMatch(ENGLISH_TYPES);
  expect(message.vi).not.toMatch(HOLES);
  expect(message.en).not.toMatch(HOLES);
  expect(message.vi.length).toBeGreaterThan(5);
  expect(message.en.length).toBeGreaterThan(5);
}

const labelled = z.strictObject({
  text: z.string().min(3).max(5),
  whole: z.number().int().min(1).max(1000),
  between: z.number().gt(0).lt(10),
  yes: z.boolean(),
  list: z.array(z.string()).min(1).max(2),
  day: z.iso.date(),
  instant: z.iso.datetime({ offset: true }),
  step: z.number().multipleOf(5),
  code: z.enum(["household", "public"]),
  exact: z.literal("v1"),
  nested: z.strictObject({ amount: z.number() }),
  map: z.record(z.string().min(2), z.number()),
  byCode: z.partialRecord(z.enum(["theft", "fire"]), z.number()),
  either: z.union([z.string(), z.number()]),
  kind: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("a") }),
    z.strictObject({ kind: z.literal("b") }),
  ]),
});

describe("messages for zod's checks", () => {
  it("words every kind of issue in Vietnamese and English, without type names or holes", () => {
    const result = validate(labelled, {
      text: 7,
      whole: 1.5,
      between: 0,
      yes: "có",
      list: [],
      day: "2024-02-30",
      instant: "2024-03-07 22:15",
      step: 7,
      code: "hộ gia đinh",
      exact: "v2",
      nested: { amount: "5", amout: 5 },
      map: { c: 1 },
      byCode: { thef: 1 },
      either: true,
      kind: { kind: "c" },
      extra: 1,
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    const codes = new Set(result.issues.map((i) => i.code));
    for (const code of [
      "invalid_type",
      "too_small",
      "invalid_format",
      "not_multiple_of",
      "invalid_value",
      "unrecognized_keys",
      "invalid_union",
      "invalid_key",
    ]) {
      expect(codes, code).toContain(code);
    }
    for (const issue of result.issues) readsWell(issue.message);
    // A map keyed by a code list knows its codes.
    expect(result.issues.find((i) => i.path.join(".") === "byCode.thef")?.suggestion).toBe("theft");
  });

  it("words sizes and bounds the Vietnamese way", () => {
    const big = validate(z.number().max(1_000_000), 1_234_567.5);
    expect(big.success ? "" : big.issues[0]?.message.vi).toBe(
      "Giá trị phải không quá 1.000.000 (đã ghi 1.234.567,5)",
    );
    const fraction = validate(z.number().int(), 1.5);
    expect(fraction.success ? "" : fraction.issues[0]?.message.vi).toBe(
      "Giá trị phải là số nguyên, không được là 1,5",
    );
    const short = validate(z.string().min(1), "");
    expect(short.success ? "" : short.issues[0]?.message.vi).toBe(
      'Giá trị không được để trống (đã ghi "")',
    );
  });

  it("names the field by its label and says where it is", () => {
    const result = validate(DatasetSchema, {
      schemaVersion: "1.0",
      cameras: [
        {
          id: "cam-1",
          unitCode: "15532",
          ownerKind: "household",
          installedOn: "2024-01-05",
          connectedToDutyRoom: true,
          sharingTier: "live-view",
          coverage: ["road"],
          status: "active",
          funding: [{ source: "households", amount: 1.5 }],
        },
      ],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    const issue = result.issues.find((i) => i.path.join(".") === "cameras.0.funding.0.amount");
    expect(issue?.location?.vi).toMatch(/^Điểm camera thứ 1, .+ thứ 1, Số tiền$/);
    expect(issue?.message.vi).toMatch(/^Số tiền phải là số nguyên/);
  });

  it("reports each unknown field at its own path, with the closest known field", () => {
    const result = validate(CameraPointSchema, {
      id: "cam-1",
      unitCode: "15532",
      ownerKind: "household",
      installedOn: "2024-01-05",
      connectedToDutyRom: true,
      sharingTier: "live-view",
      coverage: ["road"],
      status: "active",
      nonsense: 1,
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    const typo = result.issues.find((i) => i.path.join(".") === "connectedToDutyRom");
    expect(typo?.code).toBe("unrecognized_keys");
    expect(typo?.suggestion).toBe("connectedToDutyRoom");
    expect(typo?.message.vi).toContain('có phải là "connectedToDutyRoom"');
    const other = result.issues.find((i) => i.path.join(".") === "nonsense");
    expect(other?.suggestion).toBeUndefined();
    expect(other?.message.vi).toContain("ext");
  });

  it("names an unknown key as written, its hidden characters written out, in the location too", () => {
    const result = validate(CameraPointSchema, { "\u202Eevil": 1 });
    expect(result.success).toBe(false);
    if (result.success) return;
    const issue = result.issues.find((i) => i.code === "unrecognized_keys");
    expect(issue?.location?.vi).toBe("\\u202eevil");
    expect(issue?.message.vi).not.toContain("\u202E");
  });

  it("locates a record's issue in a dataset as the whole path reads, whichever reader made it", () => {
    const input = {
      schemaVersion: "1.0",
      activities: [{ kind: "patrol", id: "p-1", unitCode: "15532", participants: -1, extra: 1 }],
    };
    const result = validateDataset(input);
    expect(result.success).toBe(false);
    for (const issue of result.issues) {
      expect(issue.location, issue.path.join(".")).toEqual(
        locationOf(DatasetSchema, issue.path, input),
      );
    }
  });

  it("suggests the code a value outside a code list was meant to be, by its label", () => {
    for (const written of ["hộ gia đinh", "Ho gia dinh", "housheold", "HOUSEHOLD"]) {
      const result = validate(CameraPointSchema.shape.ownerKind, written);
      expect(result.success ? undefined : result.issues[0]?.suggestion, written).toBe("household");
    }
    const far = validate(CameraPointSchema.shape.ownerKind, "xyz");
    expect(far.success ? "?" : far.issues[0]?.suggestion).toBeUndefined();
  });

  it("says a required field is missing rather than that it has the wrong type", () => {
    const result = validate(CameraPointSchema, {});
    expect(result.success).toBe(false);
    if (result.success) return;
    const unit = result.issues.find((i) => i.path.join(".") === "unitCode");
    expect(unit?.message.vi).toMatch(/^Thiếu .+: trường này bắt buộc$/);
    for (const issue of result.issues) readsWell(issue.message);
  });

  it("reads well on every bad record of the fixture corpus", () => {
    const schemas = antt as unknown as Record<string, z.ZodType>;
    for (const fixture of loadFixtures("invalid")) {
      const result = validate(schemas[fixture.schema] as z.ZodType, fixture.input);
      expect(result.success, fixture.name).toBe(false);
      if (result.success) continue;
      for (const issue of result.issues) readsWell(issue.message);
    }
  });
});
