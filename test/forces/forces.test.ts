// The strength of the forces (lực lượng): the schema's dates from Law 30/2023/QH15, the
// latest count of each force in each unit, and the laws of the summary.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validate } from "../../src/core/index.js";
import { parsePeriod } from "../../src/core/period.js";
import { validateDataset } from "../../src/dataset/index.js";
import {
  FORCE_KIND_LABELS,
  type ForceKind,
  type ForceStrength,
  ForceStrengthSchema,
  forceSummary,
  summarizeForces,
} from "../../src/forces/index.js";
import { describeAggregatorLaws, SUMMARY_LAW_NAMES } from "../support/laws.js";

const count = (extra: Partial<ForceStrength> = {}): ForceStrength => ({
  id: "ll-1",
  unitCode: "20431",
  kind: "commune-police",
  countedOn: "2024-12-31",
  members: 17,
  ...extra,
});

describe("ForceStrengthSchema", () => {
  it("accepts a count of the commune police and of the grassroots force after 1 July 2024", () => {
    expect(ForceStrengthSchema.safeParse(count()).success).toBe(true);
    expect(
      ForceStrengthSchema.safeParse(
        count({ kind: "grassroots-protection", countedOn: "2024-07-01", teams: 4 }),
      ).success,
    ).toBe(true);
  });

  it("refuses the grassroots force counted before Law 30/2023 set it up", () => {
    const result = validate(
      ForceStrengthSchema,
      count({ kind: "grassroots-protection", countedOn: "2024-06-30" }),
    );
    expect(result.success).toBe(false);
    const issue = result.success ? undefined : result.issues[0];
    expect(issue?.code).toBe("force-before-law");
    expect(issue?.path).toEqual(["countedOn"]);
    expect(issue?.message.vi).toContain("01/07/2024");
    expect(issue?.message.en).toContain("1 July 2024");
  });

  it("refuses the ward protection force and part-time police counted after they ended", () => {
    for (const kind of ["ward-protection", "part-time-police"] as const) {
      const late = validate(ForceStrengthSchema, count({ kind, countedOn: "2024-07-01" }));
      expect(late.success ? [] : late.issues.map((i) => i.code)).toEqual(["force-after-law"]);
      expect(validate(ForceStrengthSchema, count({ kind, countedOn: "2024-06-30" })).success).toBe(
        true,
      );
    }
  });

  it("names the field of a count that is not whole, in both languages", () => {
    const result = validate(ForceStrengthSchema, { ...count(), members: -3 });
    expect(result.success).toBe(false);
    const issue = result.success ? undefined : result.issues[0];
    expect(issue?.path).toEqual(["members"]);
    expect(issue?.message.vi).toBeTruthy();
  });
});

describe("summarizeForces", () => {
  it("takes the latest count of each force in each unit, and adds up the units", () => {
    const summary = summarizeForces([
      count({ id: "a", countedOn: "2024-06-30", members: 15 }),
      count({ id: "b", countedOn: "2024-12-31", members: 17 }),
      count({ id: "c", unitCode: "20434", members: 9 }),
      count({ id: "d", kind: "grassroots-protection", members: 40, teams: 5 }),
      count({ id: "e", kind: "grassroots-protection", unitCode: "20434", members: 30 }),
    ]);
    expect(summary.byKind).toEqual({
      "commune-police": { members: 26, units: 2, teams: null, latestOn: "2024-12-31" },
      "grassroots-protection": { members: 70, units: 2, teams: 5, latestOn: "2024-12-31" },
    });
    expect(summary).toMatchObject({ given: 5, counted: 5, superseded: 1, outsidePeriod: 0 });
  });

  it("leaves out counts outside the period, and says how many", () => {
    const summary = summarizeForces(
      [count({ id: "a", countedOn: "2023-12-31", members: 15 }), count({ id: "b" })],
      { period: parsePeriod("2024") },
    );
    expect(summary.byKind["commune-police"]?.members).toBe(17);
    expect(summary).toMatchObject({ given: 2, counted: 1, outsidePeriod: 1, superseded: 0 });
  });

  it("keeps the count with the greater id of two on the same day, in any order", () => {
    const a = count({ id: "a", members: 10 });
    const b = count({ id: "b", members: 12 });
    expect(summarizeForces([a, b]).byKind["commune-police"]?.members).toBe(12);
    expect(summarizeForces([b, a]).byKind["commune-police"]?.members).toBe(12);
  });

  it("refuses a record whose members skipped the schema", () => {
    expect(() => summarizeForces([{ ...count(), members: 2.5 }])).toThrow(/members/);
  });
});

describe("validateDataset and the forces", () => {
  const units = [
    { code: "49", name: "Tỉnh Quảng Nam", level: "province", type: "province" },
    {
      code: "503",
      name: "Thành phố Hội An",
      level: "district",
      type: "provincial-city",
      parentCode: "49",
    },
    { code: "20431", name: "Phường Cẩm Phô", level: "commune", type: "ward", parentCode: "503" },
  ];
  it("refuses a force counted twice in one unit on one day", () => {
    const result = validateDataset({
      schemaVersion: "1.0",
      units,
      forces: [count({ id: "a" }), count({ id: "b", members: 18 })],
    });
    expect(result.success).toBe(false);
    expect(result.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["force-counted-twice", "forces.1.countedOn"],
    ]);
  });

  it("accepts the same force counted on two days", () => {
    const result = validateDataset({
      schemaVersion: "1.0",
      units,
      forces: [count({ id: "a", countedOn: "2024-06-30" }), count({ id: "b" })],
    });
    expect(result.issues).toEqual([]);
  });
});

const KINDS = Object.keys(FORCE_KIND_LABELS) as ForceKind[];
const recordArb: fc.Arbitrary<ForceStrength> = fc
  .record({
    n: fc.nat(50),
    unitCode: fc.constantFrom("20431", "20434", "503"),
    kind: fc.constantFrom(...KINDS),
    day: fc.constantFrom("2023-12-31", "2024-06-30", "2024-07-01", "2024-12-31"),
    members: fc.nat(200),
    teams: fc.option(fc.nat(20), { nil: undefined }),
  })
  .map(({ n, kind, day, teams, ...rest }) => {
    // Keep to the dates Law 30/2023 allows each force.
    const countedOn =
      kind === "grassroots-protection" && day < "2024-07-01"
        ? "2024-07-01"
        : (kind === "ward-protection" || kind === "part-time-police") && day > "2024-06-30"
          ? "2024-06-30"
          : day;
    return {
      id: `ll-${n}`,
      kind,
      countedOn,
      ...rest,
      ...(teams !== undefined && { teams }),
    };
  });

describeAggregatorLaws({
  title: "laws of forceSummary on valid counts",
  make: forceSummary,
  record: recordArb,
  options: fc.constantFrom({}, { period: parsePeriod("2024") }, { period: parsePeriod("2024-H2") }),
  summarize: summarizeForces,
  schema: { of: () => ForceStrengthSchema },
  names: SUMMARY_LAW_NAMES,
  checks: [
    {
      name: "reconciles every count: given = outside + latest + superseded",
      check: (summary, records) => {
        const standing = Object.values(summary.byKind).reduce((n, k) => n + k.units, 0);
        expect(summary.given).toBe(records.length);
        expect(summary.outsidePeriod + standing + summary.superseded).toBe(records.length);
      },
    },
  ],
});
