import { describe, expect, expectTypeOf, it } from "vitest";
import { label } from "../../src/core/index.js";
import {
  CONTRIBUTOR_KIND_LABELS,
  type ContributorKind,
  ContributorKindSchema,
  EXPENSE_PURPOSE_LABELS,
  ExpensePurposeSchema,
  FUNDING_SOURCE_LABELS,
  FUNDS_TARGET_KIND_LABELS,
  type FundingSource,
  FundingSourceSchema,
  FundsTargetKindSchema,
  FundsTargetSchema,
  fundingSourceOf,
} from "../../src/funding/index.js";
import {
  ACCEPTS_EXACTLY_THE_CODES,
  type CodeList,
  describeCodeLists,
  foldedCodeListNames,
  KEBAB_LETTERS,
} from "../support/code-lists.js";

describe("fundingSourceOf", () => {
  it.each([
    ["household", "community"],
    ["business", "community"],
    ["organization", "community"],
    ["individual", "community"],
    ["other", "community"],
    ["budget", "budget"],
  ] as const)("maps a %s contributor to %s funding", (kind, source) => {
    expect(fundingSourceOf(kind)).toBe(source);
  });

  it("covers every contributor kind with a valid funding source", () => {
    for (const kind of ContributorKindSchema.options) {
      expect(FundingSourceSchema.options).toContain(fundingSourceOf(kind));
    }
  });

  it("labels the sources the way reports name them", () => {
    expect(label(FUNDING_SOURCE_LABELS, fundingSourceOf("household"))).toBe("Xã hội hóa");
    expect(label(FUNDING_SOURCE_LABELS, fundingSourceOf("budget"))).toBe("Ngân sách nhà nước");
  });

  it("takes a contributor kind and returns a funding source", () => {
    expectTypeOf(fundingSourceOf).parameter(0).toEqualTypeOf<ContributorKind>();
    expectTypeOf(fundingSourceOf).returns.toEqualTypeOf<FundingSource>();
    expectTypeOf<FundingSource>().toEqualTypeOf<"community" | "budget">();
  });
});

const lists: CodeList[] = [
  ["ContributorKindSchema", CONTRIBUTOR_KIND_LABELS, ContributorKindSchema],
  ["FundingSourceSchema", FUNDING_SOURCE_LABELS, FundingSourceSchema],
  ["FundsTargetKindSchema", FUNDS_TARGET_KIND_LABELS, FundsTargetKindSchema],
  ["ExpensePurposeSchema", EXPENSE_PURPOSE_LABELS, ExpensePurposeSchema],
];

describe("funding code lists", () => {
  describeCodeLists({
    lists,
    names: {
      ...foldedCodeListNames(
        ACCEPTS_EXACTLY_THE_CODES,
        "has kebab-case codes and both labels for each",
      ),
      jsonSchema: "has kebab-case codes and both labels for each",
    },
    codePattern: KEBAB_LETTERS,
  });

  it("has one funds-target variant per target kind", () => {
    const kinds = FundsTargetSchema.options.map((option) => option.shape.kind.value);
    expect(kinds).toEqual(FundsTargetKindSchema.options);
  });
});
