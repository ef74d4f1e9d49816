import { type Dict, ownValue, setOwn, sortedKeys } from "../aggregate/dict.js";
import { type Aggregator, aggregate, type Source, type StateShape } from "../aggregate/index.js";
import { checkPeriod, named, periodOutput } from "../aggregate/summaries.js";
import { type Period, periodContains } from "../core/period.js";
import { whole } from "../core/record-fields.js";
import type { ForceStrength } from "./schema.js";

/**
 * Options of {@link forceSummary} and {@link summarizeForces}.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { parsePeriod, type ForceSummaryOptions } from "antt";
 * const options: ForceSummaryOptions = { period: parsePeriod("2024") };
 * ```
 */
export interface ForceSummaryOptions {
  /** Count only the counts made in this period; without it, every count. */
  readonly period?: Period | undefined;
}

/**
 * The strength of one force, added up over the units that counted it: each unit's latest
 * count.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { ForceStrengthTotal } from "antt";
 * const police: ForceStrengthTotal = { members: 17, units: 1, teams: null, latestOn: "2023-12-31" };
 * ```
 */
export interface ForceStrengthTotal {
  /** Members, over the units' latest counts. */
  readonly members: number;
  /** The units that counted the force. */
  readonly units: number;
  /** Teams, over the latest counts that give them; `null` when none does. */
  readonly teams: number | null;
  /** The day of the latest count of the force in any unit. */
  readonly latestOn: string;
}

/**
 * What {@link summarizeForces} returns: the strength of each force, from the latest count
 * of each force in each unit, and what became of every count given.
 *
 * @description `given = counted + outsidePeriod`, and `counted = latest + superseded`:
 * a count replaced by a later count of the same force in the same unit is superseded, not
 * added. Of two counts on the same day, the one with the greater id stands (a dataset
 * refuses two such counts, see `force-counted-twice`).
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { summarizeForces } from "antt";
 * const summary = summarizeForces([
 *   { id: "a", unitCode: "503", kind: "commune-police", countedOn: "2023-06-30", members: 15 },
 *   { id: "b", unitCode: "503", kind: "commune-police", countedOn: "2023-12-31", members: 17 },
 * ]);
 * summary.byKind["commune-police"]?.members; // 17
 * summary.superseded; // 1
 * ```
 */
export interface ForceSummary {
  /** The counts given. */
  readonly given: number;
  /** The counts made outside the period (none without a period). */
  readonly outsidePeriod: number;
  /** The counts in the period: the latest ones and the superseded ones. */
  readonly counted: number;
  /** The counts replaced by a later count of the same force in the same unit. */
  readonly superseded: number;
  /** The strength of each force counted, by force (see `FORCE_KIND_LABELS`). */
  readonly byKind: Readonly<Record<string, ForceStrengthTotal>>;
  /** The period counted, or `null`. */
  readonly period: Period | null;
}

/** The latest count of a force in a unit. */
interface Latest {
  id: string;
  countedOn: string;
  members: number;
  /** Teams, or -1 when the count does not give them. */
  teams: number;
}

/**
 * The state of {@link forceSummary}: plain JSON; read it through the aggregator.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregateState, forceSummary, type ForceSummaryState } from "antt";
 * const state: ForceSummaryState = aggregateState(forceSummary(), []);
 * state.given; // 0
 * ```
 */
export interface ForceSummaryState {
  /** The counts given. */
  given: number;
  /** The counts made outside the period. */
  outsidePeriod: number;
  /** The counts in the period. */
  counted: number;
  /** The latest count of each force in each unit, keyed `unitCode|kind`. */
  latest: Dict<Latest>;
}

const TEXT: StateShape = { type: "text-or-null" };
const SHAPE: StateShape = {
  type: "fields",
  fields: {
    given: { type: "count" },
    outsidePeriod: { type: "count" },
    counted: { type: "count" },
    latest: {
      type: "dict",
      of: {
        type: "fields",
        fields: {
          id: TEXT,
          countedOn: TEXT,
          members: { type: "count" },
          teams: { type: "integer" },
        },
      },
    },
  },
};

/**
 * Whether count `a` stands over `b`: a later day; on the same day a greater id; and, for
 * the same id given twice (which a dataset refuses), more members, then more teams, so
 * that the order of the records never decides.
 */
function later(a: Latest, b: Latest): boolean {
  if (a.countedOn !== b.countedOn) return a.countedOn > b.countedOn;
  if (a.id !== b.id) return a.id > b.id;
  return a.members !== b.members ? a.members > b.members : a.teams > b.teams;
}

function keep(latest: Dict<Latest>, key: string, count: Latest): void {
  const held = ownValue(latest, key);
  if (held === undefined || later(count, held)) setOwn(latest, key, count);
}

/**
 * The strength of the forces (lực lượng) as a mergeable aggregator: the latest count of
 * each force in each unit, added up by force.
 *
 * @description Feed it {@link ForceStrength} records in any order, from any split: the
 * latest count of a force in a unit stands, whatever the order. With a `period`, counts
 * made outside it are tallied and left out. The state is JSON and merges.
 *
 * @param options - the period (see {@link ForceSummaryOptions})
 * @returns the aggregator
 * @throws RangeError for an invalid period; a RangeError naming the field when a record's
 *   members or teams are not whole numbers (a record that skipped its schema)
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregate, forceSummary, parsePeriod } from "antt";
 * const summary = aggregate(forceSummary({ period: parsePeriod("2024") }), [
 *   { id: "a", unitCode: "20431", kind: "grassroots-protection", countedOn: "2024-12-31", members: 12, teams: 4 },
 *   { id: "b", unitCode: "20434", kind: "grassroots-protection", countedOn: "2024-12-31", members: 9, teams: 3 },
 * ]);
 * summary.byKind["grassroots-protection"]; // { members: 21, units: 2, teams: 7, latestOn: "2024-12-31" }
 * ```
 */
export function forceSummary(
  options: ForceSummaryOptions = {},
): Aggregator<ForceStrength, ForceSummaryState, ForceSummary> {
  const { period } = options;
  checkPeriod(period);
  return named("antt.forces-summary", {
    shape: SHAPE,
    init: () => ({ given: 0, outsidePeriod: 0, counted: 0, latest: {} }),
    add(state, record) {
      state.given += 1;
      if (period !== undefined && !periodContains(period, record.countedOn)) {
        state.outsidePeriod += 1;
        return state;
      }
      state.counted += 1;
      keep(state.latest, `${record.unitCode}|${record.kind}`, {
        id: record.id,
        countedOn: record.countedOn,
        members: whole(record.members, "members"),
        teams: record.teams === undefined ? -1 : whole(record.teams, "teams"),
      });
      return state;
    },
    merge(a, b) {
      a.given += b.given;
      a.outsidePeriod += b.outsidePeriod;
      a.counted += b.counted;
      for (const key of Object.keys(b.latest)) {
        const count = b.latest[key] as Latest;
        keep(a.latest, key, { ...count });
      }
      return a;
    },
    finish(state) {
      const totals: Dict<{
        members: number;
        units: number;
        teams: number | null;
        latestOn: string;
      }> = {};
      let standing = 0;
      for (const key of Object.keys(state.latest)) {
        const count = state.latest[key] as Latest;
        const kind = key.slice(key.lastIndexOf("|") + 1);
        standing += 1;
        const total = ownValue(totals, kind) ?? { members: 0, units: 0, teams: null, latestOn: "" };
        total.members += count.members;
        total.units += 1;
        if (count.teams >= 0) total.teams = (total.teams ?? 0) + count.teams;
        if (count.countedOn > total.latestOn) total.latestOn = count.countedOn;
        setOwn(totals, kind, total);
      }
      const byKind: Record<string, ForceStrengthTotal> = {};
      for (const kind of sortedKeys(totals))
        setOwn(byKind, kind, totals[kind] as ForceStrengthTotal);
      return {
        given: state.given,
        outsidePeriod: state.outsidePeriod,
        counted: state.counted,
        superseded: state.counted - standing,
        byKind,
        period: periodOutput(period),
      };
    },
  });
}

/**
 * Summarises the strength of the forces: the latest count of each force in each unit,
 * added up by force ("17 cán bộ, chiến sĩ Công an phường; 158 thành viên bảo vệ dân
 * phố").
 *
 * @description A convenience over {@link forceSummary}, in one pass. When the source is
 * an array or an iterable the summary is returned directly; when it is an async iterable,
 * a promise of it.
 *
 * @param forces - the counts (see {@link ForceStrength})
 * @param options - the period (see {@link ForceSummaryOptions})
 * @returns the {@link ForceSummary} (a promise of it for an async iterable)
 * @throws RangeError for an invalid period, or a count whose members are not whole
 * @category Aggregations
 * @example
 * ```ts
 * import { summarizeForces } from "antt";
 * const summary = summarizeForces([
 *   { id: "ll-1", unitCode: "503", kind: "commune-police", countedOn: "2023-12-31", members: 17 },
 *   { id: "ll-2", unitCode: "503", kind: "ward-protection", countedOn: "2023-12-31", members: 158 },
 * ]);
 * summary.byKind["ward-protection"]?.members; // 158
 * ```
 */
export function summarizeForces(
  forces: Iterable<ForceStrength>,
  options?: ForceSummaryOptions,
): ForceSummary;
export function summarizeForces(
  forces: AsyncIterable<ForceStrength>,
  options?: ForceSummaryOptions,
): Promise<ForceSummary>;
export function summarizeForces(
  forces: Source<ForceStrength>,
  options?: ForceSummaryOptions,
): ForceSummary | Promise<ForceSummary>;
export function summarizeForces(
  forces: Source<ForceStrength>,
  options: ForceSummaryOptions = {},
): ForceSummary | Promise<ForceSummary> {
  return aggregate(forceSummary(options), forces);
}
