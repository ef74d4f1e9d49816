import type { CalendarDate } from "../core/calendar.js";
import { dayAfter, dayBefore, isValidOn } from "./internal.js";
import type { AdminUnitType } from "./labels.js";
import type { AdminUnit, AdminUnitPeriod } from "./schema.js";

/**
 * A change to a unit that keeps its code (đổi tên, đổi loại, điều chỉnh trực thuộc): from
 * `effectiveDate` on, the unit has the name, type or parent given here.
 *
 * @description Mergers and divisions are successions between codes
 * ({@link AdminSuccession}); a change that keeps the code, such as Đồng Nai province
 * becoming a centrally-run city on 30 April 2026, is a `UnitChange`. Give only what changed.
 *
 * @category Administrative units
 * @example
 * ```ts
 * import type { UnitChange } from "antt";
 * const dongNaiCity: UnitChange = {
 *   code: "75",
 *   effectiveDate: "2026-04-30",
 *   name: "Thành phố Đồng Nai",
 *   type: "centrally-run-city",
 * };
 * ```
 */
export interface UnitChange {
  /** The code of the unit that changes. */
  readonly code: string;
  /** The first day of the new state (a calendar date in Vietnam, `YYYY-MM-DD`). */
  readonly effectiveDate: CalendarDate;
  /** The name from that day, with its type word. */
  readonly name?: string;
  /** The type from that day. */
  readonly type?: AdminUnitType;
  /** The parent unit's code from that day. */
  readonly parentCode?: string;
}

/**
 * Applies dated changes of name, type or parent to a list of units, as unit history: the
 * unit keeps its code, takes the new fields from the change's date, and keeps its earlier
 * fields in `history` for the days before.
 *
 * @description This is how an app brings a shipped unit table up to date with later
 * resolutions without waiting for a release: the index built from the result answers with
 * the old name before the date and the new one from it. Changes are applied in date order.
 * The input is not modified; units that do not change are returned as they are.
 *
 * A change must name a unit valid both on its date and on the day before, give at least one
 * field, and come after every earlier history entry of the unit; otherwise the function
 * throws a `RangeError` naming the change (`changes[2]`) and what is wrong.
 *
 * @param units - units of any era, such as `vietnamAdminData().units` from `antt/vn-admin`
 * @param changes - the changes to apply
 * @returns a new list of units, in the same order
 * @category Administrative units
 * @example
 * ```ts
 * import { applyUnitChanges, buildAdminIndex } from "antt";
 * const units = applyUnitChanges(
 *   [{ code: "75", name: "Tỉnh Đồng Nai", level: "province", type: "province", validFrom: "2025-07-01" }],
 *   [{ code: "75", effectiveDate: "2026-04-30", name: "Thành phố Đồng Nai", type: "centrally-run-city" }],
 * );
 * const index = buildAdminIndex(units);
 * index.get("75", "2026-01-01")?.name; // "Tỉnh Đồng Nai"
 * index.get("75", "2026-05-01")?.name; // "Thành phố Đồng Nai"
 * ```
 */
export function applyUnitChanges(
  units: readonly AdminUnit[],
  changes: readonly UnitChange[],
): AdminUnit[] {
  const result = [...units];
  const order = changes
    .map((change, i) => [change, i] as const)
    .sort(([a], [b]) =>
      a.effectiveDate < b.effectiveDate ? -1 : a.effectiveDate > b.effectiveDate ? 1 : 0,
    );
  for (const [change, i] of order) {
    const where = `changes[${i}] (${change.code} on ${change.effectiveDate})`;
    if (change.name === undefined && change.type === undefined && change.parentCode === undefined) {
      throw new RangeError(`${where} gives no name, type or parentCode`);
    }
    const before = dayBefore(change.effectiveDate);
    const at = result.findIndex(
      (unit) =>
        unit.code === change.code &&
        isValidOn(unit, change.effectiveDate) &&
        isValidOn(unit, before),
    );
    const unit = result[at];
    if (!unit) {
      throw new RangeError(
        `${where}: no unit ${change.code} is valid both on ${before} and on ${change.effectiveDate}`,
      );
    }
    const history = unit.history ?? [];
    const lastEnd = history.reduce<string | undefined>(
      (end, period) => (end === undefined || period.validTo > end ? period.validTo : end),
      undefined,
    );
    if (lastEnd !== undefined && lastEnd >= before) {
      throw new RangeError(
        `${where} comes before the end of an earlier history entry of the unit (${lastEnd})`,
      );
    }
    const period: { -readonly [K in keyof AdminUnitPeriod]: AdminUnitPeriod[K] } = {
      validTo: before,
    };
    const start = lastEnd === undefined ? unit.validFrom : dayAfter(lastEnd);
    if (start !== undefined) period.validFrom = start;
    const next: AdminUnit = { ...unit };
    if (change.name !== undefined && change.name !== unit.name) {
      period.name = unit.name;
      next.name = change.name;
    }
    if (change.type !== undefined && change.type !== unit.type) {
      period.type = unit.type;
      next.type = change.type;
    }
    if (change.parentCode !== undefined && change.parentCode !== unit.parentCode) {
      if (unit.parentCode === undefined) {
        throw new RangeError(`${where}: unit ${change.code} is a province and has no parent`);
      }
      period.parentCode = unit.parentCode;
      next.parentCode = change.parentCode;
    }
    if (period.name === undefined && period.type === undefined && period.parentCode === undefined) {
      continue;
    }
    next.history = [...history, period];
    result[at] = next;
  }
  return result;
}
