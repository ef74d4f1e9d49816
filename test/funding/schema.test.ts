import { describe, expect, expectTypeOf, it } from "vitest";
import type { Ext, PayerCode } from "../../src/core/index.js";
import {
  type Contribution,
  ContributionSchema,
  type ContributorKind,
  type Expense,
  type ExpensePurpose,
  ExpenseSchema,
  type FundsTarget,
  type FundsTargetKind,
  FundsTargetSchema,
} from "../../src/funding/index.js";
import { issuesIn as issuesOf, pathsIn as pathsOf } from "../support/schemas.js";

const contribution = {
  id: "con-1",
  unitCode: "20347",
  contributorKind: "household",
  contributorCount: 50,
  amount: 12_500_000,
  receivedOn: "2022-04-10",
  funds: { kind: "cameras" },
} as const;

const expense = {
  id: "exp-1",
  unitCode: "20347",
  amount: 3_500_000,
  spentOn: "2022-05-02",
  purpose: "cameras",
  source: "community",
  funds: { kind: "cameras", cameraIds: ["cam-1", "cam-2"] },
} as const;

describe("ContributionSchema", () => {
  it("accepts a contribution of money pooled by the households of a village", () => {
    expect(ContributionSchema.parse(contribution)).toEqual(contribution);
  });

  it("accepts every contributor kind and every kind of target", () => {
    const targets = [
      { kind: "model", id: "model-1" },
      { kind: "model" },
      { kind: "model-site", id: "site-kim-doi" },
      { kind: "cameras", cameraIds: ["cam-1"] },
      { kind: "team", id: "team-12" },
      { kind: "other", description: "Quỹ ANTT" },
      { kind: "other" },
    ];
    for (const contributorKind of ContributionSchema.shape.contributorKind.options) {
      for (const funds of targets) {
        expect(pathsOf(ContributionSchema, { ...contribution, contributorKind, funds })).toEqual(
          [],
        );
      }
    }
  });

  it("accepts an in-kind contribution valued in đồng", () => {
    const parsed = ContributionSchema.parse({ ...contribution, inKind: true, amount: 4_800_000 });
    expect(parsed.inKind).toBe(true);
    expect(parsed.amount).toBe(4_800_000);
  });

  it("rejects a contribution of zero đồng at amount, in both languages", () => {
    const issues = issuesOf(ContributionSchema, { ...contribution, amount: 0 });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual(["amount"]);
    expect(issues[0]?.message.en).toBe("Amount must be more than 0 (given 0)");
    expect(issues[0]?.message.vi).toBe("Số tiền phải lớn hơn 0 (đã ghi 0)");
  });

  it("rejects a negative amount with one issue, not two", () => {
    expect(issuesOf(ContributionSchema, { ...contribution, amount: -1 })).toHaveLength(1);
    expect(issuesOf(ContributionSchema, { ...contribution, contributorCount: -1 })).toHaveLength(1);
  });

  it("rejects negative and fractional đồng", () => {
    expect(pathsOf(ContributionSchema, { ...contribution, amount: -1 })).toEqual(["amount"]);
    expect(pathsOf(ContributionSchema, { ...contribution, amount: 12.5 })).toEqual(["amount"]);
    expect(pathsOf(ContributionSchema, { ...contribution, amount: Number.NaN })).toEqual([
      "amount",
    ]);
    expect(pathsOf(ContributionSchema, { ...contribution, amount: 2 ** 53 })).toEqual(["amount"]);
  });

  it("rejects an impossible day and an instant as receivedOn", () => {
    expect(pathsOf(ContributionSchema, { ...contribution, receivedOn: "2024-02-30" })).toEqual([
      "receivedOn",
    ]);
    expect(
      pathsOf(ContributionSchema, { ...contribution, receivedOn: "2022-04-10T08:00:00+07:00" }),
    ).toEqual(["receivedOn"]);
  });

  it("needs at least one contributor when it counts them", () => {
    expect(pathsOf(ContributionSchema, { ...contribution, contributorCount: 0 })).toEqual([
      "contributorCount",
    ]);
  });

  it("rejects an unknown key, naming it", () => {
    const issues = issuesOf(ContributionSchema, { ...contribution, amountVnd: 1 });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: ["amountVnd"], code: "unrecognized_keys" });
    expect(issues[0]?.message.vi).toContain("amountVnd");
  });

  it("rejects an own __proto__ key in ext", () => {
    const ext = JSON.parse(`{"__proto__": {"isAdmin": true}}`) as unknown;
    expect(pathsOf(ContributionSchema, { ...contribution, ext })).toEqual(["ext"]);
  });
});

describe("FundsTargetSchema", () => {
  it("names a field that belongs to another kind of target", () => {
    const issues = issuesOf(ContributionSchema, {
      ...contribution,
      funds: { kind: "team", cameraIds: ["cam-1"] },
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: ["funds", "cameraIds"], code: "unrecognized_keys" });
    expect(issues[0]?.message.en).toContain("cameraIds");
  });

  it("rejects an unknown kind of target at funds.kind", () => {
    expect(pathsOf(ContributionSchema, { ...contribution, funds: { kind: "camera" } })).toEqual([
      "funds.kind",
    ]);
  });

  it("rejects a camera listed twice at the second listing, in Vietnamese too", () => {
    const issues = issuesOf(FundsTargetSchema, {
      kind: "cameras",
      cameraIds: ["cam-1", "cam-2", "cam-1", "cam-2"],
    });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["funds-camera-repeated", ["cameraIds", 2]],
      ["funds-camera-repeated", ["cameraIds", 3]],
    ]);
    expect(issues[0]?.message.vi).toBe("Camera cam-1 bị ghi hai lần");
  });

  it("locates a repeated camera inside a contribution in words", () => {
    const issues = issuesOf(ContributionSchema, {
      ...contribution,
      funds: { kind: "cameras", cameraIds: ["cam-1", "cam-1"] },
    });
    expect(issues.map((i) => [i.code, i.path, i.location?.vi])).toEqual([
      ["funds-camera-repeated", ["funds", "cameraIds", 1], "Sử dụng cho, Điểm camera thứ 2"],
    ]);
  });

  it("treats ids that differ only by surrounding spaces as the same camera", () => {
    expect(
      pathsOf(FundsTargetSchema, { kind: "cameras", cameraIds: ["cam-1", " cam-1 "] }),
    ).toEqual(["cameraIds.1"]);
  });

  it("rejects an empty list of cameras", () => {
    expect(pathsOf(FundsTargetSchema, { kind: "cameras", cameraIds: [] })).toEqual(["cameraIds"]);
  });
});

describe("ExpenseSchema", () => {
  it("accepts spending on every purpose, from either source or an unknown one", () => {
    for (const purpose of ExpenseSchema.shape.purpose.options) {
      for (const source of ["community", "budget", undefined]) {
        const input =
          source === undefined
            ? { ...expense, purpose, source: undefined }
            : { ...expense, purpose, source };
        expect(pathsOf(ExpenseSchema, input)).toEqual([]);
      }
    }
  });

  it("accepts every optional field", () => {
    const full = {
      ...expense,
      unitCodeAsOf: "2022-05-02",
      payee: "Cửa hàng điện tử Tam Kỳ",
      note: "Lắp 2 mắt camera ngã tư",
      ext: { voucher: "PC-33" },
    };
    expect(ExpenseSchema.parse(full)).toEqual(full);
  });

  it("rejects an expense of zero or fractional đồng", () => {
    expect(pathsOf(ExpenseSchema, { ...expense, amount: 0 })).toEqual(["amount"]);
    expect(pathsOf(ExpenseSchema, { ...expense, amount: 0.5 })).toEqual(["amount"]);
  });

  it("rejects a contribution's field on an expense", () => {
    const issues = issuesOf(ExpenseSchema, { ...expense, contributorKind: "household" });
    expect(issues[0]?.code).toBe("unrecognized_keys");
    expect(issues[0]?.message.en).toContain("contributorKind");
  });
});

describe("types", () => {
  it("infers plain types without any", () => {
    expectTypeOf<Contribution>().not.toBeAny();
    expectTypeOf<Expense>().not.toBeAny();
    expectTypeOf<Contribution["amount"]>().toEqualTypeOf<number>();
    expectTypeOf<Contribution["contributorKind"]>().toEqualTypeOf<ContributorKind>();
    expectTypeOf<Contribution["funds"]>().toEqualTypeOf<FundsTarget>();
    expectTypeOf<Expense["purpose"]>().toEqualTypeOf<ExpensePurpose>();
    expectTypeOf<Contribution["ext"]>().toEqualTypeOf<Ext | undefined>();
  });

  it("keeps optional fields optional", () => {
    expectTypeOf<
      Pick<Contribution, "contributorName" | "contributorCount" | "inKind" | "unitCodeAsOf">
    >().toEqualTypeOf<{
      contributorName?: string | undefined;
      contributorCount?: number | undefined;
      inKind?: boolean | undefined;
      unitCodeAsOf?: string | undefined;
    }>();
    expectTypeOf<Pick<Expense, "source" | "payee">>().toEqualTypeOf<{
      source?: PayerCode | undefined;
      payee?: string | undefined;
    }>();
  });

  it("narrows a funds target on kind", () => {
    expectTypeOf<FundsTarget["kind"]>().toEqualTypeOf<FundsTargetKind>();
    expectTypeOf<Extract<FundsTarget, { kind: "cameras" }>>().toEqualTypeOf<{
      kind: "cameras";
      cameraIds?: string[] | undefined;
    }>();
    const target = FundsTargetSchema.parse({ kind: "team", id: "team-12" });
    if (target.kind === "team") expectTypeOf(target.id).toEqualTypeOf<string | undefined>();
    // @ts-expect-error cameraIds only exists on a cameras target
    const wrong: FundsTarget = { kind: "model", cameraIds: ["cam-1"] };
    expect(wrong.kind).toBe("model");
  });
});
