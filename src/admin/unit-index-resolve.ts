// Resolution of a code of any era by an AdminIndex (internal to the admin domain, not
// exported from the package): the successions followed forward in time, through divided
// units and abolished parents.
import { BEGINNING, byCode, END_OF_TIME, endOf, isValidOn, startOf } from "./internal.js";
import type { AdminSuccession, AdminUnit } from "./schema.js";
import type { ResolveOptions, UnitResolution } from "./unit-index.js";
import { EMPTY, type IndexData } from "./unit-index-build.js";
import { childrenOf, indexAt, versionAt } from "./unit-index-queries.js";

const UNKNOWN: UnitResolution = Object.freeze({ status: "unknown" });

/**
 * Where a code of any era went (see `AdminIndex.resolveUnit`). With `crossed`, every link
 * followed is pushed to it (see `AdminIndex.traceUnit`), and the general path is taken.
 */
export function resolveUnit(
  data: IndexData,
  code: string,
  options: ResolveOptions,
  crossed?: AdminSuccession[],
): UnitResolution {
  const at = options.at ?? END_OF_TIME;
  let key = code;
  if (!data.versions.has(key) && !data.successors.has(key)) {
    const dot = key.indexOf(".");
    if (dot <= 0) return UNKNOWN;
    key = key.slice(0, dot);
  }
  // The version the code meant: on asOf, or the last one that started by `at`.
  const versions = data.versions.get(key);
  const i = versions ? startIndex(versions, options.asOf, at) : -1;
  const start = versions && i >= 0 ? versions[i] : undefined;
  if (start && isValidOn(start, at)) {
    return { status: "current", unit: start };
  }
  if (!start && !data.successors.has(key)) return UNKNOWN;
  const from = start ? startOf(start) : (options.asOf ?? BEGINNING);
  if (crossed) return spread(data, key, from, start, at, crossed);
  return follow(data, key, from, at) ?? spread(data, key, from, start, at, undefined);
}

/**
 * The position of the version of a code a record meant: the one valid on `asOf`, or, when
 * the code was no longer valid then (a record that kept an abolished code), the last one
 * before it; without `asOf`, the last one that started by `at`. -1 when there is none.
 */
function startIndex(versions: readonly AdminUnit[], asOf: string | undefined, at: string): number {
  if (asOf !== undefined) {
    const i = indexAt(versions, asOf);
    if (i >= 0) return i;
  }
  const day = asOf ?? at;
  let i = versions.length - 1;
  while (i >= 0 && startOf(versions[i] as AdminUnit) > day) i--;
  return i;
}

/** The first date after `from`, up to `at`, on which a code has successions. */
function nextChange(
  links: readonly AdminSuccession[] | undefined,
  from: string,
  at: string,
): string | undefined {
  if (links) {
    for (const link of links) {
      if (link.effectiveDate > from && link.effectiveDate <= at) return link.effectiveDate;
    }
  }
  return undefined;
}

/**
 * The fast path, without allocations: a code that went wholly into one unit at every
 * step (most codes). `undefined` when a step divides the unit or leads nowhere. Each step
 * goes forward in time and there are at most 64 of them, so links in a cycle end it.
 */
function follow(
  data: IndexData,
  key: string,
  start: string,
  at: string,
): UnitResolution | undefined {
  let code = key;
  let from = start;
  let crossed = false;
  for (let step = 0; step < 64; step++) {
    const links = data.successors.get(code);
    const effective = nextChange(links, from, at);
    if (effective === undefined) {
      const now = versionAt(data, code, at);
      if (!now) return undefined;
      return crossed ? { status: "merged", unit: now } : { status: "current", unit: now };
    }
    let only: AdminSuccession | undefined;
    for (const link of links as readonly AdminSuccession[]) {
      if (link.effectiveDate !== effective) continue;
      if (only || link.kind !== "whole") return undefined;
      only = link;
    }
    code = (only as AdminSuccession).newCode;
    from = effective;
    crossed = true;
  }
  return undefined;
}

/**
 * The general path: follow every branch of divided units and abolished parents. Each
 * code is followed from each day once (`seen`), and only into units of a lower level
 * (see `AdminIndex.childrenOf`), so cycles of links or parents end the walk.
 */
function spread(
  data: IndexData,
  key: string,
  start: string,
  version: AdminUnit | undefined,
  at: string,
  crossed: AdminSuccession[] | undefined,
): UnitResolution {
  const targets = new Set<AdminUnit>();
  let changed = false;
  let lost = false;
  const queue: [string, string, AdminUnit | undefined][] = [[key, start, version]];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const [current, from, state] = queue.pop() as [string, string, AdminUnit | undefined];
    const seenKey = `${current}@${from}`;
    if (seen.has(seenKey)) continue;
    seen.add(seenKey);
    const links = data.successors.get(current);
    const effective = nextChange(links, from, at);
    if (effective !== undefined) {
      changed = true;
      const sameDay = (links as readonly AdminSuccession[]).filter(
        (link) => link.effectiveDate === effective,
      );
      // A single partial link leaves the rest of the unit unaccounted for, and possible
      // links say only where the unit may have gone.
      if (
        (sameDay.length === 1 && sameDay[0]?.kind === "partial") ||
        sameDay.some((link) => link.kind === "possible")
      ) {
        lost = true;
      }
      if (crossed) crossed.push(...sameDay);
      for (const link of sameDay) {
        queue.push([link.newCode, effective, versionAt(data, link.newCode, effective)]);
      }
      continue;
    }
    const now = versionAt(data, current, at);
    if (now) {
      targets.add(now);
      continue;
    }
    const children = state ? childrenOf(data, current, endOf(state)) : EMPTY;
    if (children.length > 0) {
      changed = true;
      for (const child of children) queue.push([child.code, startOf(child), child]);
      continue;
    }
    lost = true;
  }
  if (targets.size === 0) return UNKNOWN;
  const candidates = [...targets].sort(byCode);
  if (candidates.length === 1 && !lost) {
    return { status: changed ? "merged" : "current", unit: candidates[0] as AdminUnit };
  }
  return { status: "ambiguous", candidates, exhaustive: !lost };
}

/**
 * `resolveUnit` into one day, memoised per version of each code: a record's code and day
 * pick a version, and every day of a version resolves alike (see `AdminIndex.resolver`).
 */
export function resolverOf(
  data: IndexData,
  at: string | undefined,
): (code: string, asOf?: string) => UnitResolution {
  const target = at ?? END_OF_TIME;
  // Per code, one slot per version, and one more for a code resolved without a day.
  const cache = new Map<string, (UnitResolution | undefined)[]>();
  return (code, asOf) => {
    let key = code;
    let versions = data.versions.get(key);
    if (!versions) {
      const dot = key.indexOf(".");
      if (dot > 0 && !data.successors.has(key)) {
        key = key.slice(0, dot);
        versions = data.versions.get(key);
      }
      if (!versions)
        return resolveUnit(data, key, asOf === undefined ? { at: target } : { at: target, asOf });
    }
    let slot = versions.length;
    if (asOf !== undefined) {
      slot = startIndex(versions, asOf, target);
      // Before the code's first version, the day itself matters: not memoised.
      if (slot < 0) return resolveUnit(data, key, { at: target, asOf });
    }
    let slots = cache.get(key);
    if (!slots) {
      slots = new Array(versions.length + 1);
      cache.set(key, slots);
    }
    let resolution = slots[slot];
    if (resolution === undefined) {
      const version = versions[slot];
      // Any day of the version gives its resolution.
      const day = version && (version.validTo ?? version.validFrom ?? target);
      resolution = resolveUnit(
        data,
        key,
        day === undefined ? { at: target } : { at: target, asOf: day },
      );
      slots[slot] = resolution;
    }
    return resolution;
  };
}
