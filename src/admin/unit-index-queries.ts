// Lookups of an AdminIndex at a date (internal to the admin domain, not exported from the
// package): the version of a code on a day, parents and children, and the lookups built on
// first use.
import { byCode, END_OF_TIME, endOf, isValidOn, RANK } from "./internal.js";
import type { AdminLevel } from "./labels.js";
import type { AdminSuccession, AdminUnit } from "./schema.js";
import { compare, EMPTY, type IndexData } from "./unit-index-build.js";

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The position of the version of a code valid on a day (versions sorted oldest first), or -1. */
export function indexAt(versions: readonly AdminUnit[], date: string): number {
  for (let i = versions.length - 1; i >= 0; i--) {
    if (isValidOn(versions[i] as AdminUnit, date)) return i;
  }
  return -1;
}

export function versionAt(data: IndexData, code: string, date: string): AdminUnit | undefined {
  const versions = data.versions.get(code);
  if (!versions) return undefined;
  const i = indexAt(versions, date);
  return i < 0 ? undefined : versions[i];
}

/** The unit a code named on a day, or its latest version (see `AdminIndex.get`). */
export function unitAt(data: IndexData, code: string, at?: string): AdminUnit | undefined {
  if (at !== undefined) return versionAt(data, code, at);
  const units = data.versions.get(code);
  return units?.[units.length - 1];
}

/**
 * The parent of a unit version on a day, only when it is of a higher level. A parent of
 * the same or a lower level (a unit that is its own parent, a cycle of parents: reported
 * as `unknown-parent`) is no parent, so every walk up the hierarchy climbs a level at each
 * step and ends after at most three steps, whatever the data.
 */
export function parentAt(data: IndexData, unit: AdminUnit, day: string): AdminUnit | undefined {
  if (unit.parentCode === undefined) return undefined;
  const parent = versionAt(data, unit.parentCode, day);
  return parent && RANK[parent.level] < RANK[unit.level] ? parent : undefined;
}

/** The units ordered by code and date. */
export function sortedUnits(data: IndexData): AdminUnit[] {
  data.sorted ??= [...data.units].sort(byCode);
  return data.sorted;
}

function childrenMap(data: IndexData): Map<string, AdminUnit[]> {
  if (!data.children) {
    data.children = new Map();
    for (const state of sortedUnits(data)) {
      if (state.parentCode !== undefined) pushTo(data.children, state.parentCode, state);
    }
  }
  return data.children;
}

function levelMap(data: IndexData): Map<AdminLevel, AdminUnit[]> {
  if (!data.byLevel) {
    data.byLevel = new Map();
    for (const state of sortedUnits(data)) pushTo(data.byLevel, state.level, state);
  }
  return data.byLevel;
}

export function predecessorMap(data: IndexData): Map<string, AdminSuccession[]> {
  if (!data.predecessors) {
    data.predecessors = new Map();
    for (const link of data.successions) pushTo(data.predecessors, link.newCode, link);
    for (const links of data.predecessors.values()) {
      if (links.length > 1) {
        links.sort(
          (a, b) => compare(a.effectiveDate, b.effectiveDate) || compare(a.oldCode, b.oldCode),
        );
      }
    }
  }
  return data.predecessors;
}

/** The units directly under a unit on a day, of a lower level (see `AdminIndex.childrenOf`). */
export function childrenOf(data: IndexData, code: string, at?: string): readonly AdminUnit[] {
  const unit = unitAt(data, code, at);
  const children = childrenMap(data).get(code);
  if (!unit || !children) return EMPTY;
  const day = at ?? endOf(unit);
  const rank = RANK[unit.level];
  return children.filter((child) => RANK[child.level] > rank && isValidOn(child, day)).sort(byCode);
}

/** The units of a level valid on a day (see `AdminIndex.unitsOfLevel`). */
export function unitsOfLevel(
  data: IndexData,
  level: AdminLevel,
  at?: string,
): readonly AdminUnit[] {
  const day = at ?? END_OF_TIME;
  return (levelMap(data).get(level) ?? EMPTY).filter((unit) => isValidOn(unit, day)).sort(byCode);
}
