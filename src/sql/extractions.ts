import { ownValue, setOwn } from "../aggregate/dict.js";
import { type GroupedState, UNASSIGNED } from "../aggregate/index.js";
import type { PeriodUnit } from "../core/index.js";
import {
  type ExtractionSummaryOptions,
  type ExtractionSummaryState,
  extractionSummary,
  UNKNOWN_INCIDENT,
} from "../incidents/index.js";
import type { SqlQuery, SqlRow } from "./client.js";
import { ident } from "./dialect.js";
import { type SqlDialect, sqlTableOf } from "./layout.js";
import {
  addCount,
  branchesQuery,
  flatStateOf,
  type Grouping,
  groupColumns,
  groupedStateOf,
  groupingOf,
  inPeriodColumn,
  keyed,
  measure,
  periodOf,
  type SqlSummary,
  type SqlSummaryOptions,
  textOf,
  unknownRow,
} from "./summary.js";

/**
 * Options of {@link extractionSummarySql} and {@link extractionSummaryByUnitAndPeriodSql}.
 *
 * @category SQL
 * @example
 * ```ts
 * import { parsePeriod } from "antt";
 * import type { ExtractionSummarySqlOptions } from "antt/sql";
 * const options: ExtractionSummarySqlOptions = { period: parsePeriod("2024"), joinIncidents: true };
 * ```
 */
export interface ExtractionSummarySqlOptions
  extends Omit<ExtractionSummaryOptions, "incidents">,
    SqlSummaryOptions {
  /**
   * Look up the category of the incident each extraction served in the `incidents` table,
   * as the `incidents` option of `extractionSummary` does in JavaScript: give that option
   * the same incidents to the JavaScript shards whose states are merged with this one.
   */
  readonly joinIncidents?: boolean | undefined;
  /** The calendar unit of the time groups of the grouped form; `month` by default. */
  readonly periodUnit?: PeriodUnit | undefined;
}

function extractionQueries(
  dialect: SqlDialect,
  options: ExtractionSummarySqlOptions,
  grouping: Grouping,
): SqlQuery[] {
  const table = sqlTableOf("extractions", { prefix: options.prefix }).name;
  const incidents = sqlTableOf("incidents", { prefix: options.prefix }).name;
  const join = options.joinIncidents === true;
  const linked = `("incident_id" IS NOT NULL AND "incident_id" <> '')`;
  const category = join
    ? `CASE WHEN NOT ${linked} THEN '${UNASSIGNED}' WHEN NOT inc_found THEN '${UNKNOWN_INCIDENT}' ELSE COALESCE(NULLIF(inc_category, ''), '${UNASSIGNED}') END`
    : "CAST(NULL AS TEXT)";
  // With the incidents looked up, the rows are the extractions with two columns more.
  const source = join
    ? `(SELECT e.*, i."category" AS inc_category, (i."id" IS NOT NULL) AS inc_found FROM ${ident(table)} e LEFT JOIN ${ident(incidents)} i ON i."id" = e."incident_id") x`
    : ident(table);
  const baseOf = (params: unknown[]) =>
    `SELECT ${groupColumns(dialect, grouping, "unit_code", "requested_at")}` +
    `${inPeriodColumn("requested_at", options.period, params)}, ` +
    `${keyed("outcome")} AS outcome, ${keyed("purpose")} AS purpose, ` +
    `("outcome" = 'helped-clarify') AS helped, ${linked} AS linked, ` +
    `"incident_id" AS incident, ${category} AS cat FROM ${source}`;
  const countParams: unknown[] = [];
  const counts = branchesQuery(dialect, grouping, baseOf(countParams), [
    ...(options.period === undefined ? [] : [{ name: "outside", where: "NOT inp" }]),
    { name: "total", where: "inp" },
    { name: "helped", where: "inp AND helped" },
    { name: "linked", where: "inp AND linked" },
    { name: "outcome", key: "outcome", where: "inp" },
    { name: "purpose", key: "purpose", where: "inp" },
    ...(join
      ? [
          { name: "category", key: "cat", where: "inp" },
          { name: "category-helped", key: "cat", where: "inp AND helped" },
        ]
      : []),
  ]);
  // One row per incident served, with its category: the state keeps them, to count each
  // incident once however many extractions and shards served it.
  const servedParams: unknown[] = [];
  const served = branchesQuery(dialect, grouping, baseOf(servedParams), [
    {
      name: "incident",
      key: join ? "incident || '|' || cat" : "incident",
      where: "inp AND linked",
      measures: ["count(*) FILTER (WHERE helped)"],
    },
  ]);
  return [
    { text: counts, params: countParams },
    { text: served, params: servedParams },
  ];
}

/** The reader of one row; `joined` when the incidents were looked up. */
const applyExtractionRow =
  (joined: boolean) =>
  (state: ExtractionSummaryState, row: SqlRow): void => {
    const n = measure(row, "n");
    const k = textOf(row["k"]);
    switch (row["m"]) {
      case "outside":
        state.outsidePeriod += n;
        return;
      case "total":
        state.total += n;
        return;
      case "helped":
        state.helpedClarify += n;
        return;
      case "linked":
        state.linkedToIncident += n;
        return;
      case "outcome":
        addCount(state.byOutcome, k, n);
        return;
      case "purpose":
        addCount(state.byPurpose, k, n);
        return;
      case "category":
        addCount(state.byIncidentCategory, k, n);
        return;
      case "category-helped":
        addCount(state.helpedClarifyByIncidentCategory, k, n);
        return;
      case "incident": {
        // The id, then the category after the last "|" when incidents are looked up: an id
        // may hold "|", a category never does.
        const key = k ?? "";
        const cut = joined ? key.lastIndexOf("|") : -1;
        const id = cut < 0 ? key : key.slice(0, cut);
        const category = cut < 0 ? null : key.slice(cut + 1);
        const helped = measure(row, "a1");
        const served = ownValue(state.incidents, id);
        if (served === undefined) setOwn(state.incidents, id, { category, helped });
        else served.helped += helped;
        return;
      }
      default:
        throw unknownRow("extraction", row);
    }
  };

function initOf(options: ExtractionSummarySqlOptions) {
  // The JavaScript state starts with the category counters only when incidents are looked up.
  return extractionSummary({
    period: options.period,
    ...(options.joinIncidents === true && { incidents: [] }),
  }).init;
}

/**
 * The footage extraction summary (`extractionSummary`) computed in the database: its query
 * and the reader of its rows into an `ExtractionSummaryState`.
 *
 * @description The queries read the `extractions` table (and, with `joinIncidents`, the
 * `incidents` table for the category of each incident served). An extraction is in the
 * `period` when the Vietnamese day of its `requested_at` is. The state keeps one entry per
 * incident served, as the JavaScript state does, so that an incident served by extractions
 * in several shards is counted once when the states are merged.
 *
 * @param options - `period`, `joinIncidents` and the tables' `prefix`
 * @returns the summary, for {@link stateFromDatabase}
 * @throws RangeError for an invalid period or prefix
 * @category SQL
 * @example
 * ```ts
 * import { DuckDBInstance } from "@duckdb/node-api";
 * import { extractionSummary } from "antt";
 * import { duckdbClient, extractionSummarySql, loadDataset, stateFromDatabase } from "antt/sql";
 * const client = duckdbClient(await (await DuckDBInstance.create(":memory:")).connect());
 * await loadDataset(client, { extractions: [{
 *   id: "tx-1", unitCode: "15532", cameraIds: ["cam-1"], requestedAt: "2024-03-07T08:00:00+07:00",
 *   requestedBy: "Công an xã Xuân Sinh", footageFrom: "2024-03-07T01:00:00+07:00",
 *   footageTo: "2024-03-07T02:00:00+07:00", purpose: "incident-investigation", outcome: "helped-clarify",
 * }] }, { kinds: ["extractions"] });
 * const state = await stateFromDatabase(client, extractionSummarySql());
 * extractionSummary().finish(state).helpedClarify; // 1
 * ```
 */
export function extractionSummarySql(
  options: ExtractionSummarySqlOptions = {},
): SqlSummary<ExtractionSummaryState> {
  const checked = { ...options, period: periodOf(options.period) };
  const grouping = groupingOf(false, undefined);
  const init = initOf(checked);
  sqlTableOf("extractions", { prefix: options.prefix });
  return {
    queries: (dialect) => extractionQueries(dialect, checked, grouping),
    state: (results) =>
      flatStateOf(results, init, applyExtractionRow(checked.joinIncidents === true)),
  };
}

/**
 * Footage extraction figures per unit and period computed in the database: the state of
 * `byUnitAndPeriod(extractionSummary(options), { unitOf: (x) => x.unitCode, dateOf: (x) =>
 * x.requestedAt, periodUnit })`.
 *
 * @param options - `periodUnit` (`month` by default), `period`, `joinIncidents` and the
 *   tables' `prefix`
 * @returns the summary, for {@link stateFromDatabase}
 * @throws RangeError for an invalid period, period unit or prefix
 * @category SQL
 * @example
 * ```ts
 * import { DuckDBInstance } from "@duckdb/node-api";
 * import { byUnitAndPeriod, extractionSummary, type FootageExtraction } from "antt";
 * import { extractionSummaryByUnitAndPeriodSql, loadDataset, duckdbClient, stateFromDatabase } from "antt/sql";
 * const client = duckdbClient(await (await DuckDBInstance.create(":memory:")).connect());
 * await loadDataset(client, { extractions: [] }, { kinds: ["extractions"] });
 * const state = await stateFromDatabase(client, extractionSummaryByUnitAndPeriodSql());
 * const grouped = byUnitAndPeriod(extractionSummary(), {
 *   unitOf: (x: FootageExtraction) => x.unitCode,
 *   dateOf: (x: FootageExtraction) => x.requestedAt,
 * });
 * grouped.finish(state); // {}
 * ```
 */
export function extractionSummaryByUnitAndPeriodSql(
  options: ExtractionSummarySqlOptions = {},
): SqlSummary<GroupedState<GroupedState<ExtractionSummaryState>>> {
  const checked = { ...options, period: periodOf(options.period) };
  const grouping = groupingOf(true, options.periodUnit);
  const init = initOf(checked);
  sqlTableOf("extractions", { prefix: options.prefix });
  return {
    queries: (dialect) => extractionQueries(dialect, checked, grouping),
    state: (results) =>
      groupedStateOf(results, init, applyExtractionRow(checked.joinIncidents === true)),
  };
}
