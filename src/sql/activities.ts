import {
  type ActivitySummaryOptions,
  type ActivitySummaryState,
  activitySummary,
} from "../activities/index.js";
import type { GroupedState } from "../aggregate/index.js";
import { exactSum, sumIn } from "../aggregate/summaries.js";
import type { SqlQuery, SqlRow } from "./client.js";
import { ident, jsonEntries, vietnamDay } from "./dialect.js";
import type { SqlDialect } from "./layout.js";
import { sqlTableOf } from "./layout.js";
import {
  flatStateOf,
  inPeriodDayColumn,
  keyed,
  measure,
  periodOf,
  type SqlSummary,
  type SqlSummaryOptions,
  textOf,
  unionAll,
  unionBranch,
  unknownRow,
} from "./summary.js";

// The totals' rows: n counts the activities of a branch; a1..a4 are its sums, as each
// branch lists them.
const WIDTH = 4;

/** The Vietnamese day of an activity (`activityDateOf`): its date, or its instant's day. */
function activityDaySql(): string {
  return (
    `CASE "kind" WHEN 'patrol' THEN ${vietnamDay('"started_at"')} ` +
    `WHEN 'ambush' THEN ${vietnamDay('"started_at"')} ` +
    `WHEN 'tip' THEN ${vietnamDay('"received_at"')} ELSE "date" END`
  );
}

type Inner = ActivitySummaryState["inPeriod"];

/** The breakdowns counted by one code, by branch: the code is `k`, the count `n`. */
const COUNTS: Readonly<
  Record<string, readonly [string, string, (s: Inner) => GroupedState<number>]>
> = {
  kind: ["", "kind", (s) => s.byKind],
  "tip-kind": ["tip", "tip_kind", (s) => s.tips.byKind],
  "tip-channel": ["tip", "channel", (s) => s.tips.byChannel],
  "tip-category": ["tip", "category", (s) => s.tips.byCategory],
  "mediation-outcome": ["mediation", "outcome", (s) => s.mediations.byOutcome],
  "mediation-dispute": ["mediation", "dispute_kind", (s) => s.mediations.byDisputeKind],
  "outreach-topic": ["outreach", "topic", (s) => s.outreach.byTopic],
  "outreach-channel": ["outreach", "channel", (s) => s.outreach.byChannel],
  "drill-level": ["drill", "level", (s) => s.drills.byLevel],
  "drill-topic": ["drill", "topic", (s) => s.drills.byTopic],
  "drill-scale": ["drill", "scenario_scale", (s) => s.drills.byScenarioScale],
  "training-level": ["training", "level", (s) => s.trainings.byLevel],
  "training-topic": ["training", "topic", (s) => s.trainings.byTopic],
  "award-level": ["award", "level", (s) => s.awards.byLevel],
  "award-form": ["award", "form", (s) => s.awards.byForm],
};

const PEOPLE = `"kind" IN ('patrol', 'ambush', 'drill', 'training')`;
const WATCHES = `"kind" IN ('patrol', 'ambush')`;

function activityQueries(
  dialect: SqlDialect,
  options: ActivitySummaryOptions & SqlSummaryOptions,
): SqlQuery[] {
  const table = ident(sqlTableOf("activities", { prefix: options.prefix }).name);
  const base = (params: unknown[]) =>
    `WITH a AS (SELECT *, ${inPeriodDayColumn(activityDaySql(), options.period, params)} FROM ${table})\n`;
  const ofKind = (kind: string) => `inp AND "kind" = '${kind}'`;
  // The breakdowns, one narrow row per code; the people found by category are keyed
  // `kind|category` (a kind has no |).
  const groups = [
    ...Object.entries(COUNTS).map(([name, [kind, column]]) =>
      unionBranch({
        dialect,
        from: "a",
        name,
        where: kind === "" ? "inp" : ofKind(kind),
        key: keyed(column),
        width: 1,
      }),
    ),
    unionBranch({
      dialect,
      from: `a, ${jsonEntries(dialect, "a.subjects_by_category", "s")}`,
      name: "subjects",
      where: `inp AND ${WATCHES}`,
      key: `"kind" || '|' || s.key`,
      measures: ["sum(CAST(s.value AS BIGINT))"],
      width: 1,
    }),
  ];
  // The totals, a dozen rows.
  const total = (name: string, where: string, measures: string[] = [], key?: string) =>
    unionBranch({ dialect, from: "a", name, where, key, measures, width: WIDTH });
  const totals = [
    total("all", "TRUE"),
    total("total", "inp", [`sum("participants") FILTER (WHERE ${PEOPLE})`]),
    total(
      "watch",
      `inp AND ${WATCHES}`,
      [
        `count(*) FILTER (WHERE "directed_by_camera")`,
        `sum("participants")`,
        `sum("incidents_found")`,
        `sum("suspects_apprehended")`,
      ],
      '"kind"',
    ),
    total("tip", ofKind("tip"), [
      `count(*) FILTER (WHERE "verified")`,
      `count(*) FILTER (WHERE "led_to_incident_id" IS NOT NULL)`,
    ]),
    total("mediation", ofKind("mediation"), [
      `count(*) FILTER (WHERE "outcome" = 'succeeded')`,
      `count(*) FILTER (WHERE "outcome" IS DISTINCT FROM 'pending')`,
    ]),
    total("outreach", ofKind("outreach"), [`sum("audience")`]),
    total("drill", ofKind("drill"), [`sum("participants")`]),
    total("training", ofKind("training"), [`sum("participants")`]),
    total("award", ofKind("award"), [`sum("amount_vnd")`]),
  ];
  return [groups, totals].map((branches) => {
    const params: unknown[] = [];
    return { text: `${base(params)}${unionAll(branches, false)}`, params };
  });
}

/** `total + the sum in column a<i>`, checked as `sum` checks it. */
function plus(total: number, row: SqlRow, i: number): number {
  return exactSum(total, measure(row, `a${i}`));
}

function applyActivityRow(state: ActivitySummaryState, row: SqlRow): void {
  const s = state.inPeriod;
  const m = textOf(row["m"]) ?? "";
  const n = measure(row, "n");
  const counts = Object.hasOwn(COUNTS, m) ? COUNTS[m] : undefined;
  if (counts !== undefined) {
    if (n > 0) sumIn(counts[2](s), textOf(row["k"]), n);
    return;
  }
  switch (m) {
    case "all":
      state.all += n;
      return;
    case "total": {
      s.total += n;
      s.participants = plus(s.participants, row, 1);
      return;
    }
    case "watch": {
      const w = row["k"] === "patrol" ? s.patrols : s.ambushes;
      w.count += n;
      w.directedByCamera += measure(row, "a1");
      w.participants = plus(w.participants, row, 2);
      w.incidentsFound = plus(w.incidentsFound, row, 3);
      w.suspectsApprehended = plus(w.suspectsApprehended, row, 4);
      return;
    }
    case "subjects": {
      // Every category a record names is a group, a count of 0 included, as in JavaScript.
      const key = textOf(row["k"]) ?? "";
      const bar = key.indexOf("|");
      const w = key.slice(0, bar) === "patrol" ? s.patrols : s.ambushes;
      sumIn(w.subjectsByCategory, key.slice(bar + 1), measure(row, "a1"));
      return;
    }
    case "tip":
      s.tips.count += n;
      s.tips.verified += measure(row, "a1");
      s.tips.ledToIncident += measure(row, "a2");
      return;
    case "mediation":
      s.mediations.count += n;
      s.mediations.success.numerator += measure(row, "a1");
      s.mediations.success.denominator += measure(row, "a2");
      return;
    case "outreach":
      s.outreach.sessions += n;
      s.outreach.audience = plus(s.outreach.audience, row, 1);
      return;
    case "drill":
      s.drills.count += n;
      s.drills.participants = plus(s.drills.participants, row, 1);
      return;
    case "training":
      s.trainings.count += n;
      s.trainings.participants = plus(s.trainings.participants, row, 1);
      return;
    case "award":
      s.awards.count += n;
      s.awards.cashTotal = plus(s.awards.cashTotal, row, 1);
      return;
    default:
      throw unknownRow("activity", row);
  }
}

/**
 * The activity summary (`activitySummary`) computed in the database: its queries and the
 * reader of their rows into an `ActivitySummaryState`.
 *
 * @description Two queries read the `activities` table ({@link createTablesSql}): the
 * breakdowns of the summary (kind; the codes of tips, mediations, outreach, drills,
 * trainings and awards; the people patrols and ambushes found by category, read from the
 * `subjects_by_category` JSON), one narrow row per code, and the totals (people, tips
 * verified, the mediations' success rate, audience, cash), a dozen rows; each is a
 * `UNION ALL` of small `GROUP BY`s. An activity is placed on its Vietnamese day as `activityDateOf` places it
 * (a patrol's or tip's instant + 7 hours, else its date); a `period` is parameters. Sums
 * are exact whole numbers: beyond 2^53 − 1 they throw rather than round. The state merges
 * with states computed in JavaScript and finishes to the same figures, byte for byte, as
 * one JavaScript pass (a property test checks it in both dialects).
 *
 * @param options - the options of `activitySummary` (`period`) and the tables' `prefix`
 * @returns the summary, for {@link stateFromDatabase}
 * @throws RangeError for an invalid period or prefix
 * @category SQL
 * @example
 * ```ts
 * import { DuckDBInstance } from "@duckdb/node-api";
 * import { activitySummary, parsePeriod } from "antt";
 * import { activitySummarySql, duckdbClient, loadDataset, stateFromDatabase } from "antt/sql";
 * const client = duckdbClient(await (await DuckDBInstance.create(":memory:")).connect());
 * await loadDataset(client, { activities: [
 *   { kind: "patrol", id: "a-1", unitCode: "15532", startedAt: "2024-06-30T17:30:00Z",
 *     participants: 5, directedByCamera: true, subjectsByCategory: { drugs: 2 } },
 * ] }, { kinds: ["activities"] });
 * const options = { period: parsePeriod("2024-07") };
 * const state = await stateFromDatabase(client, activitySummarySql(options));
 * activitySummary(options).finish(state).patrols.subjectsByCategory; // { drugs: 2 }
 * ```
 */
export function activitySummarySql(
  options: ActivitySummaryOptions & SqlSummaryOptions = {},
): SqlSummary<ActivitySummaryState> {
  const checked = { ...options, period: periodOf(options.period) };
  const aggregator = activitySummary(checked);
  sqlTableOf("activities", { prefix: options.prefix });
  return {
    queries: (dialect) => activityQueries(dialect, checked),
    state: (results) => flatStateOf(results, aggregator.init, applyActivityRow),
  };
}
