// Valid contributions and expenses for the property tests. Test-only: nothing in src/
// imports this.
import fc from "fast-check";
import {
  type Contribution,
  EXPENSE_PURPOSE_LABELS,
  type Expense,
  type FundingRecord,
  type FundsTarget,
  PAYER_CODE_LABELS,
  type PayerCode,
} from "../../src/index.js";

// Every payer code, the old alias (households) included: summaries count it under the
// code it stands for.
const PAYERS = Object.keys(PAYER_CODE_LABELS) as PayerCode[];
const PURPOSES = Object.keys(EXPENSE_PURPOSE_LABELS) as Expense["purpose"][];
const DAY0 = Date.UTC(2021, 0, 1);
const dayArb = fc
  .integer({ min: 0, max: 1000 })
  .map((d) => new Date(DAY0 + d * 86_400_000).toISOString().slice(0, 10));
const amountArb = fc.oneof(
  fc.integer({ min: 1, max: 50_000_000 }),
  fc.constantFrom(1, 500_000, 12_500_000, 2_000_000_000),
);

const targetArb: fc.Arbitrary<FundsTarget> = fc.oneof(
  fc.constant({ kind: "model" as const }),
  fc.constant({ kind: "model-site" as const, id: "site-1" }),
  fc.constant({ kind: "team" as const, id: "t-1" }),
  fc.constant({ kind: "other" as const, description: "Biển báo" }),
  fc
    .option(fc.uniqueArray(fc.constantFrom("cam-1", "cam-2", "cam-3"), { minLength: 1 }), {
      nil: undefined,
    })
    .map((cameraIds) =>
      cameraIds ? { kind: "cameras" as const, cameraIds } : { kind: "cameras" as const },
    ),
);

export const contributionArb: fc.Arbitrary<Contribution> = fc
  .record({
    id: fc.constantFrom("c-1", "c-2", "c-3"),
    unitCode: fc.constantFrom("20347", "20350"),
    contributorKind: fc.constantFrom(...PAYERS),
    contributorCount: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
    amount: amountArb,
    inKind: fc.option(fc.boolean(), { nil: undefined }),
    receivedOn: dayArb,
    funds: targetArb,
  })
  .map(({ contributorCount, inKind, ...rest }) => ({
    ...rest,
    ...(contributorCount === undefined ? {} : { contributorCount }),
    ...(inKind === undefined ? {} : { inKind }),
  }));

export const expenseArb: fc.Arbitrary<Expense> = fc
  .record({
    id: fc.constantFrom("e-1", "e-2"),
    unitCode: fc.constantFrom("20347", "20350"),
    amount: amountArb,
    spentOn: dayArb,
    purpose: fc.constantFrom(...PURPOSES),
    source: fc.option(fc.constantFrom(...PAYERS), { nil: undefined }),
    funds: targetArb,
  })
  .map(({ source, ...rest }) => ({ ...rest, ...(source === undefined ? {} : { source }) }));

export const recordArb: fc.Arbitrary<FundingRecord> = fc.oneof(
  contributionArb.map((contribution) => ({ contribution })),
  expenseArb.map((expense) => ({ expense })),
);
export const recordsArb = fc.array(recordArb, { maxLength: 40 });
