// Internal: which records of a dataset belong to the unit a report is made for. Not part of
// the public API (src/reports/index.ts does not re-export this module).
import type { AdminIndex, AdminUnit } from "../admin/index.js";
import type { CalendarDate } from "../core/calendar.js";
import { dayOfNumber } from "../core/calendar-day.js";

/**
 * Where a record's unit code lies relative to the report's unit: inside it (with the direct
 * child of the report's unit that holds it, when there is one), in another unit, or not in
 * the index at all.
 */
export type Placement =
  | { readonly status: "in"; readonly child: string | null }
  | { readonly status: "other"; readonly child: null }
  | { readonly status: "unknown"; readonly child: null };

// Every placement has the same fields, made the same way: one shape where records are placed.
const OTHER: Placement = Object.freeze({ status: "other", child: null });
const UNKNOWN: Placement = Object.freeze({ status: "unknown", child: null });
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
  /**
   * Placements by code, each with the days it holds for: the days every unit on the way up
   * was valid, so that a code is placed once per change of its chain, not once per day.
   */
  readonly #spans = new Map<string, Span[]>();
  /** Placements of a code on a day none of its versions was valid, by code and day. */
  readonly #outside = new Map<string, Placement>();

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

  /**
   * The unit a code written on `asOf` stands for on `day`: itself, or the unit it was merged
   * into by then; the code itself when it was divided or is unknown.
   */
  standingOn(code: string, asOf: CalendarDate, day: CalendarDate): string {
    const resolution = this.#index.resolveUnit(code, { at: day, asOf });
    return resolution.status === "current" || resolution.status === "merged"
      ? resolution.unit.code
      : code;
  }

  place(code: string, date: CalendarDate | undefined): Placement {
    if (this.#timeless) return this.#placeTimeless(code, date);
    if (date === undefined) return this.#placeOutside(code, "");
    const spans = this.#spans.get(code);
    if (spans) {
      for (const span of spans) {
        if (span.from <= date && date <= span.to) return span.placement;
      }
    }
    return this.#placeNew(code, date, spans);
  }

  /**
   * {@link place} on a day given as the number YYYYMMDD (as `dayNumberAt` reads it): the
   * placements known are found with no string made for the day.
   */
  placeOnDay(code: string, day: number): Placement {
    if (this.#timeless)
      return this.#byCode.get(code) ?? this.#placeTimeless(code, dayOfNumber(day));
    const spans = this.#spans.get(code);
    if (spans) {
      for (const span of spans) {
        if (span.fromDay <= day && day <= span.toDay) return span.placement;
      }
    }
    return this.#placeNew(code, dayOfNumber(day), spans);
  }

  #placeTimeless(code: string, date: CalendarDate | undefined): Placement {
    const cached = this.#byCode.get(code);
    if (cached) return cached;
    const placement = this.#place(code, date).placement;
    this.#byCode.set(code, placement);
    return placement;
  }

  /** Places a code on a day that no span known holds, and keeps the span it holds for. */
  #placeNew(code: string, date: CalendarDate, spans: Span[] | undefined): Placement {
    const found = this.#place(code, date);
    if (found.from === undefined) return this.#placeOutside(code, date);
    const span: Span = {
      from: found.from,
      to: found.to,
      fromDay: spanDay(found.from),
      toDay: spanDay(found.to),
      placement: found.placement,
    };
    if (spans) spans.push(span);
    else this.#spans.set(code, [span]);
    return found.placement;
  }

  #placeOutside(code: string, day: string): Placement {
    const key = `${code}@${day}`;
    let placement = this.#outside.get(key);
    if (placement === undefined) {
      placement = this.#place(code, day === "" ? undefined : day).placement;
      this.#outside.set(key, placement);
    }
    return placement;
  }

  /**
   * The placement of a code on a day, with the days (`from`..`to`) on which every unit
   * walked through was valid; no days when the code was placed by its latest version.
   */
  #place(
    code: string,
    date: CalendarDate | undefined,
  ): { placement: Placement; from?: string; to: string } {
    const dot = code.indexOf(".");
    const found =
      this.#version(code, date) ?? (dot > 0 ? this.#version(code.slice(0, dot), date) : undefined);
    if (!found) return { placement: UNKNOWN, to: "" };
    const at = found.at;
    let from = at === undefined ? undefined : BEGINNING;
    let to = END_OF_TIME;
    let child: string | null = null;
    let current: AdminUnit | undefined = found.unit;
    let last: AdminUnit = found.unit;
    let placement: Placement = OTHER;
    for (let depth = 0; current && depth < MAX_DEPTH; depth++) {
      last = current;
      if (from !== undefined) {
        if (current.validFrom !== undefined && current.validFrom > from) from = current.validFrom;
        if (current.validTo !== undefined && current.validTo < to) to = current.validTo;
      }
      if (current.code === this.#target) {
        placement = child === null ? SELF : Object.freeze({ status: "in", child });
        break;
      }
      child = current.code;
      current = this.#index.parentOf(current.code, at);
    }
    // A parent missing on the day (not a province's lack of one) may exist on another day:
    // the span is then only the day itself.
    if (from !== undefined && placement === OTHER && (current || last.parentCode !== undefined)) {
      from = date;
      to = date as string;
    }
    return from === undefined ? { placement, to } : { placement, from, to };
  }
}

interface Span {
  readonly from: string;
  readonly to: string;
  /** `from` and `to` as numbers YYYYMMDD. */
  readonly fromDay: number;
  readonly toDay: number;
  readonly placement: Placement;
}

const BEGINNING = "0000-01-01";
const END_OF_TIME = "9999-12-31";

/** A span's bound `YYYY-MM-DD` (a unit's validity, or the beginning or end of time) as YYYYMMDD. */
function spanDay(day: string): number {
  return (
    Number(day.slice(0, 4)) * 10_000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10))
  );
}
