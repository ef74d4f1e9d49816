import type { CalendarDate } from "../core/calendar.js";
import type { Issue } from "../core/issues.js";
import { endOf, RANK } from "./internal.js";
import type { AdminLevel } from "./labels.js";
import { HEURISTIC_INFERENCES } from "./labels.js";
import type { AdminSuccession, AdminUnit, SuccessionKind } from "./schema.js";
import { EMPTY, type IndexData, indexData } from "./unit-index-build.js";
import { formerUnitsOf } from "./unit-index-former.js";
import { problemsOf } from "./unit-index-problems.js";
import {
  childrenOf,
  parentAt,
  predecessorMap,
  sortedUnits,
  unitAt,
  unitsOfLevel,
} from "./unit-index-queries.js";
import { resolverOf, resolveUnit } from "./unit-index-resolve.js";

/**
 * Where a unit code went by a date, as {@link AdminIndex.resolveUnit} finds it.
 *
 * @description
 * - `current`: the code names a unit valid on that date (itself, perhaps renamed or of
 *   another type since);
 * - `merged`: the unit was merged, wholly, into `unit` (possibly through several
 *   mergers in a row);
 * - `ambiguous`: the unit went into more than one of `candidates`, or into one of them
 *   without the sources saying which. `exhaustive` is `true` when the unit was divided and
 *   all of it is accounted for among the candidates (partial links in the 2025
 *   reorganisation, or a district abolished with its communes going to different new
 *   communes); `false` when part of it may be elsewhere (a single partial link), or the
 *   links are `possible` ones (the unit went wholly into one unit, perhaps a candidate).
 *   The library never guesses which one a record belongs to; see
 *   {@link AdminIndex.resolveWithHint}.
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
  | {
      readonly status: "ambiguous";
      readonly candidates: readonly AdminUnit[];
      readonly exhaustive: boolean;
    }
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

/**
 * Where a code went, with the links crossed on the way (see {@link AdminIndex.traceUnit}).
 *
 * @category Administrative units
 * @example
 * ```ts
 * import type { UnitTrace } from "antt";
 * const basisOf = (trace: UnitTrace) => trace.links.flatMap((link) => link.basis ?? []);
 * ```
 */
export interface UnitTrace {
  /** The resolution, as {@link AdminIndex.resolveUnit} gives it. */
  readonly resolution: UnitResolution;
  /**
   * Every succession link followed, in the order crossed, each with its date, kind, legal
   * `basis` and, when the sources do not state it, how it was inferred (`inferredBy`).
   */
  readonly links: readonly AdminSuccession[];
  /** Whether a link followed was inferred by a heuristic (see {@link HEURISTIC_INFERENCES}). */
  readonly heuristic: boolean;
}

/**
 * A unit version whose records belong to a later unit (see {@link AdminIndex.formerUnitsOf}).
 *
 * @category Administrative units
 * @example
 * ```ts
 * import type { FormerUnit } from "antt";
 * const describe = (former: FormerUnit) =>
 *   `${former.unit.name} (${former.unit.code}), to ${former.unit.validTo}: ${former.kind}`;
 * ```
 */
export interface FormerUnit {
  /** The earlier unit, or an earlier name, type or parent of the unit itself, with its dates. */
  readonly unit: AdminUnit;
  /** The links from `unit` to the later unit, oldest first; empty for the unit's own earlier state. */
  readonly links: readonly AdminSuccession[];
  /**
   * `whole` when all of `unit` went into the later unit; `partial` when only part of it
   * did, or `possible` when the sources only say it may have, at some step on the way.
   */
  readonly kind: SuccessionKind;
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
  /** The units, links and lookups (see unit-index-build.ts). */
  readonly #data: IndexData;
  #problems: readonly Issue[] | undefined;

  /**
   * Builds an index; {@link buildAdminIndex} does the same.
   *
   * @param units - every version of every unit, of any era
   * @param successions - the links from old units to the units that succeeded them
   */
  constructor(units: Iterable<AdminUnit>, successions: Iterable<AdminSuccession>) {
    this.#data = indexData(units, successions);
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
    this.#problems ??= problemsOf(this.#data);
    return this.#problems;
  }

  /**
   * The number of unit versions in the index.
   */
  get size(): number {
    return this.#data.units.length;
  }

  /**
   * The unit a code named on a day, or its latest version.
   *
   * @param code - a unit code
   * @param at - the day; without it, the latest version of the code
   * @returns the unit as it was that day, or `undefined` when no unit had the code then
   */
  get(code: string, at?: CalendarDate): AdminUnit | undefined {
    return unitAt(this.#data, code, at);
  }

  /**
   * Every version of a code, oldest first: the units that used it one after the other,
   * and the periods of a unit's history.
   *
   * @param code - a unit code
   * @returns the versions, or an empty array
   */
  versionsOf(code: string): readonly AdminUnit[] {
    return this.#data.versions.get(code) ?? EMPTY;
  }

  /**
   * Every unit version in the index, ordered by code and date.
   *
   * @returns the units
   */
  allUnits(): readonly AdminUnit[] {
    return sortedUnits(this.#data);
  }

  /**
   * Every succession link in the index (duplicates given more than once are kept once).
   *
   * @returns the links
   */
  allSuccessions(): readonly AdminSuccession[] {
    return this.#data.successions;
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
    return unit && parentAt(this.#data, unit, at ?? endOf(unit));
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
    while (unit && RANK[unit.level] > rank) unit = parentAt(this.#data, unit, day);
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
    return childrenOf(this.#data, code, at);
  }

  /**
   * The units of a level valid on a day: the 34 provinces of 2026, the 63 of 2024.
   *
   * @param level - the level
   * @param at - the day; without it, the units still valid
   * @returns the units ordered by code
   */
  unitsOfLevel(level: AdminLevel, at?: CalendarDate): readonly AdminUnit[] {
    return unitsOfLevel(this.#data, level, at);
  }

  /**
   * The links from a code to the units that succeeded it, in date order.
   *
   * @param code - a unit code
   * @returns the links, or an empty array
   */
  successorsOf(code: string): readonly AdminSuccession[] {
    return this.#data.successors.get(code) ?? EMPTY;
  }

  /**
   * The links into a code from the units it was formed from, in date order.
   *
   * @param code - a unit code
   * @returns the links, or an empty array
   */
  predecessorsOf(code: string): readonly AdminSuccession[] {
    return predecessorMap(this.#data).get(code) ?? EMPTY;
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
    return resolveUnit(this.#data, code, options);
  }

  /**
   * Where a code went, as {@link AdminIndex.resolveUnit} finds it, with every succession
   * link followed on the way: each carries its date, its legal basis and how it is known.
   *
   * @description A link inferred by a heuristic (see {@link HEURISTIC_INFERENCES}) sets
   * `heuristic`, so an app can show that a figure rests on one. A `possible` link (the
   * sources say only that the unit went into one of several) always ends in `ambiguous`.
   *
   * @param code - a unit code of any era
   * @param options - the dates, as for {@link AdminIndex.resolveUnit}
   * @returns the resolution and the links crossed
   */
  traceUnit(code: string, options: ResolveOptions = {}): UnitTrace {
    const links: AdminSuccession[] = [];
    const resolution = resolveUnit(this.#data, code, options, links);
    const heuristic = links.some(
      (link) => link.inferredBy !== undefined && HEURISTIC_INFERENCES.includes(link.inferredBy),
    );
    return { resolution, links, heuristic };
  }

  /**
   * Every earlier unit whose records belong to a unit on a day: the units merged into it,
   * the units merged into those, and so on back in time, and the unit's own earlier names,
   * types and parents, each with its dates.
   *
   * @description This is resolution backward: gather a commune's records of 2019 under its
   * code of today. Each former unit says how it came into the unit (`kind`) and by which
   * links; a `partial` or `possible` one holds records that may belong elsewhere, so resolve
   * those records forward one by one (with hints) rather than take them all. The unit
   * version asked about is not listed itself.
   *
   * @param code - a unit code
   * @param at - the day of the unit; without it, the code's latest version
   * @returns the former units, the latest first, then by code; empty for an unknown code
   */
  formerUnitsOf(code: string, at?: CalendarDate): readonly FormerUnit[] {
    return formerUnitsOf(this.#data, code, at);
  }

  /**
   * {@link AdminIndex.resolveUnit} into one day, memoised: for resolving the codes of many
   * records, each with the day its code was written for.
   *
   * @description Every day of one version of a code resolves alike, so the function keeps
   * one result per version of each code it has seen, and a call costs a map lookup and a
   * date comparison or two. A village code such as `15532.thon-3` resolves through its
   * commune.
   *
   * @param at - the day to resolve into; default: the latest units
   * @returns a function of a code and, optionally, the day it was written for (`asOf`)
   */
  resolver(at?: CalendarDate): (code: string, asOf?: CalendarDate) => UnitResolution {
    return resolverOf(this.#data, at);
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
 * and the links between them (from {@link loadOldUnitsCsv}, {@link loadMergesJSON} and
 * {@link loadSplitsJSON}). The same unit or link given twice is kept once. The national
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
