// Internal: which records of a dataset belong to the unit a report is made for. Not part of
// the public API (src/reports/index.ts does not re-export this module).
import type { AdminIndex, AdminUnit } from "../admin/index.js";
import type { CalendarDate } from "../core/calendar.js";

/**
 * Where a record's unit code lies relative to the report's unit: inside it (with the direct
 * child of the report's unit that holds it, when there is one), in another unit, or not in
 * the index at all.
 */
export type Placement =
  | { readonly status: "in"; readonly child: string | null }
  | { readonly status: "other" }
  | { readonly status: "unknown" };

const OTHER: Placement = Object.freeze({ status: "other" });
const UNKNOWN: Placement = Object.freeze({ status: "unknown" });
const SELF: Placement = Object.freeze({ status: "in", child: null });

interface Version {
  readonly unit: AdminUnit;
  readonly at: CalendarDate | undefined;
}

/** The deepest a chain of parents can go: village, commune, district, province, and spare. */
const MAX_DEPTH = 16;

/**
 * Places unit codes under a report's unit, walking up the parents valid on the day the code
 * was written for (a record's `unitCodeAsOf`, or its own date). A village code that the index
 * does not list (`15532.thon-3`) is placed with its commune.
 */
export class UnitScope {
  readonly #index: AdminIndex;
  readonly #target: string;
  /** Placements by code, when no unit has dates of validity. */
  readonly #byCode = new Map<string, Placement>();
  /** Placements by code, then by day ("" for none): no key is built per record. */
  readonly #cache = new Map<string, Map<string, Placement>>();

  /** Whether no unit has dates of validity: then a code's place does not depend on the day. */
  readonly #timeless: boolean;

  constructor(index: AdminIndex, target: string) {
    this.#index = index;
    this.#target = target;
    this.#timeless = index
      .allUnits()
      .every((u) => u.validFrom === undefined && u.validTo === undefined);
  }

  /** The version of a code valid on `date` (and that date), else its latest version. */
  #version(code: string, date: CalendarDate | undefined): Version | undefined {
    const onDate = date === undefined ? undefined : this.#index.get(code, date);
    if (onDate) return { unit: onDate, at: date };
    const latest = this.#index.get(code);
    return latest ? { unit: latest, at: undefined } : undefined;
  }

  place(code: string, date: CalendarDate | undefined): Placement {
    if (this.#timeless) {
      const cached = this.#byCode.get(code);
      if (cached) return cached;
      const placement = this.#place(code, date);
      this.#byCode.set(code, placement);
      return placement;
    }
    let byDay = this.#cache.get(code);
    if (byDay === undefined) {
      byDay = new Map();
      this.#cache.set(code, byDay);
    }
    const day = date ?? "";
    const cached = byDay.get(day);
    if (cached) return cached;
    const placement = this.#place(code, date);
    byDay.set(day, placement);
    return placement;
  }

  #place(code: string, date: CalendarDate | undefined): Placement {
    const dot = code.indexOf(".");
    const found =
      this.#version(code, date) ?? (dot > 0 ? this.#version(code.slice(0, dot), date) : undefined);
    if (!found) return UNKNOWN;
    const at = found.at;
    let child: string | null = null;
    let current: AdminUnit | undefined = found.unit;
    for (let depth = 0; current && depth < MAX_DEPTH; depth++) {
      if (current.code === this.#target) return child === null ? SELF : { status: "in", child };
      child = current.code;
      current = this.#index.parentOf(current.code, at);
    }
    return OTHER;
  }
}
