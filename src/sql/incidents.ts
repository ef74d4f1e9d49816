import { type GroupedState, UNASSIGNED } from "../aggregate/index.js";
import {
  ACCIDENT_CATEGORIES,
  countedLegalClass,
  INCIDENT_CATEGORY_LABELS,
  type IncidentGroupingOptions,
  type IncidentSummaryOptions,
  type IncidentSummaryState,
  incidentSummary,
} from "../incidents/index.js";
import type { SqlQuery, SqlRow } from "./client.js";
import { arrayHas, ident, literal } from "./dialect.js";
import type { SqlDialect } from "./layout.js";
import { sqlTableOf } from "./layout.js";
import {
  addCount,
  branchesQuery,
  entry,
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

/** The legal class the summaries count an incident under, as SQL. */
function legalClassSql(): string {
  const cases = Object.keys(INCIDENT_CATEGORY_LABELS)
    .map((category) => `WHEN ${literal(category)} THEN ${literal(countedLegalClass({ category }))}`)
    .join(" ");
  return `CASE WHEN "legal_class" IS NOT NULL AND "legal_class" <> '' THEN "legal_class" ELSE CASE "category" ${cases} ELSE 'unassigned' END END`;
}

/** The harm figures, in the order of the state's fields, as SQL over the base rows. */
const HARM_MEASURES = [
  "sum(deaths)",
  "sum(injuries)",
  "count(deaths)",
  "count(injuries)",
  "count(*) FILTER (WHERE deaths IS NOT NULL AND injuries IS NOT NULL)",
  "sum(damage)",
  "count(damage)",
] as const;

function incidentQueries(
  dialect: SqlDialect,
  options: IncidentSummaryOptions & SqlSummaryOptions,
  grouping: Grouping,
): SqlQuery[] {
  const table = sqlTableOf("incidents", { prefix: options.prefix }).name;
  const period = options.period;
  const accidents = ACCIDENT_CATEGORIES.map(literal).join(", ");
  const baseOf = (params: unknown[]) =>
    `SELECT ${groupColumns(dialect, grouping, "unit_code", "occurred_at")}` +
    `${inPeriodColumn("occurred_at", period, params)}, ` +
    `${keyed("category")} AS cat, ${legalClassSql()} AS lc, ` +
    `${keyed("detected_by")} AS det, ${keyed("status")} AS st, ` +
    `("clarified_on" IS NOT NULL) AS clar, ` +
    `("clarified_on" IS NOT NULL AND ${arrayHas(dialect, '"clarified_by"', "camera")}) AS cam, ` +
    `"suspects" AS suspects, ("casualties_given" OR "damage_vnd" IS NOT NULL) AS harmful, ` +
    `"casualties_deaths" AS deaths, "casualties_injuries" AS injuries, "damage_vnd" AS damage, ` +
    `${keyed("cause")} AS cause, ${keyed("traffic_severity")} AS sev ` +
    `FROM ${ident(table)}`;
  const countParams: unknown[] = [];
  const counts = branchesQuery(dialect, grouping, baseOf(countParams), [
    ...(period === undefined ? [] : [{ name: "outside", where: "NOT inp" }]),
    { name: "total", where: "inp" },
    { name: "category", key: "cat", where: "inp" },
    { name: "clarified", key: "cat", where: "inp AND clar" },
    { name: "camera", key: "cat", where: "inp AND cam" },
    { name: "legal", key: "lc", where: "inp" },
    { name: "detection", key: "det", where: "inp" },
    { name: "status", key: "st", where: "inp" },
    { name: "cause", key: "cat || '|' || cause", where: `inp AND cat IN (${accidents})` },
    { name: "severity", key: "sev", where: "inp AND cat = 'traffic-accident'" },
  ]);
  // The sums, in few rows: the groups with any, and the categories with harm given.
  const sumParams: unknown[] = [];
  const sums = branchesQuery(dialect, grouping, baseOf(sumParams), [
    {
      name: "sums",
      where: "inp AND (suspects IS NOT NULL OR harmful)",
      measures: ["sum(suspects)", ...HARM_MEASURES],
    },
    { name: "harm", key: "cat", where: "inp AND harmful", measures: HARM_MEASURES },
  ]);
  return [
    { text: counts, params: countParams },
    { text: sums, params: sumParams },
  ];
}

/** The harm figures of a state or one of its categories, from measures starting at `from`. */
function addHarm(
  h: IncidentSummaryState["harmByCategory"][string],
  row: SqlRow,
  from: number,
): void {
  h.deaths += measure(row, `a${from}`);
  h.injuries += measure(row, `a${from + 1}`);
  h.deathsStated += measure(row, `a${from + 2}`);
  h.injuriesStated += measure(row, `a${from + 3}`);
  h.casualtiesStated += measure(row, `a${from + 4}`);
  h.damageVnd += measure(row, `a${from + 5}`);
  h.damageStated += measure(row, `a${from + 6}`);
}

function noHarm(): IncidentSummaryState["harmByCategory"][string] {
  return {
    deaths: 0,
    injuries: 0,
    deathsStated: 0,
    injuriesStated: 0,
    casualtiesStated: 0,
    damageVnd: 0,
    damageStated: 0,
  };
}

function applyIncidentRow(state: IncidentSummaryState, row: SqlRow): void {
  const n = measure(row, "n");
  const k = textOf(row["k"]);
  switch (row["m"]) {
    case "outside":
      state.outsidePeriod += n;
      return;
    case "total":
      state.total += n;
      return;
    case "category":
      addCount(state.byCategory, k, n);
      return;
    case "clarified":
      state.clarified += n;
      addCount(state.clarifiedByCategory, k, n);
      return;
    case "camera":
      state.clarifiedWithCamera += n;
      addCount(state.clarifiedWithCameraByCategory, k, n);
      return;
    case "legal":
      addCount(state.byLegalClass, k, n);
      return;
    case "detection":
      addCount(state.byDetection, k, n);
      return;
    case "status":
      addCount(state.byStatus, k, n);
      return;
    case "cause": {
      const [category = UNASSIGNED, cause = UNASSIGNED] = (k ?? "").split("|");
      addCount(
        entry(state.byAccidentCategoryAndCause, category, () => ({})),
        cause,
        n,
      );
      return;
    }
    case "severity":
      addCount(state.trafficBySeverity, k, n);
      return;
    case "sums":
      state.suspects += measure(row, "a1");
      addHarm(state, row, 2);
      return;
    case "harm":
      addHarm(entry(state.harmByCategory, k ?? UNASSIGNED, noHarm), row, 1);
      return;
    default:
      throw unknownRow("incident", row);
  }
}

/**
 * The incident summary (`incidentSummary`) computed in the database: its query and the
 * reader of its rows into an {@link IncidentSummaryState}.
 *
 * @description Two queries read the `incidents` table ({@link createTablesSql}): the
 * counts, grouped by every breakdown of the summary (category, legal class, detection,
 * status, cause, severity) as a `UNION ALL` of small `GROUP BY`s, and the sums (suspects,
 * casualties, damage) of the incidents that give any; a `period` is two parameters, and an incident is in it when its Vietnamese day (UTC + 7 hours) is. The
 * state it gives merges with states computed in JavaScript and finishes to the same
 * figures, byte for byte, as one JavaScript pass over the same records (a property test
 * checks it in both dialects).
 *
 * @param options - the options of `incidentSummary` (`period`) and the tables' `prefix`
 * @returns the summary, for {@link stateFromDatabase}
 * @throws RangeError for an invalid period or prefix
 * @category SQL
 * @example
 * ```ts
 * import { DuckDBInstance } from "@duckdb/node-api";
 * import { incidentSummary, mergeStates, parsePeriod } from "antt";
 * import { duckdbClient, incidentSummarySql, loadDataset, stateFromDatabase } from "antt/sql";
 * const client = duckdbClient(await (await DuckDBInstance.create(":memory:")).connect());
 * await loadDataset(client, { incidents: [
 *   { id: "vv-1", category: "theft", occurredAt: "2024-03-07T01:40:00+07:00",
 *     unitCode: "15532", detectedBy: "report", status: "received" },
 * ] }, { kinds: ["incidents"] });
 * const options = { period: parsePeriod("2024") };
 * const state = await stateFromDatabase(client, incidentSummarySql(options));
 * incidentSummary(options).finish(state).byCategory; // { theft: 1 }
 * ```
 */
export function incidentSummarySql(
  options: IncidentSummaryOptions & SqlSummaryOptions = {},
): SqlSummary<IncidentSummaryState> {
  const checked = { ...options, period: periodOf(options.period) };
  const aggregator = incidentSummary(checked);
  const grouping = groupingOf(false, undefined);
  sqlTableOf("incidents", { prefix: options.prefix });
  return {
    queries: (dialect) => incidentQueries(dialect, checked, grouping),
    state: (results) => flatStateOf(results, aggregator.init, applyIncidentRow),
  };
}

/**
 * The incident figures per unit and period (`incidentSummaryByUnitAndPeriod`) computed in
 * the database: the unit is the row's `unit_code`, the period the `periodKeyOf` key of
 * `occurred_at` in Vietnam time.
 *
 * @description As {@link incidentSummarySql}, grouped by unit and period key in SQL; the
 * state is the grouped state of `incidentSummaryByUnitAndPeriod(options)`, so it merges
 * with that aggregator's states from JavaScript and rolls up with `rollup`. Vietnam has
 * kept UTC+7 since 1975, so the key is the fixed-offset wall clock's: the same key as
 * `periodKeyOf` for every instant, near midnight and year ends included.
 *
 * @param options - `periodUnit` (`month` by default), `period` and the tables' `prefix`
 * @returns the summary, for {@link stateFromDatabase}
 * @throws RangeError for an invalid period, period unit or prefix
 * @category SQL
 * @example
 * ```ts
 * import { DuckDBInstance } from "@duckdb/node-api";
 * import { incidentSummaryByUnitAndPeriod } from "antt";
 * import { incidentSummaryByUnitAndPeriodSql, loadDataset, duckdbClient, stateFromDatabase } from "antt/sql";
 * const client = duckdbClient(await (await DuckDBInstance.create(":memory:")).connect());
 * await loadDataset(client, { incidents: [
 *   { id: "vv-1", category: "theft", occurredAt: "2024-03-31T17:30:00Z",
 *     unitCode: "15532", detectedBy: "patrol", status: "received" },
 * ] }, { kinds: ["incidents"] });
 * const state = await stateFromDatabase(client, incidentSummaryByUnitAndPeriodSql());
 * const table = incidentSummaryByUnitAndPeriod().finish(state);
 * table["15532"]?.["2024-04"]?.total; // 1 (00:30 on 1 April in Vietnam)
 * ```
 */
export function incidentSummaryByUnitAndPeriodSql(
  options: IncidentGroupingOptions & SqlSummaryOptions = {},
): SqlSummary<GroupedState<GroupedState<IncidentSummaryState>>> {
  const checked = { ...options, period: periodOf(options.period) };
  const grouping = groupingOf(true, options.periodUnit);
  const aggregator = incidentSummary(checked);
  sqlTableOf("incidents", { prefix: options.prefix });
  return {
    queries: (dialect) => incidentQueries(dialect, checked, grouping),
    state: (results) => groupedStateOf(results, aggregator.init, applyIncidentRow),
  };
}
