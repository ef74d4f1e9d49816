import { describe, expect, expectTypeOf, it } from "vitest";
import { CameraFundingSchema } from "../../src/cameras/index.js";
import {
  FundingSourceSchema,
  label,
  PAYER_ALIASES,
  PAYER_CODE_LABELS,
  PAYER_FUNDING_SOURCE,
  PAYER_LABELS,
  type Payer,
  PayerSchema,
  payerFundingSource,
  payerOf,
} from "../../src/core/index.js";
import { ContributionSchema, ExpenseSchema, fundingSourceOf } from "../../src/funding/index.js";
import { type CodeList, describeCodeLists } from "../support/code-lists.js";

describe("one who-paid vocabulary", () => {
  it("maps every payer to community funding or the budget", () => {
    for (const payer of Object.keys(PAYER_LABELS) as Payer[]) {
      expect(FundingSourceSchema.options).toContain(PAYER_FUNDING_SOURCE[payer]);
    }
    expect(PAYER_FUNDING_SOURCE["commune-budget"]).toBe("budget");
    expect(PAYER_FUNDING_SOURCE.business).toBe("community");
    expectTypeOf(PAYER_FUNDING_SOURCE).toMatchTypeOf<Record<Payer, "community" | "budget">>();
  });

  it("reads an old code as the code it stands for", () => {
    expect(payerOf("households")).toBe("household");
    expect(payerOf("household")).toBe("household");
    expect(payerOf("toString")).toBeUndefined();
    expect(payerOf("state")).toBeUndefined();
    expect(payerFundingSource("households")).toBe("community");
    expect(payerFundingSource("state")).toBeUndefined();
    for (const [alias, code] of Object.entries(PAYER_ALIASES)) {
      expect(PayerSchema.parse(alias)).toBe(alias);
      expect(Object.keys(PAYER_LABELS)).toContain(code);
    }
  });

  it("is the code list of a camera's funding, a contribution's giver and an expense's source", () => {
    expect(CameraFundingSchema.safeParse({ source: "commune-budget", amount: 1 }).success).toBe(
      true,
    );
    expect(CameraFundingSchema.safeParse({ source: "households", amount: 1 }).success).toBe(true);
    const contribution = {
      id: "c",
      unitCode: "20347",
      contributorKind: "commune-budget",
      amount: 1_000,
      receivedOn: "2024-01-01",
      funds: { kind: "cameras" },
    };
    expect(ContributionSchema.safeParse(contribution).success).toBe(true);
    expect(fundingSourceOf("commune-budget")).toBe("budget");
    const expense = {
      id: "e",
      unitCode: "20347",
      amount: 1_000,
      spentOn: "2024-01-01",
      purpose: "cameras",
      funds: { kind: "cameras" },
    };
    for (const source of ["community", "budget", "household", "households", "business"]) {
      expect(ExpenseSchema.safeParse({ ...expense, source }).success, source).toBe(true);
    }
    expect(label(PAYER_CODE_LABELS, "households")).toBe("Hộ dân đóng góp");
  });
});

const lists: CodeList[] = [["PayerSchema", PAYER_CODE_LABELS, PayerSchema]];
describeCodeLists({ lists });
