import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type Aggregator,
  aggregate,
  byUnit,
  type Contribution,
  ContributionSchema,
  type Expense,
  ExpenseSchema,
  type FundingRecord,
  type FundingSummary,
  type FundingSummaryState,
  type FundsTarget,
  fundingSourceOf,
  fundingSummary,
  groupBy,
  type MoneyCount,
  modelSummary,
  parsePeriod,
  summarizeFunding,
} from "../../src/index.js";
import { periodOptionsArb } from "../support/arbitraries.js";
import { recordArb, recordsArb } from "../support/funding.js";
import { stream } from "../support/helpers.js";
import { describeAggregatorLaws, SUMMARY_LAW_NAMES } from "../support/laws.js";
import {
  describeStateIntegrity,
  expectRecordError,
  expectRejectedRecordError,
  recordErrorOf,
} from "../support/untrusted.js";

// ---------------------------------------------------------------------------------------
// Helpers

/** Counts and amounts of a grouping added up. */
function totals(groups: object): MoneyCount {
  return Object.values(groups).reduce<MoneyCount>(
    (acc, v: MoneyCount) => ({ count: acc.count + v.count, amount: acc.amount + v.amount }),
    { count: 0, amount: 0 },
  );
}

function contribution(id: string, amount: number, extra: Partial<Contribution> = {}): Contribution {
  return {
    id,
    unitCode: "20347",
    contributorKind: "household",
    amount,
    receivedOn: "2022-04-10",
    funds: { kind: "cameras" },
    ...extra,
  } as Contribution;
}

function expense(id: string, amount: number, extra: Partial<Expense> = {}): Expense {
  return {
    id,
    unitCode: "20347",
    amount,
    spentOn: "2022-05-02",
    purpose: "cameras",
    funds: { kind: "cameras" },
    ...extra,
  } as Expense;
}

const zero = { count: 0, amount: 0 };

// ---------------------------------------------------------------------------------------
// Example-based rules

describe("fundingSummary", () => {
  it("gives zeros and empty groups for no records", () => {
    expect(summarizeFunding({ contributions: [], expenses: [] })).toEqual({
      contributions: {
        count: 0,
        amount: 0,
        byContributorKind: {},
        bySource: {},
        byTarget: {},
        inKind: zero,
        contributors: 0,
        outsidePeriod: zero,
      },
      expenses: {
        count: 0,
        amount: 0,
        byPurpose: {},
        bySource: {},
        byPayer: {},
        byTarget: {},
        outsidePeriod: zero,
      },
      balance: 0,
    } satisfies FundingSummary);
  });

  it("reproduces Trường Xuân's camera 0 đồng: all paid by residents (xã hội hóa)", () => {
    const households = Array.from({ length: 48 }, (_, i) =>
      contribution(`c-${i}`, 2_500_000, { receivedOn: "2022-04-05" }),
    );
    const summary = summarizeFunding(
      { contributions: households },
      { period: parsePeriod("2022-H1") },
    );
    expect(summary.contributions.bySource).toEqual({
      community: { count: 48, amount: 120_000_000 },
    });
    expect(summary.contributions.byTarget).toEqual({ cameras: { count: 48, amount: 120_000_000 } });
    expect(summary.balance).toBe(120_000_000);
  });

  it("splits contributions by contributor kind and by source, the budget apart from xã hội hóa", () => {
    const summary = summarizeFunding({
      contributions: [
        contribution("a", 5_000_000, { contributorKind: "business" }),
        contribution("b", 1_500_000, { contributorKind: "household", contributorCount: 30 }),
        contribution("c", 10_000_000, {
          contributorKind: "budget",
          funds: { kind: "model", id: "mh-1" },
        }),
        contribution("d", 700_000, {
          contributorKind: "individual",
          inKind: true,
          funds: { kind: "team" },
        }),
      ],
    });
    expect(summary.contributions.byContributorKind).toEqual({
      budget: { count: 1, amount: 10_000_000 },
      business: { count: 1, amount: 5_000_000 },
      household: { count: 1, amount: 1_500_000 },
      individual: { count: 1, amount: 700_000 },
    });
    expect(summary.contributions.bySource).toEqual({
      budget: { count: 1, amount: 10_000_000 },
      community: { count: 3, amount: 7_200_000 },
    });
    expect(summary.contributions.byTarget).toEqual({
      cameras: { count: 2, amount: 6_500_000 },
      model: { count: 1, amount: 10_000_000 },
      team: { count: 1, amount: 700_000 },
    });
    expect(summary.contributions.inKind).toEqual({ count: 1, amount: 700_000 });
    expect(summary.contributions.contributors).toBe(33);
  });

  it("counts a contribution for several cameras once, never split among them", () => {
    const funds: FundsTarget = { kind: "cameras", cameraIds: ["cam-1", "cam-2", "cam-3", "cam-4"] };
    const summary = summarizeFunding({ contributions: [contribution("a", 20_000_000, { funds })] });
    expect(summary.contributions.byTarget).toEqual({ cameras: { count: 1, amount: 20_000_000 } });
  });

  it("groups expenses by purpose, source (unassigned when unknown) and target; the balance can go below 0", () => {
    const summary = summarizeFunding({
      contributions: [contribution("a", 1_000_000)],
      expenses: [
        expense("e1", 3_500_000, { source: "community" }),
        expense("e2", 1_200_000, { purpose: "allowance", funds: { kind: "team", id: "t-1" } }),
        expense("e3", 300_000, { purpose: "training", source: "budget", funds: { kind: "other" } }),
      ],
    });
    expect(summary.expenses.byPurpose).toEqual({
      allowance: { count: 1, amount: 1_200_000 },
      cameras: { count: 1, amount: 3_500_000 },
      training: { count: 1, amount: 300_000 },
    });
    expect(summary.expenses.bySource).toEqual({
      budget: { count: 1, amount: 300_000 },
      community: { count: 1, amount: 3_500_000 },
      unassigned: { count: 1, amount: 1_200_000 },
    });
    expect(summary.expenses.byTarget).toEqual({
      cameras: { count: 1, amount: 3_500_000 },
      other: { count: 1, amount: 300_000 },
      team: { count: 1, amount: 1_200_000 },
    });
    expect(summary.expenses.amount).toBe(5_000_000);
    expect(summary.balance).toBe(-4_000_000);
  });

  it("reads one payer vocabulary: old codes under the code they stand for, each payer under community or budget", () => {
    const summary = summarizeFunding({
      contributions: [
        contribution("a", 1_000_000, { contributorKind: "households" }),
        contribution("b", 2_000_000),
        contribution("c", 500_000, { contributorKind: "commune-budget" }),
        contribution("d", 250_000, { contributorKind: "community" }),
      ],
      expenses: [
        expense("e1", 400_000, { source: "household" }),
        expense("e2", 300_000, { source: "commune-budget" }),
        expense("e3", 200_000, { source: "budget" }),
      ],
    });
    expect(summary.contributions.byContributorKind).toEqual({
      community: { count: 1, amount: 250_000 },
      "commune-budget": { count: 1, amount: 500_000 },
      household: { count: 2, amount: 3_000_000 },
    });
    expect(summary.contributions.bySource).toEqual({
      budget: { count: 1, amount: 500_000 },
      community: { count: 2 + 1, amount: 3_250_000 },
    });
    expect(summary.expenses.bySource).toEqual({
      budget: { count: 2, amount: 500_000 },
      community: { count: 1, amount: 400_000 },
    });
    expect(summary.expenses.byPayer).toEqual({
      budget: { count: 1, amount: 200_000 },
      "commune-budget": { count: 1, amount: 300_000 },
      household: { count: 1, amount: 400_000 },
    });
  });

  it("summarises the period's records and counts the others in outsidePeriod only", () => {
    const summary = summarizeFunding(
      {
        contributions: [
          contribution("in", 1_000_000, { receivedOn: "2022-06-30" }),
          contribution("out", 2_000_000, { receivedOn: "2022-07-01" }),
        ],
        expenses: [
          expense("in", 400_000, { spentOn: "2022-01-01" }),
          expense("out", 9_000_000, { spentOn: "2021-12-31" }),
        ],
      },
      { period: parsePeriod("2022-H1") },
    );
    expect(summary.contributions).toMatchObject({
      count: 1,
      amount: 1_000_000,
      outsidePeriod: { count: 1, amount: 2_000_000 },
    });
    expect(summary.expenses).toMatchObject({
      count: 1,
      amount: 400_000,
      outsidePeriod: { count: 1, amount: 9_000_000 },
    });
    expect(summary.balance).toBe(600_000);
  });

  it("keeps sums exact up to 2^53 − 1 and throws a RangeError beyond", () => {
    const half = 2 ** 52;
    const exact = summarizeFunding({
      contributions: [contribution("a", half), contribution("b", half - 1)],
    });
    expect(exact.contributions.amount).toBe(Number.MAX_SAFE_INTEGER);
    const error = recordErrorOf(() =>
      summarizeFunding({ contributions: [contribution("a", half), contribution("b", half)] }),
    );
    expect(error).toMatchObject({ index: 1, id: "b" });
    expect(error.cause).toBeInstanceOf(RangeError);
  });

  it("works inside groupBy, per unit", () => {
    const unitOf = (r: FundingRecord) => (r.contribution ?? r.expense).unitCode;
    const perUnit = groupBy(byUnit(unitOf), fundingSummary());
    const out = aggregate(perUnit, [
      { contribution: contribution("a", 1_000, { unitCode: "20347" }) },
      { expense: expense("e", 400, { unitCode: "20347" }) },
      { contribution: contribution("b", 5_000, { unitCode: "20350" }) },
    ]);
    expect(out["20347"]?.balance).toBe(600);
    expect(out["20350"]?.contributions.amount).toBe(5_000);
  });
});

describe("summarizeFunding over sources", () => {
  const contributions = [
    contribution("a", 1_000),
    contribution("b", 2_000, { contributorKind: "budget" }),
  ];
  const expenses = [expense("e", 500)];

  it("reads iterables and, without expenses, gives the balance received", () => {
    expect(summarizeFunding({ contributions: new Set(contributions) }).balance).toBe(3_000);
  });

  it("returns a promise when a source is async, with the same figures", async () => {
    const expected = summarizeFunding({ contributions, expenses });
    await expect(
      summarizeFunding({ contributions: stream(contributions), expenses }),
    ).resolves.toEqual(expected);
    await expect(summarizeFunding({ contributions, expenses: stream(expenses) })).resolves.toEqual(
      expected,
    );
  });

  it("throws a TypeError for a source that is not iterable", () => {
    expect(() => summarizeFunding({ contributions: {} as never })).toThrow(TypeError);
  });

  it("has types: sync in, sync out; async in, a promise", () => {
    expectTypeOf(summarizeFunding({ contributions, expenses })).toEqualTypeOf<FundingSummary>();
    expectTypeOf(summarizeFunding({ contributions: stream(contributions) })).toEqualTypeOf<
      Promise<FundingSummary>
    >();
    expectTypeOf(summarizeFunding({ contributions, expenses: stream(expenses) })).toEqualTypeOf<
      Promise<FundingSummary>
    >();
    const either = { contributions } as {
      contributions: Iterable<Contribution> | AsyncIterable<Contribution>;
    };
    expectTypeOf(summarizeFunding(either)).toEqualTypeOf<
      FundingSummary | Promise<FundingSummary>
    >();
    expectTypeOf(fundingSummary()).toEqualTypeOf<
      Aggregator<FundingRecord, FundingSummaryState, FundingSummary>
    >();
    expectTypeOf<FundingSummary["contributions"]["bySource"]["community"]>().toEqualTypeOf<
      MoneyCount | undefined
    >();
  });
});

// ---------------------------------------------------------------------------------------
// Laws, on generated valid records

const optionsArb = periodOptionsArb("2022", "2021-Q3");

describeAggregatorLaws({
  title: "laws of fundingSummary on valid records",
  make: fundingSummary,
  record: recordArb,
  options: optionsArb,
  schema: {
    of: (record) => (record.contribution ? ContributionSchema : ExpenseSchema),
    input: (record) => record.contribution ?? record.expense,
  },
  names: SUMMARY_LAW_NAMES,
  checks: [
    {
      name: "counts every record and every đồng exactly once in each breakdown",
      check: (summary, records, options) => {
        const { contributions: c, expenses: e, balance } = summary;
        const given = records.flatMap((r) => (r.contribution ? [r.contribution] : []));
        const spent = records.flatMap((r) => (r.expense ? [r.expense] : []));
        const sum = (xs: { amount: number }[]) => xs.reduce((n, x) => n + x.amount, 0);
        expect(c.count + c.outsidePeriod.count).toBe(given.length);
        expect(c.amount + c.outsidePeriod.amount).toBe(sum(given));
        for (const groups of [c.byContributorKind, c.bySource, c.byTarget]) {
          expect(totals(groups)).toEqual({ count: c.count, amount: c.amount });
        }
        expect(e.count + e.outsidePeriod.count).toBe(spent.length);
        expect(e.amount + e.outsidePeriod.amount).toBe(sum(spent));
        for (const groups of [e.byPurpose, e.bySource, e.byTarget]) {
          expect(totals(groups)).toEqual({ count: e.count, amount: e.amount });
        }
        expect(balance).toBe(c.amount - e.amount);
        expect(Number.isSafeInteger(balance)).toBe(true);
        const budget = given.filter((x) => fundingSourceOf(x.contributorKind) === "budget");
        expect(c.bySource.budget?.count ?? 0).toBeLessThanOrEqual(budget.length);
        if (options.period === undefined) expect(c.outsidePeriod).toEqual(zero);
      },
    },
  ],
});

/** Records whose summary state is shipped, tampered with and read back. */
const sample: FundingRecord[] = [
  { contribution: contribution("c-1", 12_500_000, { contributorCount: 50 }) },
  { contribution: contribution("c-2", 2_000_000, { contributorKind: "budget", inKind: true }) },
  { contribution: contribution("c-3", 3_000_000, { receivedOn: "2022-08-01" }) },
  { expense: expense("e-1", 9_000_000) },
  { expense: expense("e-2", 400_000, { spentOn: "2021-12-31", purpose: "training" }) },
];

describeStateIntegrity({
  kind: "antt.funding-summary",
  aggregator: fundingSummary({ period: parsePeriod("2022-H1") }),
  records: sample,
  cut: 2,
  tamper: {
    text: {
      name: "refuses an amount written as text",
      set: [[["contributions", "amount"], "14500000"]],
    },
    negative: { set: [[["expensesOutside", "count"], -1]] },
    nullBreakdown: { set: [[["contributions", "bySource"], null]] },
    unknownField: { set: [[["contributions", "inKind", "value"], 0]] },
  },
  foreign: [{ aggregator: modelSummary() }],
  arbitrary: { noun: "records", records: recordsArb, options: optionsArb, make: fundingSummary },
});

describe("untrusted input: unvalidated records", () => {
  it("throws a RecordError naming the contribution whose amount is text", () => {
    const contributions = [
      contribution("c-1", 500_000),
      contribution("c-2", "500000" as never),
      contribution("c-3", 500_000),
    ];
    expectRecordError(() => summarizeFunding({ contributions }), {
      index: 1,
      id: "c-2",
      says: ['amount must be a whole number of đồng of at least 0, not "500000" (string)'],
      cause: TypeError,
    });
  });

  it("throws a RecordError for a contributor count of the wrong type", () => {
    const contributions = [contribution("c-1", 500_000, { contributorCount: "50" as never })];
    expectRecordError(() => summarizeFunding({ contributions }), {
      index: 0,
      id: "c-1",
      says: ['contributorCount must be a whole number of at least 0, not "50" (string)'],
    });
  });

  it("throws a RecordError for a negative expense, rather than add to the balance", async () => {
    const expenses = [expense("e-1", 400_000), expense("e-2", -9_000_000)];
    const expected = {
      index: 1,
      id: "e-2",
      says: ["amount must be a whole number of đồng of at least 0, not -9000000 (number)"],
      cause: TypeError,
    };
    expectRecordError(() => summarizeFunding({ contributions: [], expenses }), expected);
    await expectRejectedRecordError(
      summarizeFunding({ contributions: [], expenses: stream(expenses) }),
      expected,
    );
  });

  it("surfaces a day that is not a date as a RecordError, with a period", () => {
    const contributions = [
      contribution("c-1", 500_000),
      contribution("c-2", 500_000, { receivedOn: "yesterday" }),
    ];
    expectRecordError(() => summarizeFunding({ contributions }, { period: parsePeriod("2022") }), {
      index: 1,
      id: "c-2",
      cause: RangeError,
    });
  });
});
