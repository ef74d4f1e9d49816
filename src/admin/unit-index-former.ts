// The units a unit was formed from, through every change back in time (internal to the
// admin domain, not exported from the package): the inverse of resolution, for gathering
// older records under today's unit.
import { dayBefore, startOf } from "./internal.js";
import type { AdminSuccession, AdminUnit, SuccessionKind } from "./schema.js";
import type { FormerUnit } from "./unit-index.js";
import { compare, type IndexData } from "./unit-index-build.js";
import { indexAt, predecessorMap } from "./unit-index-queries.js";

const STRENGTH: { readonly [K in SuccessionKind]: number } = { whole: 2, partial: 1, possible: 0 };

function weaker(a: SuccessionKind, b: SuccessionKind): SuccessionKind {
  return STRENGTH[a] <= STRENGTH[b] ? a : b;
}

/**
 * The versions of a code that are one unit with the version at `i`, oldest first: those
 * before it, day after day, with no link taking the code elsewhere in between (a code
 * recoded away and given to another unit on the same day is two units).
 */
function lifetime(data: IndexData, versions: readonly AdminUnit[], i: number): AdminUnit[] {
  const code = (versions[i] as AdminUnit).code;
  const links = data.successors.get(code);
  let first = i;
  while (first > 0) {
    const earlier = versions[first - 1] as AdminUnit;
    const later = versions[first] as AdminUnit;
    const boundary = startOf(later);
    if (earlier.validTo !== dayBefore(boundary)) break;
    if (links?.some((link) => link.effectiveDate === boundary && link.newCode !== code)) break;
    first--;
  }
  return versions.slice(first, i + 1);
}

/** Every unit version whose records belong to a code's unit on a day (see `AdminIndex.formerUnitsOf`). */
export function formerUnitsOf(data: IndexData, code: string, at: string | undefined): FormerUnit[] {
  const versions = data.versions.get(code);
  if (!versions) return [];
  const i = at === undefined ? versions.length - 1 : indexAt(versions, at);
  if (i < 0) return [];
  const found = new Map<AdminUnit, FormerUnit>();
  const seen = new Set<string>();
  const predecessors = predecessorMap(data);
  const target = versions[i] as AdminUnit;
  // Breadth first, so that each unit is reached by its shortest, then strongest, path.
  // Each step is a version of a code and the last day its records can come from: `at` for
  // the unit asked about, the day before the link for a former unit.
  let frontier: {
    code: string;
    i: number;
    day: string;
    links: AdminSuccession[];
    kind: SuccessionKind;
  }[] = [{ code, i, day: at ?? target.validTo ?? "9999-12-31", links: [], kind: "whole" }];
  for (let depth = 0; frontier.length > 0 && depth < 64; depth++) {
    const next: typeof frontier = [];
    for (const step of frontier) {
      const own = data.versions.get(step.code) as AdminUnit[];
      const key = `${step.code}@${startOf(own[step.i] as AdminUnit)}@${step.day}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const span = lifetime(data, own, step.i);
      for (const version of span) {
        if (version === target) continue;
        const earlier = found.get(version);
        if (!earlier || STRENGTH[step.kind] > STRENGTH[earlier.kind]) {
          found.set(version, { unit: version, links: step.links, kind: step.kind });
        }
      }
      const from = startOf(span[0] as AdminUnit);
      for (const link of predecessors.get(step.code) ?? []) {
        // Only units that had gone into it by its last day: one merged in later held
        // records of its own then.
        if (link.effectiveDate < from || link.effectiveDate > step.day) continue;
        const old = data.versions.get(link.oldCode);
        const j = old ? indexAt(old, dayBefore(link.effectiveDate)) : -1;
        if (j < 0) continue;
        next.push({
          code: link.oldCode,
          i: j,
          day: dayBefore(link.effectiveDate),
          links: [link, ...step.links],
          kind: weaker(step.kind, link.kind),
        });
      }
    }
    frontier = next;
  }
  const end = (former: FormerUnit) => former.unit.validTo ?? "9999-12-31";
  // The latest first; then by code.
  return [...found.values()].sort(
    (a, b) => compare(end(b), end(a)) || compare(a.unit.code, b.unit.code),
  );
}
