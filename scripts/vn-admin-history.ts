// The unit changes from 15 October 2017 to 1 March 2025 (../shared/data/vn-admin-history,
// MIT), applied to the units of 30 June 2025: each unit gains its earlier names, types and
// parents as history, abolished units come back with their dates, and every abolished unit
// gets its links to what succeeded it, with the legal basis and how each link is known.
// Read by scripts/build-vn-admin.ts; nothing here ships.
//
// The changes are undone in reverse file order from the 2025 state, as the data's README
// says; several changes of one day depend on their order in the file.

import {
  type AdminLevel,
  type AdminSuccession,
  type AdminUnit,
  type AdminUnitPeriod,
  type AdminUnitType,
  adminUnitTypeFromName,
  type SuccessionInference,
} from "../src/admin/index.js";
import { dayBefore } from "../src/admin/internal.js";

/** One record of changes.json. */
export interface HistoryChange {
  readonly date: string;
  readonly level: "province" | "district" | "commune";
  readonly code: string;
  readonly kind: readonly ("create" | "abolish" | "rename" | "retype" | "move")[];
  readonly before: { name: string; province?: string; district?: string; type?: string } | null;
  readonly after: { name: string; province?: string; district?: string; type?: string } | null;
  readonly into?: string | null;
  readonly into_rule?: string | null;
  readonly into_candidates?: readonly string[] | null;
  readonly basis: readonly string[];
}

/** One of the places where the 2025 file differs from GSO's catalogue of 1 March 2025. */
export interface SourceDiscrepancy {
  readonly level: AdminLevel;
  readonly code: string;
  readonly gso_2025_03_01: string;
  readonly old_units_csv: string;
}

/** A data note the table ships: a source problem, and how the table holds it. */
export interface DataNote {
  readonly code: string;
  readonly kind: "swapped-names" | "spelling";
  readonly name: string;
  readonly other: string;
}

interface Fields {
  name: string;
  type: AdminUnitType;
  parentCode: string | undefined;
}

interface Live {
  readonly unit: AdminUnit;
  fields: Fields;
  /** The last day of the state in `fields`. */
  end: string;
  /** The states after the one in `fields`, latest first. */
  readonly states: { from: string; to: string; fields: Fields }[];
  validFrom: string | undefined;
  readonly validTo: string | undefined;
}

const RULES: Readonly<Record<string, SuccessionInference>> = {
  "communes-moved": "communes-moved",
  "dissolved-no-commune-left": "no-commune-left",
  "same-name": "same-name",
  "shared-syllable": "shared-syllable",
  "only-changed-unit": "only-changed-unit",
  "name-contains": "name-contains",
};

const PROVINCE_TYPES: Readonly<Record<string, AdminUnitType>> = {
  Tỉnh: "province",
  "Thành phố Trung ương": "centrally-run-city",
};

/** What the history adds to the 2025 table. */
export interface WithHistory {
  readonly units: AdminUnit[];
  readonly successions: AdminSuccession[];
  readonly notes: DataNote[];
  /** Abolished units the sources give no successor or candidate for. */
  readonly unlinked: string[];
}

/**
 * The 2025 units with their history since 2017, the links of every abolished unit, and the
 * source notes. Throws when a change does not fit the state it is undone from: the data's
 * README says undoing every change reproduces each snapshot, so a misfit is a bug here.
 */
export function withHistory(
  units2025: readonly AdminUnit[],
  changes: readonly HistoryChange[],
  discrepancies: readonly SourceDiscrepancy[],
): WithHistory {
  const live = new Map<string, Live>();
  const finished: Live[] = [];
  const others: AdminUnit[] = [];
  for (const unit of units2025) {
    if (unit.validTo === "2025-06-30" && unit.validFrom === undefined) {
      live.set(unit.code, {
        unit,
        fields: { name: unit.name, type: unit.type, parentCode: unit.parentCode },
        end: "2025-06-30",
        states: [],
        validFrom: undefined,
        validTo: "2025-06-30",
      });
    } else {
      others.push(unit);
    }
  }

  // The 11 spellings: the 2025 file's name stays the name, GSO's becomes an alias, so a
  // change naming the unit GSO's way still fits, and name search finds both.
  const aliases = new Map<string, string>();
  const notes: DataNote[] = [];
  for (const entry of discrepancies) {
    const unit = live.get(entry.code);
    if (!unit) throw new Error(`Discrepancy for unknown unit ${entry.code}`);
    if (unit.fields.name === entry.gso_2025_03_01) {
      // The loader already put the swapped Kiên Hải names right.
      notes.push({
        code: entry.code,
        kind: "swapped-names",
        name: entry.gso_2025_03_01,
        other: entry.old_units_csv,
      });
    } else if (unit.fields.name === entry.old_units_csv) {
      aliases.set(entry.code, entry.gso_2025_03_01);
      notes.push({
        code: entry.code,
        kind: "spelling",
        name: entry.old_units_csv,
        other: entry.gso_2025_03_01,
      });
    } else {
      throw new Error(`Discrepancy for ${entry.code} names neither spelling of the unit`);
    }
  }

  // GSO writes some type words with a capital ("Thị Xã Việt Yên"); case is not a change.
  const loose = (name: string) => name.normalize("NFC").toLowerCase();
  const sameName = (code: string, name: string, written: string) =>
    loose(name) === loose(written) || aliases.get(code) === written;
  const typeOf = (name: string, level: AdminLevel, parent: string | undefined): AdminUnitType => {
    const parentType = parent === undefined ? undefined : live.get(parent)?.fields.type;
    const type = adminUnitTypeFromName(name, level, { parentType });
    if (!type) throw new Error(`No type word in ${name} (${level})`);
    return type;
  };
  const parentOf = (change: HistoryChange, side: "before" | "after") => {
    const fields = change[side];
    return change.level === "commune"
      ? fields?.district
      : change.level === "district"
        ? fields?.province
        : undefined;
  };
  const fail = (change: HistoryChange, why: string): never => {
    throw new Error(`${change.date} ${change.level} ${change.code} ${change.kind}: ${why}`);
  };

  const successions: AdminSuccession[] = [];
  const unlinked: string[] = [];
  for (let i = changes.length - 1; i >= 0; i--) {
    const change = changes[i] as HistoryChange;
    const kinds = new Set(change.kind);
    const before = change.before;
    const last = dayBefore(change.date);
    if (kinds.has("create")) {
      const unit = live.get(change.code) ?? fail(change, "created unit not in the state");
      if (!sameName(change.code, unit.fields.name, change.after?.name ?? "")) {
        fail(change, `created as ${change.after?.name}, but the state has ${unit.fields.name}`);
      }
      unit.states.push({ from: change.date, to: unit.end, fields: unit.fields });
      unit.validFrom = change.date;
      live.delete(change.code);
      finished.push(unit);
      continue;
    }
    if (!before) return fail(change, "no before state");
    if (kinds.has("abolish")) {
      if (live.has(change.code)) fail(change, "abolished unit already in the state");
      const parentCode = parentOf(change, "before");
      const type =
        change.level === "province"
          ? (PROVINCE_TYPES[before.type ?? ""] ?? fail(change, "province type"))
          : typeOf(before.name, change.level, parentCode);
      const links = linksOf(change, live, last);
      if (links.length === 0) unlinked.push(`${change.code} (${before.name}, ${change.date})`);
      successions.push(...links);
      const unit: AdminUnit = { code: change.code, name: before.name, level: change.level, type };
      if (parentCode !== undefined) unit.parentCode = parentCode;
      live.set(change.code, {
        unit,
        fields: { name: before.name, type, parentCode },
        end: last,
        states: [],
        validFrom: undefined,
        validTo: last,
      });
      continue;
    }
    const unit = live.get(change.code) ?? fail(change, "changed unit not in the state");
    if (!sameName(change.code, unit.fields.name, change.after?.name ?? "")) {
      fail(change, `changed into ${change.after?.name}, but the state has ${unit.fields.name}`);
    }
    const parentCode = kinds.has("move") ? parentOf(change, "before") : unit.fields.parentCode;
    const type = kinds.has("retype")
      ? change.level === "province"
        ? (PROVINCE_TYPES[before.type ?? ""] ?? fail(change, "province type"))
        : typeOf(before.name, change.level, parentCode)
      : unit.fields.type;
    const name = kinds.has("rename") || kinds.has("retype") ? before.name : unit.fields.name;
    unit.states.push({ from: change.date, to: unit.end, fields: unit.fields });
    unit.fields = { name, type, parentCode };
    unit.end = last;
  }
  for (const unit of live.values()) finished.push(unit);

  // GSO recorded some changes weeks after their legal date, so a unit can be renamed and
  // recoded on one day (Phường 05 → Phường 2 → code 27367 in Vĩnh Long, 1 January 2025). A
  // link into a code that went wholly elsewhere that same day goes on to where it went.
  const sameDay = new Map<string, string>();
  for (const link of successions) {
    if (link.kind === "whole") sameDay.set(`${link.oldCode}@${link.effectiveDate}`, link.newCode);
  }
  for (const link of successions) {
    for (let next = sameDay.get(`${link.newCode}@${link.effectiveDate}`), step = 0; next; step++) {
      if (step > 10) throw new Error(`Links in a cycle from ${link.oldCode}`);
      link.newCode = next;
      next = sameDay.get(`${next}@${link.effectiveDate}`);
    }
  }

  const units = [...others];
  for (const entry of finished) {
    // A state that began and ended on one legal date lasted no day at all.
    const states = [
      ...entry.states,
      { from: entry.validFrom ?? "", to: entry.end, fields: entry.fields },
    ]
      .filter((state) => state.from === "" || state.from <= state.to)
      .reverse();
    const latest = (states[states.length - 1] as (typeof states)[number]).fields;
    // The fields in the order the codec decodes them.
    const unit: AdminUnit = {
      code: entry.unit.code,
      name: latest.name,
      level: entry.unit.level,
      type: latest.type,
    };
    if (latest.parentCode !== undefined) unit.parentCode = latest.parentCode;
    if (entry.validFrom !== undefined) unit.validFrom = entry.validFrom;
    if (entry.validTo !== undefined) unit.validTo = entry.validTo;
    const alias = aliases.get(unit.code);
    if (alias !== undefined) unit.aliases = [alias];
    const history: AdminUnitPeriod[] = [];
    for (const state of states.slice(0, -1)) {
      const period: { -readonly [K in keyof AdminUnitPeriod]: AdminUnitPeriod[K] } = {
        validTo: state.to,
      };
      if (state.from !== "") period.validFrom = state.from;
      if (state.fields.name !== latest.name) period.name = state.fields.name;
      if (state.fields.type !== latest.type) period.type = state.fields.type;
      if (state.fields.parentCode !== latest.parentCode) {
        period.parentCode = state.fields.parentCode;
      }
      if (period.name === undefined && period.type === undefined && period.parentCode === undefined)
        continue;
      // A period like the one before it (a change that was undone by a later one of the
      // same kind, or a spelling the catalogue corrected back) joins it.
      const previous = history[history.length - 1];
      if (
        previous &&
        previous.validTo === dayBefore(period.validFrom ?? "") &&
        previous.name === period.name &&
        previous.type === period.type &&
        previous.parentCode === period.parentCode
      ) {
        previous.validTo = period.validTo;
        continue;
      }
      history.push(period);
    }
    if (history.length > 0) unit.history = history;
    units.push(unit);
  }
  return { units, successions, notes, unlinked };
}

/** The links of an abolished unit, from the state just after its abolition. */
function linksOf(
  change: HistoryChange,
  live: ReadonlyMap<string, Live>,
  last: string,
): AdminSuccession[] {
  const link = (
    newCode: string,
    kind: AdminSuccession["kind"],
    inferredBy: SuccessionInference,
  ): AdminSuccession => {
    const result: AdminSuccession = {
      oldCode: change.code,
      newCode,
      kind,
      effectiveDate: change.date,
    };
    if (change.basis.length > 0) result.basis = [...change.basis];
    result.inferredBy = inferredBy;
    return result;
  };
  const rule = change.into_rule ?? "";
  if (change.into) {
    const inferred = RULES[rule];
    if (!inferred) throw new Error(`Unknown successor rule ${rule} for ${change.code}`);
    return [link(change.into, "whole", inferred)];
  }
  if (rule === "dissolved-no-commune-left") {
    const district = change.before?.district;
    if (!district) throw new Error(`Dissolved commune ${change.code} without a district`);
    return [link(district, "whole", "no-commune-left")];
  }
  if (rule !== "ambiguous") throw new Error(`Abolished ${change.code} without a successor rule`);
  const candidates = change.into_candidates ?? [];
  if (candidates.length > 0) {
    return [...candidates].sort().map((code) => link(code, "possible", "changed-units"));
  }
  // The district's communes on the day it went: the units valid then (not those abolished
  // the same day, whose state ends the day before).
  const district = change.before?.district;
  const communes: string[] = [];
  for (const [code, unit] of live) {
    if (
      unit.unit.level === "commune" &&
      unit.fields.parentCode === district &&
      (unit.validTo === undefined || unit.validTo > last)
    ) {
      communes.push(code);
    }
  }
  return communes.sort().map((code) => link(code, "possible", "same-district"));
}
