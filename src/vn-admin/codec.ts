// The compact text form of a unit table: small once gzipped, and quick to decode (one scan
// with indexOf, no JSON parse of 20,000 objects).
//
// units: lines. "=FROM|TO" starts an era (either date may be empty: open); then every line
// "CODE|TYPE|NAME|PARENT[|ALIAS;ALIAS]" is a unit of that era, TYPE an index into the first
// line, which lists the unit types used ("#province,ward,..."), and PARENT empty for a
// province. Lines "<FROM|TO|TYPE|NAME|PARENT[|BASIS;BASIS]" after a unit are its history, an
// empty field being one the period does not give.
// links: lines. "=DATE" starts a day of changes; then "NEW|OLD,OLD~,OLD?[|BASIS;BASIS|RULE]"
// lists the units that went into NEW that day on that legal basis, "~" marking a partial
// link and "?" a possible one.
import type {
  AdminLevel,
  AdminSuccession,
  AdminUnit,
  AdminUnitPeriod,
  AdminUnitType,
  SuccessionInference,
} from "../admin/index.js";

/** The encoded form of a unit table. */
export interface EncodedUnitTable {
  readonly units: string;
  readonly links: string;
}

/** A unit table: units of every era and the links between them. */
export interface UnitTable {
  readonly units: AdminUnit[];
  readonly successions: AdminSuccession[];
}

const LEVEL_BY_LENGTH: Readonly<Record<number, AdminLevel>> = {
  2: "province",
  3: "district",
  5: "commune",
};

const KIND_MARK = { whole: "", partial: "~", possible: "?" } as const;

function cannotHold(unit: AdminUnit): boolean {
  const unsafe = (value: string | undefined) => value !== undefined && /[|\n;]/.test(value);
  return (
    LEVEL_BY_LENGTH[unit.code.length] !== unit.level ||
    unit.ext !== undefined ||
    unsafe(unit.name) ||
    (unit.aliases ?? []).some(unsafe) ||
    (unit.history ?? []).some((period) => unsafe(period.name) || (period.basis ?? []).some(unsafe))
  );
}

/** Encodes units and links; the order of each is kept within an era or a day. */
export function encodeUnitTable(
  units: readonly AdminUnit[],
  successions: readonly AdminSuccession[],
): EncodedUnitTable {
  const types: AdminUnitType[] = [];
  const typeOf = (type: AdminUnitType) => {
    if (!types.includes(type)) types.push(type);
    return types.indexOf(type);
  };
  for (const unit of units) {
    typeOf(unit.type);
    for (const period of unit.history ?? []) if (period.type) typeOf(period.type);
  }
  const unitLines: string[] = [];
  let era: string | undefined;
  for (const unit of units) {
    if (cannotHold(unit)) {
      throw new Error(`The unit table cannot hold unit ${unit.code} as it is`);
    }
    const unitEra = `=${unit.validFrom ?? ""}|${unit.validTo ?? ""}`;
    if (unitEra !== era) {
      era = unitEra;
      unitLines.push(era);
    }
    const aliases = unit.aliases?.length ? `|${unit.aliases.join(";")}` : "";
    unitLines.push(
      `${unit.code}|${typeOf(unit.type)}|${unit.name}|${unit.parentCode ?? ""}${aliases}`,
    );
    for (const period of unit.history ?? []) {
      const type = period.type === undefined ? "" : String(typeOf(period.type));
      unitLines.push(
        `<${period.validFrom ?? ""}|${period.validTo}|${type}|${period.name ?? ""}|${period.parentCode ?? ""}${period.basis?.length ? `|${period.basis.join(";")}` : ""}`,
      );
    }
  }
  const linkLines: string[] = [];
  let day: string | undefined;
  let line: string | undefined;
  let group: string | undefined;
  let tail = "";
  for (const link of successions) {
    const linkTail =
      link.basis?.length || link.inferredBy
        ? `|${(link.basis ?? []).join(";")}|${link.inferredBy ?? ""}`
        : "";
    if (link.effectiveDate !== day || `${link.newCode}${linkTail}` !== group) {
      if (line !== undefined) linkLines.push(`${line}${tail}`);
      if (link.effectiveDate !== day) {
        day = link.effectiveDate;
        linkLines.push(`=${day}`);
      }
      group = `${link.newCode}${linkTail}`;
      tail = linkTail;
      line = `${link.newCode}|`;
    } else {
      line += ",";
    }
    line += `${link.oldCode}${KIND_MARK[link.kind]}`;
  }
  if (line !== undefined) linkLines.push(`${line}${tail}`);
  return { units: [`#${types.join(",")}`, ...unitLines].join("\n"), links: linkLines.join("\n") };
}

/** Decodes a table written by {@link encodeUnitTable} into fresh objects. */
export function decodeUnitTable(table: EncodedUnitTable): UnitTable {
  const units: AdminUnit[] = [];
  const text = table.units;
  const headerEnd = text.indexOf("\n");
  const types = text.slice(1, headerEnd).split(",") as AdminUnitType[];
  let validFrom = "";
  let validTo = "";
  let last: AdminUnit | undefined;
  // One scan with indexOf: no array per line.
  for (let start = headerEnd + 1; start > 0 && start < text.length; ) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const first = text.charCodeAt(start);
    const bar1 = text.indexOf("|", start);
    if (first === 61 /* = */) {
      validFrom = text.slice(start + 1, bar1);
      validTo = text.slice(bar1 + 1, end);
    } else if (first === 60 /* < */) {
      const fields = text.slice(start + 1, end).split("|");
      const period: { -readonly [K in keyof AdminUnitPeriod]: AdminUnitPeriod[K] } = {
        validTo: fields[1] as string,
      };
      if (fields[0]) period.validFrom = fields[0];
      if (fields[3]) period.name = fields[3];
      if (fields[2]) period.type = types[Number(fields[2])] as AdminUnitType;
      if (fields[4]) period.parentCode = fields[4];
      if (fields[5]) period.basis = fields[5].split(";");
      const owner = last as AdminUnit;
      if (owner.history) owner.history.push(period);
      else owner.history = [period];
    } else {
      const bar2 = text.indexOf("|", bar1 + 1);
      const bar3 = text.indexOf("|", bar2 + 1);
      let bar4 = text.indexOf("|", bar3 + 1);
      if (bar4 < 0 || bar4 > end) bar4 = end;
      const code = text.slice(start, bar1);
      const unit: AdminUnit = {
        code,
        name: text.slice(bar2 + 1, bar3),
        level: LEVEL_BY_LENGTH[code.length] as AdminLevel,
        type: types[Number(text.slice(bar1 + 1, bar2))] as AdminUnitType,
      };
      if (bar3 + 1 < bar4) unit.parentCode = text.slice(bar3 + 1, bar4);
      if (validFrom !== "") unit.validFrom = validFrom;
      if (validTo !== "") unit.validTo = validTo;
      if (bar4 < end) unit.aliases = text.slice(bar4 + 1, end).split(";");
      units.push(unit);
      last = unit;
    }
    start = end + 1;
  }
  const successions: AdminSuccession[] = [];
  let effectiveDate = "";
  for (const line of table.links.split("\n")) {
    if (line === "") continue;
    if (line.charCodeAt(0) === 61 /* = */) {
      effectiveDate = line.slice(1);
      continue;
    }
    const [newCode, olds, basis, rule] = line.split("|") as [string, string, string?, string?];
    for (const old of olds.split(",")) {
      const mark = old.charCodeAt(old.length - 1);
      const kind = mark === 126 /* ~ */ ? "partial" : mark === 63 /* ? */ ? "possible" : "whole";
      const link: AdminSuccession = {
        oldCode: kind === "whole" ? old : old.slice(0, -1),
        newCode,
        kind,
        effectiveDate,
      };
      if (basis) link.basis = basis.split(";");
      if (rule) link.inferredBy = rule as SuccessionInference;
      successions.push(link);
    }
  }
  return { units, successions };
}
