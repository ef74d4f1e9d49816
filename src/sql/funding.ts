import { exactSum, groupIn } from "../aggregate/summaries.js";
import { PAYER_CODE_LABELS, payerFundingSource } from "../core/index.js";
import {
  type FundingSummaryOptions,
  type FundingSummaryState,
  fundingSummary,
  type MoneyState,
} from "../funding/index.js";
import type { SqlQuery, SqlRow } from "./client.js";
import { ident, jsonText } from "./dialect.js";
import type { SqlDialect } from "./layout.js";
import { sqlTableOf } from "./layout.js";
import {
  caseOf,
  flatStateOf,
  inPeriodDayColumn,
  keyedExpr,
  measure,
  payerKeySql,
  periodOf,
  type SqlSummary,
  type SqlSummaryOptions,
  textOf,
  unionAll,
  unionBranch,
  unknownRow,
} from "./summary.js";

// The measures of every branch: n the records, a1 the amount (đồng), a2 the contributors
// (the total of contributions only).

/** Where a payer's money counts (community or budget), `unassigned` without one. */
function sourceSql(column: string): string {
  const codes = Object.keys(PAYER_CODE_LABELS);
  const sources = Object.fromEntries(codes.map((code) => [code, payerFundingSource(code)]));
  return keyedExpr(caseOf(ident(column), sources, "CAST(NULL AS TEXT)"));
}

function fundingQueries(
  dialect: SqlDialect,
  options: FundingSummaryOptions & SqlSummaryOptions,
): SqlQuery[] {
  const prefix = options.prefix;
  const contributions = ident(sqlTableOf("contributions", { prefix }).name);
  const expenses = ident(sqlTableOf("expenses", { prefix }).name);
  const target = keyedExpr(jsonText(dialect, '"funds"', "kind"));
  const tables = (params: unknown[]) =>
    `WITH c AS (SELECT ${inPeriodDayColumn('"received_on"', options.period, params)}, ` +
    `"amount" AS amount, COALESCE("contributor_count", 1) AS contributors, ` +
    `${payerKeySql(ident("contributor_kind"))} AS payer, ${sourceSql("contributor_kind")} AS src, ` +
    `${target} AS target, COALESCE("in_kind", false) AS in_kind FROM ${contributions}), ` +
    `e AS (SELECT ${inPeriodDayColumn('"spent_on"', options.period, params)}, ` +
    `"amount" AS amount, ${keyedExpr('"purpose"')} AS purpose, ` +
    `${payerKeySql(ident("source"))} AS payer, ${sourceSql("source")} AS src, ` +
    `${target} AS target FROM ${expenses})\n`;
  const money = ["sum(amount)"];
  const branch =
    (width: number) =>
    (from: string, name: string, where: string, key?: string, measures = money) =>
      unionBranch({ dialect, from, name, where, key, measures, width });
  // The breakdowns, one narrow row per code: records and đồng.
  const group = branch(1);
  const groups = [
    group("c", "c-payer", "inp", "payer"),
    group("c", "c-source", "inp", "src"),
    group("c", "c-target", "inp", "target"),
    group("e", "e-purpose", "inp", "purpose"),
    group("e", "e-source", "inp", "src"),
    group("e", "e-payer", "inp", "payer"),
    group("e", "e-target", "inp", "target"),
  ];
  // The totals, five rows.
  const total = branch(2);
  const totals = [
    total("c", "c-outside", "NOT inp"),
    total("c", "c-total", "inp", undefined, [...money, "sum(contributors)"]),
    total("c", "c-in-kind", "inp AND in_kind"),
    total("e", "e-outside", "NOT inp"),
    total("e", "e-total", "inp"),
  ];
  return [groups, totals].map((branches) => {
    const params: unknown[] = [];
    return { text: `${tables(params)}${unionAll(branches, false)}`, params };
  });
}

/** Adds a row's records and đồng to a money state; the đồng checked as `sum` checks them. */
function addMoney(state: MoneyState, row: SqlRow): void {
  const n = measure(row, "n");
  if (n === 0) return;
  state.count += n;
  state.amount = exactSum(state.amount, measure(row, "a1"));
}

const noMoney = (): MoneyState => ({ count: 0, amount: 0 });

type Groups = FundingSummaryState["contributions"]["bySource"];

/** The breakdown a grouped row adds to. */
function groupsOf(state: FundingSummaryState, m: unknown): Groups | undefined {
  const { contributions: c, expenses: e } = state;
  switch (m) {
    case "c-payer":
      return c.byContributorKind;
    case "c-source":
      return c.bySource;
    case "c-target":
      return c.byTarget;
    case "e-purpose":
      return e.byPurpose;
    case "e-source":
      return e.bySource;
    case "e-payer":
      return e.byPayer;
    case "e-target":
      return e.byTarget;
    default:
      return undefined;
  }
}

function applyFundingRow(state: FundingSummaryState, row: SqlRow): void {
  const groups = groupsOf(state, row["m"]);
  if (groups !== undefined) {
    if (measure(row, "n") > 0) addMoney(groupIn(groups, textOf(row["k"]), noMoney), row);
    return;
  }
  const { contributions: c, expenses: e } = state;
  switch (row["m"]) {
    case "c-outside":
      addMoney(state.contributionsOutside, row);
      return;
    case "c-total":
      c.count += measure(row, "n");
      c.amount = exactSum(c.amount, measure(row, "a1"));
      c.contributors = exactSum(c.contributors, measure(row, "a2"));
      return;
    case "c-in-kind":
      addMoney(c.inKind, row);
      return;
    case "e-outside":
      addMoney(state.expensesOutside, row);
      return;
    case "e-total":
      e.count += measure(row, "n");
      e.amount = exactSum(e.amount, measure(row, "a1"));
      return;
    default:
      throw unknownRow("funding", row);
  }
}

/**
 * The funding summary (`fundingSummary`) computed in the database: its queries and the
 * reader of their rows into a `FundingSummaryState`.
 *
 * @description Two queries read the `contributions` and `expenses` tables
 * ({@link createTablesSql}): the breakdowns (contributor kind, funding source, target,
 * purpose, payer), one narrow row per code, and the totals, a few rows; each is a
 * `UNION ALL` of small `GROUP BY`s over both tables. An
 * old payer code counts under the code it stands for, as in JavaScript. A `period` is
 * parameters, and a record is in it when its day (`received_on`, `spent_on`) is. Amounts
 * are whole đồng, summed exactly: a sum beyond 2^53 − 1 throws rather than round. The
 * state merges with states computed in JavaScript (`aggregateState(fundingSummary(),
 * records)`) and finishes to the same figures, byte for byte, as one JavaScript pass
 * (a property test checks it in both dialects).
 *
 * @param options - the options of `fundingSummary` (`period`) and the tables' `prefix`
 * @returns the summary, for {@link stateFromDatabase}
 * @throws RangeError for an invalid period or prefix
 * @category SQL
 * @example
 * ```ts
 * import { DuckDBInstance } from "@duckdb/node-api";
 * import { fundingSummary } from "antt";
 * import { duckdbClient, fundingSummarySql, loadDataset, stateFromDatabase } from "antt/sql";
 * const client = duckdbClient(await (await DuckDBInstance.create(":memory:")).connect());
 * await loadDataset(client, {
 *   contributions: [{ id: "c-1", unitCode: "20347", contributorKind: "households",
 *     amount: 500_000, receivedOn: "2022-04-10", funds: { kind: "cameras" } }],
 *   expenses: [{ id: "e-1", unitCode: "20347", amount: 200_000, spentOn: "2022-04-20",
 *     purpose: "cameras", funds: { kind: "cameras" } }],
 * }, { kinds: ["contributions", "expenses"] });
 * const state = await stateFromDatabase(client, fundingSummarySql());
 * const summary = fundingSummary().finish(state);
 * summary.contributions.byContributorKind.household; // { count: 1, amount: 500000 }
 * summary.balance; // 300000
 * ```
 */
export function fundingSummarySql(
  options: FundingSummaryOptions & SqlSummaryOptions = {},
): SqlSummary<FundingSummaryState> {
  const checked = { ...options, period: periodOf(options.period) };
  const aggregator = fundingSummary(checked);
  sqlTableOf("contributions", { prefix: options.prefix });
  return {
    queries: (dialect) => fundingQueries(dialect, checked),
    state: (results) => flatStateOf(results, aggregator.init, applyFundingRow),
  };
}
