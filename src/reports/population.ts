// Internal: the residents and households of a report's unit on the last day of a period,
// read from the units' population counts, and summed over the units below when the unit
// gives none. Not part of the public API.

import type { AdminIndex, AdminUnit, AdminUnitPopulation } from "../admin/index.js";
import type { CalendarDate } from "../core/calendar.js";
import type { ReportPopulationFigures } from "./figure-types.js";

/** Province, district, commune, village: a walk down never needs more levels. */
const MAX_DEPTH = 4;

type Measure = "residents" | "households";

/** A measure of a unit, and how many of its direct children it sums (0 of 0: its own). */
interface Found {
  readonly value: number;
  /** The child units whose figure is whole (their own count, or a sum over all below). */
  readonly counted: number;
  readonly of: number;
}

/** Whether a figure is whole: the unit's own count, or a sum over all the units below. */
const whole = (found: Found): boolean => found.counted >= found.of;

/**
 * The count of a unit read on `day`: the latest on or before it that gives the measure, else
 * the earliest after it (a count made a little after the period still describes it better
 * than none).
 */
function ownCount(
  counts: readonly AdminUnitPopulation[] | undefined,
  measure: Measure,
  day: CalendarDate,
): number | undefined {
  let before: AdminUnitPopulation | undefined;
  let after: AdminUnitPopulation | undefined;
  for (const count of counts ?? []) {
    if (count[measure] === undefined) continue;
    if (count.asOf <= day) {
      if (before === undefined || count.asOf > before.asOf) before = count;
    } else if (after === undefined || count.asOf < after.asOf) after = count;
  }
  return (before ?? after)?.[measure];
}

function measureOf(
  index: AdminIndex,
  unit: AdminUnit,
  measure: Measure,
  day: CalendarDate,
  depth: number,
): Found | null {
  const own = ownCount(unit.population, measure, day);
  if (own !== undefined) return { value: own, counted: 0, of: 0 };
  if (depth >= MAX_DEPTH) return null;
  const children = index.childrenOf(unit.code, day);
  let value = 0;
  let counted = 0;
  let any = false;
  for (const child of children) {
    const found = measureOf(index, child, measure, day, depth + 1);
    if (found === null) continue;
    any = true;
    value += found.value;
    // A child whose own figure sums only some of its units is not counted as given: the
    // gap lower down is a gap here too.
    if (whole(found)) counted += 1;
  }
  return any ? { value, counted, of: children.length } : null;
}

/** The residents and households of the unit on `day`, as the report's figures carry them. */
export function populationFigures(
  index: AdminIndex,
  unit: AdminUnit,
  day: CalendarDate,
): ReportPopulationFigures {
  const residents = measureOf(index, unit, "residents", day, 0);
  const households = measureOf(index, unit, "households", day, 0);
  return {
    residents: residents?.value ?? null,
    households: households?.value ?? null,
    residentsFromChildren: { counted: residents?.counted ?? 0, of: residents?.of ?? 0 },
    householdsFromChildren: { counted: households?.counted ?? 0, of: households?.of ?? 0 },
  };
}
