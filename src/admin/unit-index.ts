import type { CalendarDate } from "../core/calendar.js";
import type { Issue } from "../core/issues.js";
import {
  BEGINNING,
  byCode,
  dayAfter,
  dayBefore,
  END_OF_TIME,
  endOf,
  isValidOn,
  RANK,
  startOf,
} from "./internal.js";
import type { AdminLevel } from "./labels.js";
import type { AdminSuccession, AdminUnit } from "./schema.js";

/**
 * Where a unit code went by a date, as {@link AdminIndex.resolveUnit} finds it.
 *
 * @description
 * - `current`: the code names a unit valid on that date (itself, perhaps renamed or of
 *   another type since);
 * - `merged`: the unit was merged, wholly, into `unit` (possibly through several
 *   mergers in a row);
 * - `ambiguous`: the unit was divided: its parts went to each of `candidates` (a partial
 *   link in the 2025 reorganisation, or a district abolished with its communes going to
 *   different new communes). The library never guesses which one a record belongs to;
 *   see {@link AdminIndex.resolveWithHint}.
 * - `unknown`: the index has no unit and no succession for the code.
 *
 * @category Administrative units
 * @example
 * ```ts
 * import type { UnitResolution } from "antt";
 * function describe(resolution: UnitResolution): string {
 *   switch (resolution.status) {
 *     case "current":
 *     case "merged":
 *       return resolution.unit.name;
 *     case "ambiguous":
 *       return resolution.candidates.map((unit) => unit.name).join(" / ");
 *     case "unknown":
 *       return "?";
 *   }
 * }
 * ```
 */
export type UnitResolution =
  | { readonly status: "current"; readonly unit: AdminUnit }
  | { readonly status: "merged"; readonly unit: AdminUnit }
  | { readonly status: "ambiguous"; readonly candidates: readonly AdminUnit[] }
  | { readonly status: "unknown" };

/**
 * The dates of a resolution: `at` is the day whose units the code is resolved into
 * (default: the latest units the index knows), `asOf` the day the code was written for
 * (a record's `unitCodeAsOf`, or its own date).
 *
 * @description `asOf` matters for a code that two units used one after the other: without
 * it, a code valid on `at` is taken as today's unit. Give it whenever a record says when its
 * code was valid.
 *
 * @category Administrative units
 * @example
 * ```ts
 * import type { ResolveOptions } from "antt";
 * const options: ResolveOptions = { at: "2026-01-01", asOf: "2024-12-31" };
 * ```
 */
export interface ResolveOptions {
  /** The day whose units the code is resolved into; default: the latest units. */
  readonly at?: CalendarDate;
  /** The day the code was written for; default: `at` if the code was valid then, else the code's last version. */
  readonly asOf?: CalendarDate;
}

const UNKNOWN: UnitResolution = Object.freeze({ status: "unknown" });
const EMPTY: readonly never[] = Object.freeze([]);

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

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function problem(path: (string | number)[], code: string, en: string, vi: string): Issue {
  return { path, code, message: { en, vi } };
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

/** The position of the version of a code valid on a day (versions sorted oldest first), or -1. */
function indexAt(versions: readonly AdminUnit[], date: string): number {
  for (let i = versions.length - 1; i >= 0; i--) {
    if (isValidOn(versions[i] as AdminUnit, date)) return i;
  }
  return -1;
}

/**
 * An index of administrative units and their successions across eras, with constant-time
 * lookups by code and date (built by {@link buildAdminIndex}).
 *
 * @description The index keeps every version of every code: the commune `23710` was Xã A
 * Dơk until 30 June 2025 and is Xã Ia Băng since, and the province `38` before and after
 * 1 July 2025 are two units that share a code. Every method that takes a date `at` answers
 * for that day; without it, a method answers for the latest version of the code (the
 * current one, or the last one if the unit no longer exists). Dates are calendar dates in
 * Vietnam (`YYYY-MM-DD`).
 *
 * Problems found while building (two versions of a code that overlap, a parent that does
 * not exist on the child's dates, a succession from or to a code the index has no unit for
 * on that day) are listed in {@link AdminIndex.problems}; nothing is dropped silently.
 *
 * @category Administrative units
 * @example
 * ```ts
 * import { buildAdminIndex } from "antt";
 * const index = buildAdminIndex(
 *   [
 *     { code: "38", name: "Tỉnh Thanh Hóa", level: "province", type: "province", validTo: "2025-06-30" },
 *     { code: "395", name: "Huyện Thọ Xuân", level: "district", type: "rural-district", parentCode: "38", validTo: "2025-06-30" },
 *     { code: "15532", name: "Xã Xuân Sinh", level: "commune", type: "commune", parentCode: "395", validTo: "2025-06-30" },
 *     { code: "38", name: "Tỉnh Thanh Hóa", level: "province", type: "province", validFrom: "2025-07-01" },
 *     { code: "15535", name: "Xã Xuân Hòa", level: "commune", type: "commune", parentCode: "38", validFrom: "2025-07-01" },
 *   ],
 *   [
 *     { oldCode: "38", newCode: "38", kind: "whole", effectiveDate: "2025-07-01" },
 *     { oldCode: "15532", newCode: "15535", kind: "whole", effectiveDate: "2025-07-01" },
 *   ],
 * );
 * index.get("15532", "2024-03-07")?.name;                     // "Xã Xuân Sinh"
 * index.ancestorAt("15532", "district", "2024-03-07")?.name;  // "Huyện Thọ Xuân"
 * index.resolveUnit("15532", { at: "2026-01-01" });           // { status: "merged", unit: Xã Xuân Hòa }
 * index.resolveUnit("15532.thon-3").status;                   // "merged": a village follows its commune
 * ```
 */
export class AdminIndex {
  readonly #versions = new Map<string, AdminUnit[]>();
  readonly #successors = new Map<string, AdminSuccession[]>();
  /** Every state, in input order. */
  readonly #units: AdminUnit[] = [];
  /** The position in the input of each state of #units. */
  readonly #unitInput: number[] = [];
  readonly #successions: AdminSuccession[] = [];
  /** The position in the input of each link of #successions. */
  readonly #linkInput: number[] = [];
  /** Problems found while building: overlapping versions, and links given twice with two kinds. */
  readonly #overlaps: Issue[] = [];
  readonly #kindConflicts: { readonly at: number; readonly issue: Issue }[] = [];
  // Built on first use: what most apps never ask for costs nothing at start-up.
  #sorted: AdminUnit[] | undefined;
  #children: Map<string, AdminUnit[]> | undefined;
  #byLevel: Map<AdminLevel, AdminUnit[]> | undefined;
  #predecessors: Map<string, AdminSuccession[]> | undefined;
  #problems: readonly Issue[] | undefined;

  /**
   * Builds an index; {@link buildAdminIndex} does the same.
   *
   * @param units - every version of every unit, of any era
   * @param successions - the links from old units to the units that succeeded them
   */
  constructor(units: Iterable<AdminUnit>, successions: Iterable<AdminSuccession>) {
    // The unit each state came from, only where they differ (a unit with history).
    const originals = new Map<AdminUnit, AdminUnit>();
    let i = -1;
    for (const unit of units) {
      i++;
      let versions = this.#versions.get(unit.code);
      if (!versions && !unit.history?.length) {
        // The common case: a code seen for the first time, without history.
        this.#versions.set(unit.code, [unit]);
        this.#units.push(unit);
        this.#unitInput.push(i);
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
        this.#overlaps.push(
          problem(
            ["units", i],
            "overlapping-versions",
            `Another version of unit ${unit.code} is valid on some of the same days (${startOf(clash)}..${endOf(clash)}); this one was not indexed`,
            `Một phiên bản khác của đơn vị ${unit.code} có hiệu lực trùng thời gian (${startOf(clash)}..${endOf(clash)}); phiên bản này không được đưa vào chỉ mục`,
          ),
        );
        continue;
      }
      if (!versions) {
        versions = [];
        this.#versions.set(unit.code, versions);
      }
      for (const state of states) {
        versions.push(state);
        this.#units.push(state);
        this.#unitInput.push(i);
        if (state !== unit) originals.set(state, unit);
      }
    }
    for (const versions of this.#versions.values()) {
      if (versions.length > 1) versions.sort(byCode);
    }

    i = -1;
    for (const link of successions) {
      i++;
      const links = this.#successors.get(link.oldCode);
      const earlier = links?.find(
        (other) => other.newCode === link.newCode && other.effectiveDate === link.effectiveDate,
      );
      if (earlier) {
        if (earlier.kind !== link.kind) {
          this.#kindConflicts.push({
            at: i,
            issue: problem(
              ["successions", i, "kind"],
              "conflicting-succession",
              `The link ${link.oldCode} → ${link.newCode} on ${link.effectiveDate} is given both as whole and as partial; it is kept as partial`,
              `Liên kết ${link.oldCode} → ${link.newCode} ngày ${link.effectiveDate} vừa ghi là nhập toàn bộ vừa ghi là nhập một phần; giữ là nhập một phần`,
            ),
          });
          if (link.kind === "partial") {
            this.#successions[this.#successions.indexOf(earlier)] = link;
            (links as AdminSuccession[])[(links as AdminSuccession[]).indexOf(earlier)] = link;
          }
        }
        continue;
      }
      this.#successions.push(link);
      this.#linkInput.push(i);
      if (links) links.push(link);
      else this.#successors.set(link.oldCode, [link]);
    }
    for (const links of this.#successors.values()) {
      if (links.length > 1) {
        links.sort(
          (a, b) => compare(a.effectiveDate, b.effectiveDate) || compare(a.newCode, b.newCode),
        );
      }
    }
  }

  /**
   * What the index found wrong with its input while building, in English and Vietnamese;
   * `path` leads to the unit (`["units", 12]`) or succession (`["successions", 3]`) in the
   * arrays given to {@link buildAdminIndex}.
   *
   * @description In order: versions of a code that overlap (the later one is not indexed);
   * links, in input order, given twice with two kinds, or from or to a code that has no
   * unit on that day; a unit that goes wholly into one unit and also into others on the same
   * day; a parent that does not exist, or is not of a higher level, on its child's last day.
   * The checks run on the first read of this property, so an index whose problems are known
   * (the shipped national table has none) costs nothing for them.
   */
  get problems(): readonly Issue[] {
    this.#problems ??= this.#check();
    return this.#problems;
  }

  #check(): Issue[] {
    const problems: Issue[] = [...this.#overlaps];
    const linkProblems: { readonly at: number; readonly issue: Issue }[] = [];
    const daysBefore = new Map<string, string>();
    for (let j = 0; j < this.#successions.length; j++) {
      const link = this.#successions[j] as AdminSuccession;
      const at = this.#linkInput[j] as number;
      let before = daysBefore.get(link.effectiveDate);
      if (before === undefined) {
        before = dayBefore(link.effectiveDate);
        daysBefore.set(link.effectiveDate, before);
      }
      if (!this.#versionAt(link.oldCode, before)) {
        linkProblems.push({
          at,
          issue: problem(
            ["successions", at, "oldCode"],
            "unknown-predecessor",
            `No unit ${link.oldCode} is valid on ${before}, the day before it is succeeded by ${link.newCode}`,
            `Không có đơn vị ${link.oldCode} còn hiệu lực ngày ${before}, ngày trước khi sắp xếp vào ${link.newCode}`,
          ),
        });
      }
      if (!this.#versionAt(link.newCode, link.effectiveDate)) {
        linkProblems.push({
          at,
          issue: problem(
            ["successions", at, "newCode"],
            "unknown-successor",
            `No unit ${link.newCode} is valid on ${link.effectiveDate}, the day ${link.oldCode} goes into it`,
            `Không có đơn vị ${link.newCode} có hiệu lực ngày ${link.effectiveDate}, ngày ${link.oldCode} được sắp xếp vào`,
          ),
        });
      }
    }
    // Both lists are in input order; a link is either a first appearance or a repeat.
    const merged = [...this.#kindConflicts, ...linkProblems].sort((a, b) => a.at - b.at);
    for (const { issue } of merged) problems.push(issue);

    for (const [code, links] of this.#successors) {
      for (let j = 0; j < links.length; j++) {
        const link = links[j] as AdminSuccession;
        if (link.kind !== "whole") continue;
        const sameDay = links.filter((other) => other.effectiveDate === link.effectiveDate);
        if (sameDay.length > 1 && sameDay[0] === link) {
          const others = sameDay
            .filter((other) => other !== link)
            .map((other) => other.newCode)
            .join(", ");
          problems.push(
            problem(
              ["successions", this.#successions.indexOf(link)],
              "conflicting-succession",
              `Unit ${code} goes wholly into ${link.newCode} on ${link.effectiveDate} but also into ${others}`,
              `Đơn vị ${code} được nhập toàn bộ vào ${link.newCode} ngày ${link.effectiveDate} nhưng cũng được sắp xếp vào ${others}`,
            ),
          );
        }
      }
    }

    // Every parent must exist, at a higher level, on the last day of its child.
    for (let j = 0; j < this.#units.length; j++) {
      const state = this.#units[j] as AdminUnit;
      if (state.parentCode === undefined) continue;
      const day = endOf(state);
      const parent = this.#versionAt(state.parentCode, day);
      if (!parent || RANK[parent.level] >= RANK[state.level]) {
        problems.push(
          problem(
            ["units", this.#unitInput[j] as number, "parentCode"],
            "unknown-parent",
            parent
              ? `The parent ${state.parentCode} of ${state.code} is a ${parent.level}, not a higher level`
              : `The parent ${state.parentCode} of ${state.code} is not valid on ${day === END_OF_TIME ? "the unit's current dates" : day}`,
            parent
              ? `Đơn vị cấp trên ${state.parentCode} của ${state.code} không ở cấp cao hơn`
              : `Đơn vị cấp trên ${state.parentCode} của ${state.code} không có hiệu lực vào ${day === END_OF_TIME ? "thời gian hiện tại của đơn vị" : day}`,
          ),
        );
      }
    }
    return problems;
  }

  /** The units ordered by code and date. */
  #sortedUnits(): AdminUnit[] {
    this.#sorted ??= [...this.#units].sort(byCode);
    return this.#sorted;
  }

  #childrenMap(): Map<string, AdminUnit[]> {
    if (!this.#children) {
      this.#children = new Map();
      for (const state of this.#sortedUnits()) {
        if (state.parentCode !== undefined) pushTo(this.#children, state.parentCode, state);
      }
    }
    return this.#children;
  }

  #levelMap(): Map<AdminLevel, AdminUnit[]> {
    if (!this.#byLevel) {
      this.#byLevel = new Map();
      for (const state of this.#sortedUnits()) pushTo(this.#byLevel, state.level, state);
    }
    return this.#byLevel;
  }

  #predecessorMap(): Map<string, AdminSuccession[]> {
    if (!this.#predecessors) {
      this.#predecessors = new Map();
      for (const link of this.#successions) pushTo(this.#predecessors, link.newCode, link);
      for (const links of this.#predecessors.values()) {
        if (links.length > 1) {
          links.sort(
            (a, b) => compare(a.effectiveDate, b.effectiveDate) || compare(a.oldCode, b.oldCode),
          );
        }
      }
    }
    return this.#predecessors;
  }

  #versionAt(code: string, date: string): AdminUnit | undefined {
    const versions = this.#versions.get(code);
    if (!versions) return undefined;
    const i = indexAt(versions, date);
    return i < 0 ? undefined : versions[i];
  }

  /**
   * The parent of a unit version on a day, only when it is of a higher level. A parent of
   * the same or a lower level (a unit that is its own parent, a cycle of parents: reported
   * as `unknown-parent`) is no parent, so every walk up the hierarchy climbs a level at each
   * step and ends after at most three steps, whatever the data.
   */
  #parentAt(unit: AdminUnit, day: string): AdminUnit | undefined {
    if (unit.parentCode === undefined) return undefined;
    const parent = this.#versionAt(unit.parentCode, day);
    return parent && RANK[parent.level] < RANK[unit.level] ? parent : undefined;
  }

  /**
   * The number of unit versions in the index.
   */
  get size(): number {
    return this.#units.length;
  }

  /**
   * The unit a code named on a day, or its latest version.
   *
   * @param code - a unit code
   * @param at - the day; without it, the latest version of the code
   * @returns the unit as it was that day, or `undefined` when no unit had the code then
   */
  get(code: string, at?: CalendarDate): AdminUnit | undefined {
    if (at !== undefined) return this.#versionAt(code, at);
    const units = this.#versions.get(code);
    return units?.[units.length - 1];
  }

  /**
   * Every version of a code, oldest first: the units that used it one after the other,
   * and the periods of a unit's history.
   *
   * @param code - a unit code
   * @returns the versions, or an empty array
   */
  versionsOf(code: string): readonly AdminUnit[] {
    return this.#versions.get(code) ?? EMPTY;
  }

  /**
   * Every unit version in the index, ordered by code and date.
   *
   * @returns the units
   */
  allUnits(): readonly AdminUnit[] {
    return this.#sortedUnits();
  }

  /**
   * Every succession link in the index (duplicates given more than once are kept once).
   *
   * @returns the links
   */
  allSuccessions(): readonly AdminSuccession[] {
    return this.#successions;
  }

  /**
   * The unit a unit belonged to on a day.
   *
   * @description A parent that is not of a higher level than the unit (the unit itself,
   * as in a cycle of parents, or any unit of the same or a lower level) is not a parent: it
   * is reported in {@link AdminIndex.problems} as `unknown-parent`, and `parentOf` gives
   * `undefined`.
   *
   * @param code - a unit code
   * @param at - the day; without it, the parent on the last day of the code's latest version
   * @returns the parent unit, or `undefined` for a province, an unknown code or a parent
   *   that is not of a higher level
   */
  parentOf(code: string, at?: CalendarDate): AdminUnit | undefined {
    const unit = this.get(code, at);
    return unit && this.#parentAt(unit, at ?? endOf(unit));
  }

  /**
   * The unit of a level that a unit was part of on a day: the district of a commune in
   * 2024, the province of a village.
   *
   * @param code - a unit code
   * @param level - the level wanted; the unit itself when it is of that level
   * @param at - the day; without it, the last day of the code's latest version
   * @returns the ancestor, or `undefined` when there is none of that level on that day
   *   (a commune has no district since 1 July 2025), or when a parent on the way is not of
   *   a higher level (see {@link AdminIndex.parentOf})
   */
  ancestorAt(code: string, level: AdminLevel, at?: CalendarDate): AdminUnit | undefined {
    let unit = this.get(code, at);
    if (!unit) return undefined;
    const day = at ?? endOf(unit);
    const rank = RANK[level];
    // Each step climbs a level, so a cycle of parents cannot keep the walk going.
    while (unit && RANK[unit.level] > rank) unit = this.#parentAt(unit, day);
    return unit?.level === level ? unit : undefined;
  }

  /**
   * The units directly under a unit on a day.
   *
   * @description Only units of a lower level count: a unit that names itself, or a unit
   * of its own level or above, as its parent is not its child (see
   * {@link AdminIndex.parentOf}).
   *
   * @param code - a unit code
   * @param at - the day; without it, the last day of the code's latest version
   * @returns the children ordered by code, or an empty array
   */
  childrenOf(code: string, at?: CalendarDate): readonly AdminUnit[] {
    const unit = this.get(code, at);
    const children = this.#childrenMap().get(code);
    if (!unit || !children) return EMPTY;
    const day = at ?? endOf(unit);
    const rank = RANK[unit.level];
    return children
      .filter((child) => RANK[child.level] > rank && isValidOn(child, day))
      .sort(byCode);
  }

  /**
   * The units of a level valid on a day: the 34 provinces of 2026, the 63 of 2024.
   *
   * @param level - the level
   * @param at - the day; without it, the units still valid
   * @returns the units ordered by code
   */
  unitsOfLevel(level: AdminLevel, at?: CalendarDate): readonly AdminUnit[] {
    const day = at ?? END_OF_TIME;
    return (this.#levelMap().get(level) ?? EMPTY)
      .filter((unit) => isValidOn(unit, day))
      .sort(byCode);
  }

  /**
   * The links from a code to the units that succeeded it, in date order.
   *
   * @param code - a unit code
   * @returns the links, or an empty array
   */
  successorsOf(code: string): readonly AdminSuccession[] {
    return this.#successors.get(code) ?? EMPTY;
  }

  /**
   * The links into a code from the units it was formed from, in date order.
   *
   * @param code - a unit code
   * @returns the links, or an empty array
   */
  predecessorsOf(code: string): readonly AdminSuccession[] {
    return this.#predecessorMap().get(code) ?? EMPTY;
  }

  /**
   * Where a code of any era went: the unit it names on a day, the unit it was merged
   * into, the candidates it was divided between, or unknown.
   *
   * @description Successions are followed forward in time up to `at`, through as many
   * reorganisations as there are. A unit abolished without a succession of its own (a
   * district in 2025) is followed through the units it contained on its last day. A
   * village code such as `15532.thon-3` that the index does not know is resolved through
   * its commune `15532`, and gives the commune's result.
   *
   * @param code - a unit code of any era
   * @param options - `at` (the day to resolve into; default: the latest units) and `asOf`
   *   (the day the code was written for)
   * @returns the resolution
   */
  resolveUnit(code: string, options: ResolveOptions = {}): UnitResolution {
    const at = options.at ?? END_OF_TIME;
    let key = code;
    if (!this.#versions.has(key) && !this.#successors.has(key)) {
      const dot = key.indexOf(".");
      if (dot <= 0) return UNKNOWN;
      key = key.slice(0, dot);
    }
    // The version the code meant: on asOf, or the last one that started by `at`.
    const versions = this.#versions.get(key);
    let i = -1;
    if (versions) {
      if (options.asOf !== undefined) i = indexAt(versions, options.asOf);
      else for (i = versions.length - 1; i >= 0 && startOf(versions[i] as AdminUnit) > at; i--);
    }
    const start = versions && i >= 0 ? versions[i] : undefined;
    if (start && isValidOn(start, at)) {
      return { status: "current", unit: start };
    }
    if (!start && !this.#successors.has(key)) return UNKNOWN;
    const from = start ? startOf(start) : (options.asOf ?? BEGINNING);
    return this.#follow(key, from, at) ?? this.#spread(key, from, start, at);
  }

  /** The first date after `from`, up to `at`, on which a code has successions. */
  #nextChange(
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
  #follow(key: string, start: string, at: string): UnitResolution | undefined {
    let code = key;
    let from = start;
    let crossed = false;
    for (let step = 0; step < 64; step++) {
      const links = this.#successors.get(code);
      const effective = this.#nextChange(links, from, at);
      if (effective === undefined) {
        const now = this.#versionAt(code, at);
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
   * (see {@link AdminIndex.childrenOf}), so cycles of links or parents end the walk.
   */
  #spread(key: string, start: string, version: AdminUnit | undefined, at: string): UnitResolution {
    const targets = new Set<AdminUnit>();
    let crossed = false;
    let lost = false;
    const queue: [string, string, AdminUnit | undefined][] = [[key, start, version]];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const [current, from, state] = queue.pop() as [string, string, AdminUnit | undefined];
      const seenKey = `${current}@${from}`;
      if (seen.has(seenKey)) continue;
      seen.add(seenKey);
      const links = this.#successors.get(current);
      const effective = this.#nextChange(links, from, at);
      if (effective !== undefined) {
        crossed = true;
        const sameDay = (links as readonly AdminSuccession[]).filter(
          (link) => link.effectiveDate === effective,
        );
        // A single partial link leaves the rest of the unit unaccounted for.
        if (sameDay.length === 1 && sameDay[0]?.kind === "partial") lost = true;
        for (const link of sameDay) {
          queue.push([link.newCode, effective, this.#versionAt(link.newCode, effective)]);
        }
        continue;
      }
      const now = this.#versionAt(current, at);
      if (now) {
        targets.add(now);
        continue;
      }
      const children = state ? this.childrenOf(current, endOf(state)) : EMPTY;
      if (children.length > 0) {
        crossed = true;
        for (const child of children) queue.push([child.code, startOf(child), child]);
        continue;
      }
      lost = true;
    }
    if (targets.size === 0) return UNKNOWN;
    const candidates = [...targets].sort(byCode);
    if (candidates.length === 1 && !lost) {
      return { status: crossed ? "merged" : "current", unit: candidates[0] as AdminUnit };
    }
    return { status: "ambiguous", candidates };
  }

  /**
   * Resolves a code like {@link AdminIndex.resolveUnit}, settling an ambiguous result by
   * an explicit new code that the caller knows (for example, which new commune the village
   * of a divided commune went to).
   *
   * @description The hint is used only when the code is ambiguous and the hint is one of
   * the candidates; otherwise the resolution is returned unchanged, so a wrong hint never
   * moves a record into a unit its code could not have gone to.
   *
   * @param code - a unit code of any era
   * @param hint - the code of the unit, among the candidates, that the record belongs to
   * @param options - the dates, as for {@link AdminIndex.resolveUnit}
   * @returns `merged` with the hinted unit, or the unchanged resolution
   */
  resolveWithHint(
    code: string,
    hint: string | undefined,
    options: ResolveOptions = {},
  ): UnitResolution {
    const resolution = this.resolveUnit(code, options);
    if (resolution.status !== "ambiguous" || hint === undefined) return resolution;
    const chosen = resolution.candidates.find((unit) => unit.code === hint);
    return chosen ? { status: "merged", unit: chosen } : resolution;
  }
}

/**
 * Builds an {@link AdminIndex} from units and succession links of any era.
 *
 * @description Give it everything at once: the units before and after a reorganisation
 * and the links between them (from {@link loadOldUnitsCsv}, {@link loadMergesJson} and
 * {@link loadSplitsJson}). The same unit or link given twice is kept once. The national
 * data (about 14,000 units and 21,000 links) is indexed in a few tens of milliseconds.
 *
 * @param units - every version of every unit
 * @param successions - the links from old units to the units that succeeded them
 * @returns the index; see its `problems` for anything wrong in the input
 * @category Administrative units
 * @example
 * ```ts
 * import { buildAdminIndex } from "antt";
 * const index = buildAdminIndex(
 *   [
 *     { code: "26", name: "Tỉnh Vĩnh Phúc", level: "province", type: "province", validTo: "2025-06-30" },
 *     { code: "25", name: "Tỉnh Phú Thọ", level: "province", type: "province", validFrom: "2025-07-01" },
 *   ],
 *   [{ oldCode: "26", newCode: "25", kind: "whole", effectiveDate: "2025-07-01" }],
 * );
 * index.resolveUnit("26", { at: "2026-01-01" }); // { status: "merged", unit: Tỉnh Phú Thọ }
 * index.problems.length; // 0
 * ```
 */
export function buildAdminIndex(
  units: Iterable<AdminUnit>,
  successions: Iterable<AdminSuccession> = [],
): AdminIndex {
  return new AdminIndex(units, successions);
}
