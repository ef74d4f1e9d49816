import type { GroupedState } from "../aggregate/index.js";
import {
  ACCIDENT_CATEGORIES,
  countedLegalClass,
  INCIDENT_CATEGORY_LABELS,
  type IncidentGroupingOptions,
  type IncidentSummaryOptions,
  type IncidentSummaryState,
  incidentSummary,
} from "../incidents/index.js";
import type { SqlRow } from "./client.js";
import { arrayHas, ident, literal } from "./dialect.js";
import type { SqlDialect } from "./layout.js";
import { sqlTableOf } from "./layout.js";
import {
  addCount,
  entry,
  flatStateOf,
  type Grouping,
  groupBy,
  groupColumns,
  groupedStateOf,
  groupingOf,
  groupSelect,
  inPeriodColumn,
  keyed,
  measure,
  periodOf,
  type SqlSummary,
  type SqlSummaryOptions,
  textOf,
  whole,
} from "./summary.js";

/** The legal class the summaries count an incident under, as SQL. */
function legalClassSql(): string {
  const cases = Object.keys(INCIDENT_CATEGORY_LABELS)
    .map((category) => `WHEN ${literal(category)} THEN ${literal(countedLegalClass({ category }))}`)
    .join(" ");
  return `CASE WHEN "legal_class" IS NOT NULL AND "legal_class" <> '' THEN "legal_class" ELSE CASE "category" ${cases} ELSE 'unassigned' END END`;
}

// The measures of every branch, a1..a10, and what each branch puts in them:
// - total:    a1 suspects, a2 deaths, a3 injuries, a4 deathsStated, a5 injuriesStated,
//             a6 casualtiesStated, a7 damageVnd, a8 damageStated;
// - category: n cases, a1 clarified, a2 with camera, a3 harm rows, then a4.. the harm
//             figures of the category in the order of `total`'s a2..a8 (a4..a10);
// - the others: n only.
const MEASURES = 10;

function harmMeasures(): string[] {
  return [
    "sum(deaths)",
    "sum(injuries)",
    "count(deaths)",
    "count(injuries)",
    "count(*) FILTER (WHERE deaths IS NOT NULL AND injuries IS NOT NULL)",
    "sum(damage)",
    "count(damage)",
  ];
}

function branch(
  grouping: Grouping,
  name: string,
  keys: readonly [string | null, string | null],
  where: string,
  measures: readonly string[],
): string {
  const a = Array.from({ length: MEASURES }, (_, i) =>
    i < measures.length
      ? `${whole(`COALESCE(${measures[i]}, 0)`)} AS a${i + 1}`
      : `CAST(NULL AS BIGINT) AS a${i + 1}`,
  );
  const [k1, k2] = keys;
  return (
    `SELECT ${groupSelect(grouping)}'${name}' AS m, ${k1 ?? "CAST(NULL AS TEXT)"} AS k1, ${k2 ?? "CAST(NULL AS TEXT)"} AS k2, ` +
    `${whole("count(*)")} AS n, ${a.join(", ")} FROM base WHERE ${where}` +
    groupBy(grouping, ...[k1, k2].filter((k): k is string => k !== null))
  );
}

function incidentQuery(
  dialect: SqlDialect,
  options: IncidentSummaryOptions & SqlSummaryOptions,
  grouping: Grouping,
): { text: string; params: unknown[] } {
  const params: unknown[] = [];
  const table = sqlTableOf("incidents", { prefix: options.prefix }).name;
  const period = options.period;
  const accidents = ACCIDENT_CATEGORIES.map(literal).join(", ");
  const base =
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
  const branches = [
    ...(period === undefined ? [] : [branch(grouping, "outside", [null, null], "NOT inp", [])]),
    branch(grouping, "total", [null, null], "inp", ["sum(suspects)", ...harmMeasures()]),
    branch(grouping, "category", ["cat", null], "inp", [
      "count(*) FILTER (WHERE clar)",
      "count(*) FILTER (WHERE cam)",
      "count(*) FILTER (WHERE harmful)",
      ...harmMeasures(),
    ]),
    branch(grouping, "legal", ["lc", null], "inp", []),
    branch(grouping, "detection", ["det", null], "inp", []),
    branch(grouping, "status", ["st", null], "inp", []),
    branch(grouping, "cause", ["cat", "cause"], `inp AND cat IN (${accidents})`, []),
    branch(grouping, "severity", ["sev", null], `inp AND cat = 'traffic-accident'`, []),
  ];
  return { text: `WITH base AS (${base})\n${branches.join("\nUNION ALL\n")}`, params };
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
  const k1 = textOf(row["k1"]);
  switch (row["m"]) {
    case "outside":
      state.outsidePeriod += n;
      return;
    case "total":
      state.total += n;
      state.suspects += measure(row, "a1");
      addHarm(state, row, 2);
      return;
    case "category": {
      const key = k1 ?? "unassigned";
      addCount(state.byCategory, key, n);
      const clarified = measure(row, "a1");
      const withCamera = measure(row, "a2");
      state.clarified += clarified;
      state.clarifiedWithCamera += withCamera;
      addCount(state.clarifiedByCategory, key, clarified);
      addCount(state.clarifiedWithCameraByCategory, key, withCamera);
      if (measure(row, "a3") > 0) addHarm(entry(state.harmByCategory, key, noHarm), row, 4);
      return;
    }
    case "legal":
      addCount(state.byLegalClass, k1, n);
      return;
    case "detection":
      addCount(state.byDetection, k1, n);
      return;
    case "status":
      addCount(state.byStatus, k1, n);
      return;
    case "cause": {
      const causes = entry(state.byAccidentCategoryAndCause, k1 ?? "unassigned", () => ({}));
      addCount(causes, textOf(row["k2"]), n);
      return;
    }
    case "severity":
      addCount(state.trafficBySeverity, k1, n);
      return;
    default:
      throw new TypeError(
        `Unknown summary row ${JSON.stringify(row["m"])}: not a row of the incident summary's query (Dòng tổng hợp không hợp lệ)`,
      );
  }
}

/**
 * The incident summary (`incidentSummary`) computed in the database: its query and the
 * reader of its rows into an {@link IncidentSummaryState}.
 *
 * @description The query reads the `incidents` table ({@link createTablesSql}) once and
 * groups it by every breakdown of the summary (category, legal class, detection, status,
 * cause, severity), as `UNION ALL` of small `GROUP BY`s over one scan; a `period` is two
 * parameters, and an incident is in it when its Vietnamese day (UTC + 7 hours) is. The
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
    query: (dialect) => incidentQuery(dialect, checked, grouping),
    state: (rows) => flatStateOf(rows, aggregator.init, applyIncidentRow),
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
    query: (dialect) => incidentQuery(dialect, checked, grouping),
    state: (rows) => groupedStateOf(rows, aggregator.init, applyIncidentRow),
  };
}
