import {
  type Aggregator,
  aggregateState,
  byCode,
  count,
  filtered,
  finishStates,
  type GroupedState,
  type Groups,
  groupBy,
  mapOutput,
  mapped,
  type Source,
  struct,
  sum,
} from "../aggregate/index.js";
import { checkPeriod, named } from "../aggregate/summaries.js";
import { type Payer, payerFundingSource, payerOf } from "../core/payers.js";
import { type Period, periodContains } from "../core/period.js";
import { whole } from "../core/record-fields.js";
import type { ExpensePurpose, FundingSource, FundsTargetKind } from "./labels.js";
import type { Contribution, Expense } from "./schema.js";

/** A payer code as summaries count it: an old alias under the code it stands for. */
const payerKey = (code: string) => (payerOf(code) ?? code) as Payer;

/**
 * How many records and how many đồng: the pair every money figure of a report carries
 * ("12 lượt, với tổng số tiền 12,5 triệu đồng").
 *
 * @description `amount` is an exact whole number of đồng: sums are kept exact up to
 * 2^53 − 1 (about 9 million billion đồng) and throw a `RangeError` beyond, never round.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { formatVnd, type MoneyCount } from "antt";
 * const cameras: MoneyCount = { count: 12, amount: 12_500_000 };
 * formatVnd(cameras.amount); // "12,5 triệu đồng"
 * ```
 */
export interface MoneyCount {
  /** Number of records. */
  readonly count: number;
  /** Their amounts added up, in đồng. */
  readonly amount: number;
}

/**
 * One record for {@link fundingSummary}: a contribution or an expense, tagged by the
 * field that holds it.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { FundingRecord } from "antt";
 * const records: FundingRecord[] = [
 *   { contribution: { id: "c-1", unitCode: "20347", contributorKind: "household", amount: 500_000, receivedOn: "2022-04-10", funds: { kind: "cameras" } } },
 *   { expense: { id: "e-1", unitCode: "20347", amount: 450_000, spentOn: "2022-04-20", purpose: "cameras", funds: { kind: "cameras" } } },
 * ];
 * ```
 */
export type FundingRecord =
  | { readonly contribution: Contribution; readonly expense?: never }
  | { readonly expense: Expense; readonly contribution?: never };

/**
 * Options of {@link fundingSummary} and {@link summarizeFunding}.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { parsePeriod, type FundingSummaryOptions } from "antt";
 * const options: FundingSummaryOptions = { period: parsePeriod("2022-H1") };
 * ```
 */
export interface FundingSummaryOptions {
  /**
   * The reporting period: contributions received and expenses spent on a day of it are
   * summarised; the others are only counted in `outsidePeriod`. Without it, all are
   * summarised.
   */
  readonly period?: Period | undefined;
}

/**
 * The figures of contributions (đóng góp, xã hội hóa) in a {@link FundingSummary}.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { summarizeFunding, type ContributionCounts } from "antt";
 * const contributions: ContributionCounts = summarizeFunding({ contributions: [] }).contributions;
 * contributions.amount; // 0
 * ```
 */
export interface ContributionCounts {
  /** Contributions received in the period. */
  readonly count: number;
  /** Their amount in đồng (money and goods valued in đồng). */
  readonly amount: number;
  /**
   * By kind of contributor (a payer: households, businesses, budget, ...); an old code
   * under the code it stands for (`households` under `household`).
   */
  readonly byContributorKind: Groups<Payer, MoneyCount>;
  /** By funding source: `community` (xã hội hóa) or `budget` (ngân sách), via `PAYER_FUNDING_SOURCE`. */
  readonly bySource: Groups<FundingSource, MoneyCount>;
  /** By what the money is for (`funds.kind`: model, site, cameras, team, other). */
  readonly byTarget: Groups<FundsTargetKind, MoneyCount>;
  /** Of them, contributions in kind (goods or work valued in đồng). */
  readonly inKind: MoneyCount;
  /** Number of contributors: `contributorCount` of each record, 1 when absent. */
  readonly contributors: number;
  /** Contributions received outside the period (zeros without a period). */
  readonly outsidePeriod: MoneyCount;
}

/**
 * The figures of expenses (khoản chi) in a {@link FundingSummary}.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { summarizeFunding, type ExpenseCounts } from "antt";
 * const expenses: ExpenseCounts = summarizeFunding({ contributions: [], expenses: [] }).expenses;
 * expenses.count; // 0
 * ```
 */
export interface ExpenseCounts {
  /** Expenses spent in the period. */
  readonly count: number;
  /** Their amount in đồng. */
  readonly amount: number;
  /** By purpose (cameras, equipment, training, allowance, other). */
  readonly byPurpose: Groups<ExpensePurpose, MoneyCount>;
  /**
   * By whose money was spent, community or budget (via `PAYER_FUNDING_SOURCE`); expenses
   * without a `source` under `unassigned`.
   */
  readonly bySource: Groups<FundingSource, MoneyCount>;
  /** By the payer whose money was spent; expenses without a `source` under `unassigned`. */
  readonly byPayer: Groups<Payer, MoneyCount>;
  /** By what the spending served (`funds.kind`). */
  readonly byTarget: Groups<FundsTargetKind, MoneyCount>;
  /** Expenses spent outside the period (zeros without a period). */
  readonly outsidePeriod: MoneyCount;
}

/**
 * The money figures of the movement that a locality reports: contributions (xã hội hóa
 * and ngân sách), expenses and the balance of the period.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { summarizeFunding, type FundingSummary } from "antt";
 * const summary: FundingSummary = summarizeFunding({ contributions: [], expenses: [] });
 * summary.balance; // 0
 * ```
 */
export interface FundingSummary {
  /** Contributions received. */
  readonly contributions: ContributionCounts;
  /** Expenses. */
  readonly expenses: ExpenseCounts;
  /**
   * Received minus spent in the period, in đồng (negative when more was spent): the
   * period's own balance, not a fund's balance carried over from earlier periods.
   */
  readonly balance: number;
}

/**
 * The mergeable JSON state of {@link fundingSummary}. Read it through the aggregator
 * (`finish`); its layout may change between versions.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregateState, fundingSummary, type FundingSummaryState } from "antt";
 * const state: FundingSummaryState = aggregateState(fundingSummary(), []);
 * JSON.stringify(state); // plain JSON
 * ```
 */
export interface FundingSummaryState {
  /** Counters of the contributions in the period. */
  contributions: {
    count: number;
    amount: number;
    byContributorKind: GroupedState<MoneyState>;
    bySource: GroupedState<MoneyState>;
    byTarget: GroupedState<MoneyState>;
    inKind: MoneyState;
    contributors: number;
  };
  /** Contributions outside the period. */
  contributionsOutside: MoneyState;
  /** Counters of the expenses in the period. */
  expenses: {
    count: number;
    amount: number;
    byPurpose: GroupedState<MoneyState>;
    bySource: GroupedState<MoneyState>;
    byPayer: GroupedState<MoneyState>;
    byTarget: GroupedState<MoneyState>;
  };
  /** Expenses outside the period. */
  expensesOutside: MoneyState;
}

/**
 * The state of a {@link MoneyCount}: records and đồng so far.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { MoneyState } from "antt";
 * const state: MoneyState = { count: 2, amount: 1_000_000 };
 * ```
 */
export interface MoneyState {
  /** Records so far. */
  count: number;
  /** Đồng so far. */
  amount: number;
}

/** The amount of a record, in whole đồng. */
const amountOf = (r: { readonly amount: number }) =>
  whole(r.amount, "amount", "a whole number of đồng");

function money<T extends { readonly amount: number }>() {
  return struct({ count: count(), amount: sum((r: T) => amountOf(r)) });
}

function contributionCounter() {
  return struct({
    count: count(),
    amount: sum((c: Contribution) => amountOf(c)),
    byContributorKind: groupBy(
      byCode((c: Contribution) => payerKey(c.contributorKind)),
      money<Contribution>(),
    ),
    bySource: groupBy(
      byCode((c: Contribution) => payerFundingSource(c.contributorKind)),
      money<Contribution>(),
    ),
    byTarget: groupBy(
      byCode((c: Contribution) => c.funds.kind),
      money<Contribution>(),
    ),
    inKind: filtered((c: Contribution) => c.inKind === true, money<Contribution>()),
    contributors: sum((c: Contribution) => {
      const n = c.contributorCount;
      return n == null ? 1 : whole(n, "contributorCount", "a whole number");
    }),
  });
}

function expenseCounter() {
  return struct({
    count: count(),
    amount: sum((e: Expense) => amountOf(e)),
    byPurpose: groupBy(
      byCode((e: Expense) => e.purpose),
      money<Expense>(),
    ),
    bySource: groupBy(
      byCode((e: Expense) => (e.source === undefined ? undefined : payerFundingSource(e.source))),
      money<Expense>(),
    ),
    byPayer: groupBy(
      byCode((e: Expense) => (e.source === undefined ? undefined : payerKey(e.source))),
      money<Expense>(),
    ),
    byTarget: groupBy(
      byCode((e: Expense) => e.funds.kind),
      money<Expense>(),
    ),
  });
}

function build(options: FundingSummaryOptions) {
  const { period } = options;
  const inPeriod = (day: string) => period === undefined || periodContains(period, day);
  const contribution = (r: FundingRecord) => r.contribution as Contribution;
  const expense = (r: FundingRecord) => r.expense as Expense;
  const isContribution = (r: FundingRecord) => r.contribution !== undefined;
  const isExpense = (r: FundingRecord) => r.expense !== undefined;
  return struct({
    contributions: filtered(
      (r: FundingRecord) => isContribution(r) && inPeriod(contribution(r).receivedOn),
      mapped(contribution, contributionCounter()),
    ),
    contributionsOutside: filtered(
      (r: FundingRecord) => isContribution(r) && !inPeriod(contribution(r).receivedOn),
      mapped(contribution, money<Contribution>()),
    ),
    expenses: filtered(
      (r: FundingRecord) => isExpense(r) && inPeriod(expense(r).spentOn),
      mapped(expense, expenseCounter()),
    ),
    expensesOutside: filtered(
      (r: FundingRecord) => isExpense(r) && !inPeriod(expense(r).spentOn),
      mapped(expense, money<Expense>()),
    ),
  });
}

/**
 * The aggregator of the funding summary: contributions by contributor kind, by funding
 * source (xã hội hóa or ngân sách) and by what they fund; expenses by purpose, source
 * and target; the balance of the period. Over records tagged {@link FundingRecord}
 * (`{ contribution }` or `{ expense }`).
 *
 * @description Each record is counted once: in the period's figures when its day
 * (`receivedOn`, `spentOn`) is in `period`, else in `outsidePeriod`. A contribution for
 * several cameras is counted once under `cameras`, never split. Money is added as exact
 * whole đồng, up to 2^53 − 1 (9,007,199,254,740,991 đồng); a sum beyond throws a
 * `RangeError` rather than round. The state is JSON and merges, in any order and split;
 * it is of kind `antt.funding-summary`, version 1: check one read from a file, a worker or
 * a network with `parseState(fundingSummary(), text)` before merging it.
 *
 * Records are not validated: an `amount` or `contributorCount` that is not a whole number
 * ≥ 0 (`"500000"`, `-1`) throws rather than become a wrong figure, and so does a day that
 * is not a date when a `period` is given; `aggregate` and {@link summarizeFunding} report
 * it as a `RecordError` naming the record.
 *
 * @param options - `period` (see {@link FundingSummaryOptions})
 * @returns an aggregator from tagged records to a {@link FundingSummary}
 * @throws (when records are added) a TypeError for an amount or count that is not a
 *   number ≥ 0, a RangeError for a fraction, a sum beyond 2^53 − 1 or a day that is not a
 *   date
 * @throws RangeError when `period` is not a valid period (parsePeriod or customPeriod, years 1900 to 2999)
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregate, fundingSummary, type FundingRecord } from "antt";
 * const records: FundingRecord[] = [
 *   { contribution: { id: "c-1", unitCode: "20347", contributorKind: "household", contributorCount: 50, amount: 12_500_000, receivedOn: "2022-04-10", funds: { kind: "cameras" } } },
 *   { contribution: { id: "c-2", unitCode: "20347", contributorKind: "budget", amount: 2_000_000, receivedOn: "2022-05-02", funds: { kind: "model" } } },
 *   { expense: { id: "e-1", unitCode: "20347", amount: 9_000_000, spentOn: "2022-05-20", purpose: "cameras", funds: { kind: "cameras" } } },
 * ];
 * const summary = aggregate(fundingSummary(), records);
 * summary.contributions.bySource.community; // { count: 1, amount: 12500000 }
 * summary.balance;                           // 5500000
 * ```
 */
export function fundingSummary(
  options: FundingSummaryOptions = {},
): Aggregator<FundingRecord, FundingSummaryState, FundingSummary> {
  checkPeriod(options.period);
  const summary = mapOutput(build(options), (out) => ({
    contributions: { ...out.contributions, outsidePeriod: out.contributionsOutside },
    expenses: { ...out.expenses, outsidePeriod: out.expensesOutside },
    balance: out.contributions.amount - out.expenses.amount,
  }));
  return named("antt.funding-summary", summary);
}

/**
 * The records of {@link summarizeFunding}: contributions and optionally expenses, each an
 * array, an iterable or an async iterable.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { FundingSources } from "antt";
 * const input: FundingSources = { contributions: [], expenses: [] };
 * ```
 */
export interface FundingSources {
  /** The contributions (đóng góp). */
  readonly contributions: Source<Contribution>;
  /** The expenses (khoản chi); without them, the balance is what was received. */
  readonly expenses?: Source<Expense> | undefined;
}

/**
 * Summarises the movement's money the way a locality reports it: contributions by who
 * gave, by funding source (xã hội hóa, ngân sách) and by what they fund; expenses by
 * purpose; the balance of the period.
 *
 * @description A convenience over {@link fundingSummary}, reading each source once. When
 * both sources are arrays or iterables the summary is returned directly; when one is an
 * async iterable, a promise of it. Sums are exact whole đồng up to 2^53 − 1.
 *
 * @param input - `contributions` and optional `expenses` (see {@link FundingSources})
 * @param options - `period` (see {@link FundingSummaryOptions})
 * @returns the {@link FundingSummary} (a promise of it when a source is async)
 * @throws TypeError when a source is not iterable; RecordError (with the record's index
 *   in its source, and its id) for a record the summary cannot count (see
 *   {@link fundingSummary}), a sum beyond 2^53 − 1 among them; RangeError when the sums of
 *   the two sources together exceed 2^53 − 1
 * @throws RangeError when `period` is not a valid period (parsePeriod or customPeriod, years 1900 to 2999)
 * @category Aggregations
 * @example
 * ```ts
 * import { formatVnd, parsePeriod, summarizeFunding } from "antt";
 * const summary = summarizeFunding(
 *   {
 *     contributions: [
 *       { id: "c-1", unitCode: "20347", contributorKind: "household", amount: 12_500_000, receivedOn: "2022-04-10", funds: { kind: "cameras" } },
 *       { id: "c-2", unitCode: "20347", contributorKind: "business", amount: 3_000_000, receivedOn: "2022-08-01", funds: { kind: "cameras" } },
 *     ],
 *   },
 *   { period: parsePeriod("2022-H1") },
 * );
 * formatVnd(summary.contributions.amount);  // "12,5 triệu đồng"
 * summary.contributions.outsidePeriod;       // { count: 1, amount: 3000000 }
 * ```
 */
export function summarizeFunding(
  input: {
    readonly contributions: Iterable<Contribution>;
    readonly expenses?: Iterable<Expense> | undefined;
  },
  options?: FundingSummaryOptions,
): FundingSummary;
export function summarizeFunding(
  input: FundingSources & { readonly contributions: AsyncIterable<Contribution> },
  options?: FundingSummaryOptions,
): Promise<FundingSummary>;
export function summarizeFunding(
  input: FundingSources & { readonly expenses: AsyncIterable<Expense> },
  options?: FundingSummaryOptions,
): Promise<FundingSummary>;
export function summarizeFunding(
  input: FundingSources,
  options?: FundingSummaryOptions,
): FundingSummary | Promise<FundingSummary>;
export function summarizeFunding(
  input: FundingSources,
  options: FundingSummaryOptions = {},
): FundingSummary | Promise<FundingSummary> {
  const aggregator = fundingSummary(options);
  const states = [
    aggregateState(
      mapped((contribution: Contribution): FundingRecord => ({ contribution }), aggregator),
      input.contributions,
    ),
  ];
  if (input.expenses !== undefined) {
    states.push(
      aggregateState(
        mapped((expense: Expense): FundingRecord => ({ expense }), aggregator),
        input.expenses,
      ),
    );
  }
  return finishStates(aggregator, states);
}
