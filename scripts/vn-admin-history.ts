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
  buildAdminIndex,
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
  /** The legal acts of the change that ended the state in `fields`. */
  endedBy: readonly string[];
  /** The states after the one in `fields`, latest first. */
  readonly states: { from: string; to: string; fields: Fields; endedBy: readonly string[] }[];
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
        endedBy: [],
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
  // A district's type can depend on its province's ("thành phố" under a centrally-run city
  // is a municipal city): the province's type on the day, from the province changes.
  const provinceChanges = changes.filter((change) => change.level === "province").reverse();
  const provinceTypeOn = (code: string, day: string): AdminUnitType | undefined => {
    let type = live.get(code)?.unit.type;
    for (const change of provinceChanges) {
      if (change.code === code && change.date > day && change.kind.includes("retype")) {
        type = PROVINCE_TYPES[change.before?.type ?? ""] ?? type;
      }
    }
    return type;
  };
  const typeOf = (
    name: string,
    level: AdminLevel,
    parent: string | undefined,
    day: string,
  ): AdminUnitType => {
    const parentType =
      parent === undefined || level !== "district" ? undefined : provinceTypeOn(parent, day);
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
  // Communes abolished with no candidate named: linked, once every unit is known, to each
  // commune of their district that day.
  const pending: HistoryChange[] = [];
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
      unit.states.push({
        from: change.date,
        to: unit.end,
        fields: unit.fields,
        endedBy: unit.endedBy,
      });
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
          : typeOf(before.name, change.level, parentCode, last);
      const links = linksOf(change);
      if (links === "same-district") pending.push(change);
      else successions.push(...links);
      const unit: AdminUnit = { code: change.code, name: before.name, level: change.level, type };
      if (parentCode !== undefined) unit.parentCode = parentCode;
      live.set(change.code, {
        unit,
        fields: { name: before.name, type, parentCode },
        end: last,
        endedBy: change.basis,
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
        : typeOf(before.name, change.level, parentCode, last)
      : unit.fields.type;
    const name = kinds.has("rename") || kinds.has("retype") ? before.name : unit.fields.name;
    unit.states.push({
      from: change.date,
      to: unit.end,
      fields: unit.fields,
      endedBy: unit.endedBy,
    });
    unit.fields = { name, type, parentCode };
    unit.end = last;
    unit.endedBy = change.basis;
  }
  for (const unit of live.values()) finished.push(unit);

  // GSO recorded some changes weeks after their legal date, so a unit can be renamed and
  // recoded on one day (27361 Phường 05 → Phường 2 → code 27367 in Quận 6, Hồ Chí Minh
  // City, 1 January 2025). A link into a code that went wholly elsewhere that same day goes
  // on to where it went.
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
      { from: entry.validFrom ?? "", to: entry.end, fields: entry.fields, endedBy: entry.endedBy },
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
      if (state.endedBy.length > 0) period.basis = [...state.endedBy];
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
        if (period.basis) previous.basis = period.basis;
        else delete previous.basis;
        continue;
      }
      history.push(period);
    }
    if (history.length > 0) unit.history = history;
    units.push(unit);
  }
  const index = buildAdminIndex(units, []);
  for (const change of pending) {
    const district = change.before?.district ?? "";
    const communes = index
      .childrenOf(district, change.date)
      .filter((unit) => unit.level === "commune")
      .map((unit) => unit.code);
    if (communes.length === 0) unlinked.push(`${change.code} (${change.date})`);
    for (const code of communes) successions.push(link(change, code, "possible", "same-district"));
  }
  return { units, successions, notes, unlinked };
}

/**
 * The links of an abolished unit, or "same-district" when the sources name no successor
 * and no candidate: those links wait until every unit is known.
 */
function linksOf(change: HistoryChange): AdminSuccession[] | "same-district" {
  const rule = change.into_rule ?? "";
  if (change.into) {
    const inferred = RULES[rule];
    if (!inferred) throw new Error(`Unknown successor rule ${rule} for ${change.code}`);
    return [link(change, change.into, "whole", inferred)];
  }
  if (rule === "dissolved-no-commune-left") {
    const district = change.before?.district;
    if (!district) throw new Error(`Dissolved commune ${change.code} without a district`);
    return [link(change, district, "whole", "no-commune-left")];
  }
  if (rule !== "ambiguous") throw new Error(`Abolished ${change.code} without a successor rule`);
  const candidates = change.into_candidates ?? [];
  if (candidates.length > 0) {
    return [...candidates].sort().map((code) => link(change, code, "possible", "changed-units"));
  }
  return "same-district";
}

/** A link of an abolished unit, with the change's legal basis. */
function link(
  change: HistoryChange,
  newCode: string,
  kind: AdminSuccession["kind"],
  inferredBy: SuccessionInference,
): AdminSuccession {
  const result: AdminSuccession = {
    oldCode: change.code,
    newCode,
    kind,
    effectiveDate: change.date,
  };
  if (change.basis.length > 0) result.basis = [...change.basis];
  result.inferredBy = inferredBy;
  return result;
}
