import { setOwn } from "../aggregate/dict.js";
import { addTo, checkAsOf, countOf, exactSum } from "../aggregate/summaries.js";
import {
  type CameraBreakdownState,
  type CameraCountState,
  type CameraSummaryOptions,
  type CameraSummaryState,
  cameraSummary,
} from "../cameras/index.js";
import type { SqlQuery, SqlRow } from "./client.js";
import { ident, jsonElements, jsonText } from "./dialect.js";
import type { SqlDialect } from "./layout.js";
import { sqlTableOf } from "./layout.js";
import {
  flatStateOf,
  keyed,
  measure,
  payerKeySql,
  type SqlSummary,
  type SqlSummaryOptions,
  textOf,
  unionAll,
  unionBranch,
  unknownRow,
} from "./summary.js";

// The totals' rows: n counts the points of a branch; a1..a6 are its sums, as each branch
// lists them.
const WIDTH = 6;

/**
 * Where a point goes (`cls`): `planned` (status planned or not installed, whatever
 * `asOf`), `later` (installed after `asOf`), `gone` (removed before `asOf`) or `counted`.
 */
function classSql(asOf: string | undefined, params: unknown[]): string {
  const planned = `WHEN "status" = 'planned' OR "installed_on" IS NULL THEN 'planned'`;
  if (asOf === undefined) return `CASE ${planned} ELSE 'counted' END`;
  params.push(asOf);
  const day = `CAST($${params.length} AS DATE)`;
  return (
    `CASE ${planned} WHEN "installed_on" > ${day} THEN 'later' ` +
    `WHEN "removed_on" IS NOT NULL AND "removed_on" < ${day} THEN 'gone' ELSE 'counted' END`
  );
}

/** The breakdowns of the counted points, by branch: the code's expression and the state. */
const BREAKDOWNS: Readonly<
  Record<string, readonly [string, (s: CameraSummaryState) => CameraBreakdownState]>
> = {
  owner: [keyed("owner_kind"), (s) => s.byOwnerKind],
  status: [keyed("status"), (s) => s.byStatus],
  tier: [keyed("sharing_tier"), (s) => s.bySharingTier],
  payer: ["payer", (s) => s.byPayer],
};

function cameraQueries(
  dialect: SqlDialect,
  options: CameraSummaryOptions & SqlSummaryOptions,
): SqlQuery[] {
  const table = ident(sqlTableOf("cameras", { prefix: options.prefix }).name);
  const p = (params: unknown[]) =>
    `SELECT "id", ${classSql(options.asOf, params)} AS cls, COALESCE("lenses", 1) AS lenses, ` +
    `"owner_kind", "status", "sharing_tier", "connected_to_duty_room", "recorders", ` +
    `"duty_room_screens", "funding" FROM ${table}`;
  // One row per funding entry: its payer as the summary keys it, its amount.
  const f =
    `SELECT p."id", p.cls, ${payerKeySql(jsonText(dialect, "e.value", "source"))} AS payer, ` +
    `CAST(${jsonText(dialect, "e.value", "amount")} AS BIGINT) AS amount ` +
    `FROM p, ${jsonElements(dialect, "p.funding", "e")}`;
  const fp =
    `SELECT "id", count(*) AS entries, count(DISTINCT payer) AS payers, ` +
    `min(payer) AS payer1, sum(amount) AS cost FROM f GROUP BY "id"`;
  // Who paid for a point: nobody recorded (unassigned), nobody (none: an empty list), the
  // one payer of all its entries, or mixed.
  const c =
    `SELECT p.*, COALESCE(fp.entries, 0) AS entries, fp.cost AS cost, ` +
    `CASE WHEN p.funding IS NULL THEN 'unassigned' WHEN fp.payers IS NULL THEN 'none' ` +
    `WHEN fp.payers = 1 THEN fp.payer1 ELSE 'mixed' END AS payer ` +
    `FROM p LEFT JOIN fp ON fp."id" = p."id"`;
  const branch =
    (width: number) =>
    (from: string, name: string, where: string, measures: string[], key?: string) =>
      unionBranch({ dialect, from, name, where, key, measures, width });
  // The breakdowns of the counted points, one narrow row per code: points and lenses,
  // and the cost by payer.
  const group = branch(1);
  const groups = [
    ...Object.entries(BREAKDOWNS).map(([name, [key]]) =>
      group("c", name, "cls = 'counted'", ["sum(lenses)"], key),
    ),
    group("f", "cost", "cls = 'counted'", ["sum(amount)"], "payer"),
  ];
  // The totals: one row per class of point, and the figures of the counted ones.
  const total = branch(WIDTH);
  const totals = [
    total(
      "c",
      "class",
      "TRUE",
      [
        "sum(lenses)",
        "count(*) FILTER (WHERE entries > 0)",
        "sum(lenses) FILTER (WHERE entries > 0)",
        "sum(cost) FILTER (WHERE entries > 0)",
      ],
      "cls",
    ),
    total("c", "counted", "cls = 'counted'", [
      `count(*) FILTER (WHERE "connected_to_duty_room")`,
      `sum(lenses) FILTER (WHERE "connected_to_duty_room")`,
      `sum("recorders")`,
      `sum("duty_room_screens")`,
      "count(*) FILTER (WHERE funding IS NOT NULL)",
      "sum(cost)",
    ]),
  ];
  return [groups, totals].map((branches) => {
    const params: unknown[] = [];
    return {
      text: `WITH p AS (${p(params)}), f AS (${f}), fp AS (${fp}), c AS (${c})\n${unionAll(branches, false)}`,
      params,
    };
  });
}

function tallyRows(count: CameraCountState, points: number, lenses: number): void {
  count.points += points;
  count.lenses += lenses;
}

function countOfClass(state: CameraSummaryState, cls: unknown): CameraCountState {
  switch (cls) {
    case "planned":
      return state.planned;
    case "later":
      return state.notYetInstalled;
    case "gone":
      return state.removedBefore;
    case "counted":
      return state.counted;
    default:
      throw new TypeError(
        `Unknown camera class ${JSON.stringify(cls)} in a summary row (Dòng tổng hợp không hợp lệ)`,
      );
  }
}

function applyCameraRow(state: CameraSummaryState, row: SqlRow): void {
  const m = textOf(row["m"]) ?? "";
  const n = measure(row, "n");
  const breakdown = Object.hasOwn(BREAKDOWNS, m) ? BREAKDOWNS[m] : undefined;
  if (breakdown !== undefined) {
    if (n === 0) return;
    const key = textOf(row["k"]) ?? "unassigned";
    const into = breakdown[1](state);
    addTo(into.points, key, n);
    addTo(into.lenses, key, measure(row, "a1"));
    return;
  }
  switch (m) {
    case "class": {
      tallyRows(countOfClass(state, row["k"]), n, measure(row, "a1"));
      if (row["k"] === "planned") {
        tallyRows(state.plannedFunded, measure(row, "a2"), measure(row, "a3"));
        state.plannedCost = exactSum(state.plannedCost, measure(row, "a4"));
      }
      return;
    }
    case "counted":
      tallyRows(state.connectedToDutyRoom, measure(row, "a1"), measure(row, "a2"));
      state.recorders += measure(row, "a3");
      state.dutyRoomScreens += measure(row, "a4");
      state.costRecordedPoints += measure(row, "a5");
      state.cost = exactSum(state.cost, measure(row, "a6"));
      return;
    case "cost": {
      if (n === 0) return;
      const key = textOf(row["k"]) ?? "unassigned";
      const dict = state.costBySource;
      setOwn(dict, key, exactSum(countOf(dict, key), measure(row, "a1")));
      return;
    }
    default:
      throw unknownRow("camera", row);
  }
}

/**
 * The camera summary (`cameraSummary`) computed in the database: its queries and the
 * reader of their rows into a `CameraSummaryState`.
 *
 * @description Two queries (the breakdowns, one narrow row per code, and the totals)
 * read the `cameras` table ({@link createTablesSql}), with its `funding` JSON list one
 * row per entry, and group the points as the summary does:
 * planned points apart (funded or not, and their cost); with `asOf` (a parameter), the
 * points installed after it and those removed before it apart; the points counted by
 * owner kind, status, sharing tier and payer (the one payer of all a point's entries,
 * `mixed`, `none` for an empty list, `unassigned` when not recorded, an old payer code
 * under the code it stands for), with their lenses (1 when not recorded), equipment and
 * cost by payer. Sums in đồng are exact: beyond 2^53 − 1 they throw rather than round.
 * The state merges with states computed in JavaScript and finishes to the same figures,
 * byte for byte, as one JavaScript pass (a property test checks it in both dialects);
 * `households` only changes `finish`, so give it to the aggregator that finishes.
 *
 * @param options - the options of `cameraSummary` (`asOf`, `households`) and the tables'
 *   `prefix`
 * @returns the summary, for {@link stateFromDatabase}
 * @throws RangeError for an invalid `asOf`, `households` or prefix
 * @category SQL
 * @example
 * ```ts
 * import { DuckDBInstance } from "@duckdb/node-api";
 * import { cameraSummary } from "antt";
 * import { cameraSummarySql, duckdbClient, loadDataset, stateFromDatabase } from "antt/sql";
 * const client = duckdbClient(await (await DuckDBInstance.create(":memory:")).connect());
 * await loadDataset(client, { cameras: [
 *   { id: "cam-1", unitCode: "15532", ownerKind: "household", installedOn: "2020-09-15",
 *     connectedToDutyRoom: true, sharingTier: "live-view", coverage: ["road"],
 *     status: "active", lenses: 2, funding: [{ source: "households", amount: 3_500_000 }] },
 * ] }, { kinds: ["cameras"] });
 * const options = { asOf: "2024-12-31" };
 * const state = await stateFromDatabase(client, cameraSummarySql(options));
 * cameraSummary(options).finish(state).byPayer.household; // { points: 1, lenses: 2 }
 * ```
 */
export function cameraSummarySql(
  options: CameraSummaryOptions & SqlSummaryOptions = {},
): SqlSummary<CameraSummaryState> {
  checkAsOf(options.asOf);
  const aggregator = cameraSummary(options);
  sqlTableOf("cameras", { prefix: options.prefix });
  return {
    queries: (dialect) => cameraQueries(dialect, options),
    state: (results) => flatStateOf(results, aggregator.init, applyCameraRow),
  };
}
