// What every summary in SQL shares: the spec (a query per dialect and a reader of its
// rows), the grouping by unit and period, and the period filter.

import { ownValue, setOwn } from "../aggregate/dict.js";
import { type GroupedState, UNASSIGNED } from "../aggregate/index.js";
import { addTo } from "../aggregate/summaries.js";
import { type Period, type PeriodUnit, parsePeriod } from "../core/index.js";
import { numberOf, type SqlClient, type SqlQuery, type SqlRow, textOf } from "./client.js";
import {
  checkDialect,
  checkPeriodUnit,
  ident,
  periodKeySql,
  vietnamDay,
  vietnamTime,
} from "./dialect.js";
import type { SqlDialect } from "./layout.js";

/**
 * A summary computed in the database: its query in each dialect, and the reader that
 * turns the query's rows into the state of the library's aggregator, ready to merge with
 * states from JavaScript (`mergeStates`), finish and report.
 *
 * @typeParam State - the aggregator's state
 * @category SQL
 * @example
 * ```ts
 * import { incidentSummarySql, type SqlSummary } from "antt/sql";
 * import type { IncidentSummaryState } from "antt";
 * const summary: SqlSummary<IncidentSummaryState> = incidentSummarySql();
 * summary.query("duckdb").text.startsWith("WITH"); // true
 * ```
 */
export interface SqlSummary<State> {
  /** The query, in a dialect, with its parameters. */
  query(dialect: SqlDialect): SqlQuery;
  /** The state made of the query's rows. */
  state(rows: readonly SqlRow[]): State;
}

/**
 * Runs a summary's query on a database and gives the state made of its rows.
 *
 * @param client - the database ({@link duckdbClient}, {@link postgresClient})
 * @param summary - the summary, such as {@link incidentSummaryByUnitAndPeriodSql}
 * @returns the state, to merge with `mergeStates` and finish with the aggregator
 * @category SQL
 * @example
 * ```ts
 * import { DuckDBInstance } from "@duckdb/node-api";
 * import { incidentSummary } from "antt";
 * import { incidentSummarySql, loadDataset, duckdbClient, stateFromDatabase } from "antt/sql";
 * const client = duckdbClient(await (await DuckDBInstance.create(":memory:")).connect());
 * await loadDataset(client, { incidents: [] }, { kinds: ["incidents"] });
 * const state = await stateFromDatabase(client, incidentSummarySql());
 * incidentSummary().finish(state).total; // 0
 * ```
 */
export async function stateFromDatabase<State>(
  client: SqlClient,
  summary: SqlSummary<State>,
): Promise<State> {
  const { text, params } = summary.query(checkDialect(client.dialect));
  return summary.state(await client.query(text, params));
}

/**
 * Options every summary in SQL takes.
 *
 * @category SQL
 * @example
 * ```ts
 * import type { SqlSummaryOptions } from "antt/sql";
 * const options: SqlSummaryOptions = { prefix: "antt_" };
 * ```
 */
export interface SqlSummaryOptions {
  /** The prefix the record tables were made with (see `createTablesSql`). */
  readonly prefix?: string | undefined;
}

/** How a summary's rows are keyed: one state, or one per unit and period. */
export interface Grouping {
  readonly grouped: boolean;
  readonly periodUnit: PeriodUnit;
}

export function groupingOf(grouped: boolean, periodUnit: PeriodUnit | undefined): Grouping {
  return { grouped, periodUnit: checkPeriodUnit(periodUnit ?? "month") };
}

/** The checked period of the options, or `undefined`. */
export function periodOf(period: Period | undefined): Period | undefined {
  if (period === undefined) return undefined;
  // parsePeriod checks the key and gives the days; a hand-made period is checked here.
  const parsed = parsePeriod(period.key);
  if (parsed.start !== period.start || parsed.end !== period.end) {
    throw new RangeError(
      `Invalid period ${JSON.stringify(period)}: its days do not match its key (Kỳ báo cáo không hợp lệ)`,
    );
  }
  return period;
}

/** The grouping columns of the base rows: the unit and the period key of `dateExpr`. */
export function groupColumns(
  dialect: SqlDialect,
  grouping: Grouping,
  unitColumn: string,
  instantColumn: string,
): string {
  if (!grouping.grouped) return "";
  const local = vietnamTime(ident(instantColumn));
  return `${ident(unitColumn)} AS g_unit, ${periodKeySql(dialect, local, grouping.periodUnit)} AS g_period, `;
}

/** The `inp` column: whether the Vietnamese day of an instant is in the period. */
export function inPeriodColumn(
  instantColumn: string,
  period: Period | undefined,
  params: unknown[],
): string {
  if (period === undefined) return "TRUE AS inp";
  params.push(period.start, period.end);
  const day = vietnamDay(ident(instantColumn));
  return `(${day} BETWEEN CAST($${params.length - 1} AS DATE) AND CAST($${params.length} AS DATE)) AS inp`;
}

/** The group-by list of a branch. */
export function groupBy(grouping: Grouping, ...keys: string[]): string {
  const all = [...(grouping.grouped ? ["g_unit", "g_period"] : []), ...keys];
  return all.length === 0 ? "" : ` GROUP BY ${all.join(", ")}`;
}

/** The selected group columns of a branch. */
export function groupSelect(grouping: Grouping): string {
  return grouping.grouped ? "g_unit, g_period, " : "";
}

/** `COALESCE(NULLIF(x, ''), 'unassigned')`: a code as the summaries key it. */
export function keyed(column: string): string {
  return `COALESCE(NULLIF(${ident(column)}, ''), '${UNASSIGNED}')`;
}

/** A whole-number measure, the same type in every branch of a UNION. */
export function whole(expr: string): string {
  return `CAST(${expr} AS BIGINT)`;
}

/** Reads the rows of a grouped summary into a grouped state (unit → period → state). */
export function groupedStateOf<S>(
  rows: readonly SqlRow[],
  init: () => S,
  apply: (state: S, row: SqlRow) => void,
): GroupedState<GroupedState<S>> {
  const units = new Map<string, Map<string, S>>();
  for (const row of rows) {
    const unit = textOf(row["g_unit"]) ?? UNASSIGNED;
    const period = textOf(row["g_period"]) ?? UNASSIGNED;
    let periods = units.get(unit);
    if (periods === undefined) {
      periods = new Map();
      units.set(unit, periods);
    }
    let state = periods.get(period);
    if (state === undefined) {
      state = init();
      periods.set(period, state);
    }
    apply(state, row);
  }
  const out: GroupedState<GroupedState<S>> = [];
  for (const [unit, periods] of units) {
    const inner: GroupedState<S> = [];
    for (const [period, state] of periods) inner.push(period, state);
    out.push(unit, inner);
  }
  return out;
}

/** Reads the rows of an ungrouped summary into one state. */
export function flatStateOf<S>(
  rows: readonly SqlRow[],
  init: () => S,
  apply: (state: S, row: SqlRow) => void,
): S {
  const state = init();
  for (const row of rows) apply(state, row);
  return state;
}

/** Adds `n` to a count by code, only when there is something to add. */
export function addCount(dict: Record<string, number>, key: string | null, n: number): void {
  if (n !== 0) addTo(dict, key ?? UNASSIGNED, n);
}

/** A nested dictionary entry, made on first use. */
export function entry<T>(dict: Record<string, T>, key: string, make: () => T): T {
  let value = ownValue(dict, key);
  if (value === undefined) {
    value = make();
    setOwn(dict, key, value);
  }
  return value;
}

/** The whole number of a measure column of a row. */
export function measure(row: SqlRow, column: string): number {
  return numberOf(row[column], column);
}

export { textOf };
