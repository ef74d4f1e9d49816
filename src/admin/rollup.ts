import type { RollupTarget } from "../aggregate/index.js";
import type { CalendarDate } from "../core/calendar.js";
import { RANK } from "./internal.js";
import type { AdminLevel } from "./labels.js";
import type { AdminUnit } from "./schema.js";
import type { AdminIndex, UnitResolution } from "./unit-index.js";

/**
 * How {@link rollupTargetFor} maps codes: into the units of `level` valid on `at`.
 *
 * @category Administrative units
 * @example
 * ```ts
 * import type { RollupTargetOptions } from "antt";
 * const toProvinces2026: RollupTargetOptions = {
 *   level: "province",
 *   at: "2026-01-01",
 *   asOf: "2024-12-31",
 *   hints: { "00007": "00008" },
 * };
 * ```
 */
export interface RollupTargetOptions {
  /** The level to roll up to, such as `province`. */
  readonly level: AdminLevel;
  /** The day whose units the result is expressed in, such as `2026-01-01`. */
  readonly at: CalendarDate;
  /**
   * The day the codes were written for (the records' `unitCodeAsOf` or date), when all
   * codes given to the mapper come from the same era; see {@link ResolveOptions}. A day
   * given to the mapper with a code takes its place.
   */
  readonly asOf?: CalendarDate;
  /**
   * For codes the app knows more about than the succession data: old code (or village
   * code) → the new unit, among the candidates, that its records belong to. A hint that
   * is not one of the candidates is ignored.
   */
  readonly hints?: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
}

const UNKNOWN: RollupTarget = Object.freeze({ kind: "unknown" });
const CACHE_LIMIT = 200_000;

function targetOf(
  index: AdminIndex,
  unit: AdminUnit,
  level: AdminLevel,
  at: string,
): string | undefined {
  if (RANK[unit.level] < RANK[level]) return undefined;
  if (unit.level === level) return unit.code;
  return index.ancestorAt(unit.code, level, at)?.code;
}

function rollupOf(
  index: AdminIndex,
  resolution: UnitResolution,
  level: AdminLevel,
  at: string,
): RollupTarget {
  switch (resolution.status) {
    case "unknown":
      return UNKNOWN;
    case "current":
    case "merged": {
      const code = targetOf(index, resolution.unit, level, at);
      return code === undefined ? UNKNOWN : { kind: "unit", code };
    }
    case "ambiguous": {
      const codes = new Set<string>();
      let missing = false;
      for (const candidate of resolution.candidates) {
        const code = targetOf(index, candidate, level, at);
        if (code === undefined) missing = true;
        else codes.add(code);
      }
      if (codes.size === 0) return UNKNOWN;
      const [only] = codes;
      // All candidates in one unit of the level settle it only when the candidates hold all
      // of the old unit: never for possible links, whose real successor may be elsewhere.
      if (codes.size === 1 && !missing && resolution.exhaustive && only !== undefined) {
        return { kind: "unit", code: only };
      }
      return { kind: "ambiguous", candidates: [...codes].sort() };
    }
  }
}

function hintLookup(hints: RollupTargetOptions["hints"]): (code: string) => string | undefined {
  if (hints === undefined) return () => undefined;
  if (hints instanceof Map) return (code) => hints.get(code);
  const record = hints as Readonly<Record<string, string>>;
  return (code) => (Object.hasOwn(record, code) ? record[code] : undefined);
}

/**
 * A function that maps a unit code of any era to the unit of a level it belongs to on a
 * day, to roll up figures kept by old codes into today's units (or any level of any day).
 *
 * @description For every code the mapper follows the successions up to `at` (see
 * {@link AdminIndex.resolveUnit}) and climbs to the ancestor of `level` valid on `at`:
 * - `{ kind: "unit", code }` when the code ends up in one unit of that level. An old
 *   commune divided between new communes of the same province still rolls up to one
 *   province;
 * - `{ kind: "ambiguous", candidates }` when its parts went to different units of that
 *   level; the records are kept apart, never guessed (settle them with `hints`);
 * - `{ kind: "unknown" }` when the index does not know the code, or the code is of a
 *   higher level than `level` (a province's records cannot be put into one of its
 *   communes).
 *
 * Village codes such as `15532.thon-3` roll up through their commune. The mapper takes,
 * besides the code, the day it was written for (a record's `unitCodeAsOf` or date; default:
 * `options.asOf`), so records of 2019, 2023 and 2025 roll up each by its own units. Results
 * are memoised per version of each code (see {@link AdminIndex.resolver}), so the mapper is
 * cheap to call once per record. Mapping goes forward in time: to put today's codes into
 * 2024 units, use {@link AdminIndex.formerUnitsOf} instead.
 *
 * @param index - the index of units and successions
 * @param options - `level`, `at`, and optionally `asOf` and `hints`
 * @returns a mapper from code to {@link RollupTarget}, for `rollup(...)`
 * @category Administrative units
 * @example
 * ```ts
 * import { buildAdminIndex, rollupTargetFor } from "antt";
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
 * const toProvince = rollupTargetFor(index, { level: "province", at: "2026-01-01" });
 * toProvince("15532");        // { kind: "unit", code: "38" }
 * toProvince("15532.thon-3"); // { kind: "unit", code: "38" }
 * toProvince("99999");        // { kind: "unknown" }
 * toProvince("15532", "2024-03-07"); // { kind: "unit", code: "38" }: the code as written that day
 * ```
 */
export function rollupTargetFor(
  index: AdminIndex,
  options: RollupTargetOptions,
): (code: string, asOf?: CalendarDate) => RollupTarget {
  const { level, at } = options;
  const resolve = index.resolver(at);
  const hintFor = hintLookup(options.hints);
  // By resolution (the resolver gives one object per version of a code) or, for a hint,
  // by the hinted unit.
  const cache = new Map<UnitResolution | AdminUnit, RollupTarget>();
  return (code: string, asOf: CalendarDate | undefined = options.asOf): RollupTarget => {
    let key = code;
    if (level !== "village") {
      const dot = code.indexOf(".");
      // A village rolls up through its commune, unless the app gave a hint for the village itself.
      if (dot > 0 && hintFor(code) === undefined) key = code.slice(0, dot);
    }
    const resolution = resolve(key, asOf);
    const hint = resolution.status === "ambiguous" ? hintFor(key) : undefined;
    const chosen =
      hint === undefined || resolution.status !== "ambiguous"
        ? undefined
        : resolution.candidates.find((unit) => unit.code === hint);
    const cacheKey = chosen ?? resolution;
    const cached = cache.get(cacheKey);
    if (cached !== undefined) return cached;
    const target = rollupOf(
      index,
      chosen ? { status: "merged", unit: chosen } : resolution,
      level,
      at,
    );
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(cacheKey, target);
    return target;
  };
}
