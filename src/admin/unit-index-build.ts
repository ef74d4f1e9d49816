// Building an AdminIndex (internal to the admin domain, not exported from the package): the
// versions of each code, with the states of a unit's history, and the succession links, each
// given twice kept once.
import type { Issue } from "../core/issues.js";
import { BEGINNING, byCode, dayAfter, dayBefore, END_OF_TIME, endOf, startOf } from "./internal.js";
import type { AdminLevel } from "./labels.js";
import type { AdminSuccession, AdminUnit } from "./schema.js";

/** What an AdminIndex holds: built once, with lookups built on first use. */
export interface IndexData {
  readonly versions: Map<string, AdminUnit[]>;
  readonly successors: Map<string, AdminSuccession[]>;
  /** Every state, in input order. */
  readonly units: AdminUnit[];
  /** The position in the input of each state of `units`. */
  readonly unitInput: number[];
  readonly successions: AdminSuccession[];
  /** The position in the input of each link of `successions`. */
  readonly linkInput: number[];
  /** Problems found while building: overlapping versions, and links given twice with two kinds. */
  readonly overlaps: Issue[];
  readonly kindConflicts: { readonly at: number; readonly issue: Issue }[];
  // Built on first use: what most apps never ask for costs nothing at start-up.
  sorted: AdminUnit[] | undefined;
  children: Map<string, AdminUnit[]> | undefined;
  byLevel: Map<AdminLevel, AdminUnit[]> | undefined;
  predecessors: Map<string, AdminSuccession[]> | undefined;
}

export const EMPTY: readonly never[] = Object.freeze([]);

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function problem(path: (string | number)[], code: string, en: string, vi: string): Issue {
  return { path, code, message: { en, vi } };
}

function withDates(
  unit: Omit<AdminUnit, "validFrom" | "validTo">,
  from: string,
  to: string,
): AdminUnit {
  const snapshot: AdminUnit = { ...unit };
  if (from !== BEGINNING) snapshot.validFrom = from;
  if (to !== END_OF_TIME) snapshot.validTo = to;
  return snapshot;
}

/** The states of a unit over time: itself, or one state per period of its history. */
function statesOf(unit: AdminUnit): AdminUnit[] {
  if (!unit.history?.length) return [unit];
  const { history, validFrom: _from, validTo: _to, ...base } = unit;
  const end = endOf(unit);
  const periods = [...history].sort((a, b) =>
    compare(a.validFrom ?? BEGINNING, b.validFrom ?? BEGINNING),
  );
  const states: AdminUnit[] = [];
  // The first day not yet covered by a state; undefined once the unit's end is reached.
  let cursor: string | undefined = startOf(unit);
  for (const period of periods) {
    if (cursor === undefined) break;
    const start = period.validFrom ?? startOf(unit);
    if (start > cursor) states.push(withDates(base, cursor, dayBefore(start)));
    const state = { ...base };
    if (period.name !== undefined) state.name = period.name;
    if (period.type !== undefined) state.type = period.type;
    if (period.parentCode !== undefined) state.parentCode = period.parentCode;
    states.push(withDates(state, start, period.validTo));
    cursor = period.validTo >= end ? undefined : dayAfter(period.validTo);
  }
  if (cursor !== undefined) states.push(withDates(base, cursor, end));
  return states;
}

function canonical(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "undefined";
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  const entries = Object.keys(value)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(",")}}`;
}

function overlaps(a: AdminUnit, b: AdminUnit): boolean {
  return startOf(a) <= endOf(b) && startOf(b) <= endOf(a);
}

/** The first of a unit's states that overlaps a version already indexed or an earlier state. */
function clashOf(
  states: readonly AdminUnit[],
  indexed: readonly AdminUnit[],
): AdminUnit | undefined {
  for (let j = 0; j < states.length; j++) {
    const state = states[j] as AdminUnit;
    for (const version of indexed) if (overlaps(state, version)) return state;
    for (let k = 0; k < j; k++) if (overlaps(state, states[k] as AdminUnit)) return state;
  }
  return undefined;
}

/** Indexes the versions of every unit code, in input order; an overlapping version is left out. */
function addUnits(data: IndexData, units: Iterable<AdminUnit>): void {
  // The unit each state came from, only where they differ (a unit with history).
  const originals = new Map<AdminUnit, AdminUnit>();
  let i = -1;
  for (const unit of units) {
    i++;
    let versions = data.versions.get(unit.code);
    if (!versions && !unit.history?.length) {
      // The common case: a code seen for the first time, without history.
      data.versions.set(unit.code, [unit]);
      data.units.push(unit);
      data.unitInput.push(i);
      continue;
    }
    const states = unit.history?.length ? statesOf(unit) : [unit];
    const clash = clashOf(states, versions ?? EMPTY);
    if (clash) {
      // The same unit given twice (by two files) is kept once, without a word.
      const key = canonical(unit);
      if (versions?.some((version) => canonical(originals.get(version) ?? version) === key)) {
        continue;
      }
      const path = ["units", i];
      data.overlaps.push(
        problem(
          path,
          "overlapping-versions",
          `Another version of unit ${unit.code} is valid on some of the same days (${startOf(clash)}..${endOf(clash)}); this one was not indexed`,
          `Một phiên bản khác của đơn vị ${unit.code} có hiệu lực trùng thời gian (${startOf(clash)}..${endOf(clash)}); phiên bản này không được đưa vào chỉ mục`,
        ),
      );
      continue;
    }
    if (!versions) {
      versions = [];
      data.versions.set(unit.code, versions);
    }
    for (const state of states) {
      versions.push(state);
      data.units.push(state);
      data.unitInput.push(i);
      if (state !== unit) originals.set(state, unit);
    }
  }
  for (const versions of data.versions.values()) {
    if (versions.length > 1) versions.sort(byCode);
  }
}

/** Indexes the succession links, in input order; a link given twice is kept once. */
function addSuccessions(data: IndexData, successions: Iterable<AdminSuccession>): void {
  let i = -1;
  for (const link of successions) {
    i++;
    const links = data.successors.get(link.oldCode);
    const earlier = links?.find(
      (other) => other.newCode === link.newCode && other.effectiveDate === link.effectiveDate,
    );
    if (earlier) {
      if (earlier.kind !== link.kind) {
        const path = ["successions", i, "kind"];
        data.kindConflicts.push({
          at: i,
          issue: problem(
            path,
            "succession-kind-conflict",
            `The link ${link.oldCode} → ${link.newCode} on ${link.effectiveDate} is given both as whole and as partial; it is kept as partial`,
            `Liên kết ${link.oldCode} → ${link.newCode} ngày ${link.effectiveDate} vừa ghi là nhập toàn bộ vừa ghi là nhập một phần; giữ là nhập một phần`,
          ),
        });
        if (link.kind === "partial") {
          data.successions[data.successions.indexOf(earlier)] = link;
          (links as AdminSuccession[])[(links as AdminSuccession[]).indexOf(earlier)] = link;
        }
      }
      continue;
    }
    data.successions.push(link);
    data.linkInput.push(i);
    if (links) links.push(link);
    else data.successors.set(link.oldCode, [link]);
  }
  for (const links of data.successors.values()) {
    if (links.length > 1) {
      links.sort(
        (a, b) => compare(a.effectiveDate, b.effectiveDate) || compare(a.newCode, b.newCode),
      );
    }
  }
}

/** The data of an index of these units and links. */
export function indexData(
  units: Iterable<AdminUnit>,
  successions: Iterable<AdminSuccession>,
): IndexData {
  const data: IndexData = {
    versions: new Map(),
    successors: new Map(),
    units: [],
    unitInput: [],
    successions: [],
    linkInput: [],
    overlaps: [],
    kindConflicts: [],
    sorted: undefined,
    children: undefined,
    byLevel: undefined,
    predecessors: undefined,
  };
  addUnits(data, units);
  addSuccessions(data, successions);
  return data;
}
