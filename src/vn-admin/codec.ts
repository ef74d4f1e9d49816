// The compact text form of a unit table: small once gzipped, and quick to decode (one split
// per line, no JSON parse of 14,000 objects).
//
// units: lines. "=FROM|TO" starts an era (either date may be empty: open); then every line
// "CODE|TYPE|NAME|PARENT" is a unit of that era, TYPE an index into the first line, which
// lists the unit types used ("#province,ward,..."), and PARENT empty for a province.
// links: lines. "=DATE" starts a day of changes; then "NEW|OLD,OLD~,..." lists the units
// that went into NEW that day, "~" marking a partial link.
import type { AdminLevel, AdminSuccession, AdminUnit, AdminUnitType } from "../admin/index.js";

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

/** Encodes units and links; the order of each is kept within an era or a day. */
export function encodeUnitTable(
  units: readonly AdminUnit[],
  successions: readonly AdminSuccession[],
): EncodedUnitTable {
  const types: AdminUnitType[] = [];
  for (const unit of units) if (!types.includes(unit.type)) types.push(unit.type);
  const unitLines = [`#${types.join(",")}`];
  let era: string | undefined;
  for (const unit of units) {
    if (LEVEL_BY_LENGTH[unit.code.length] !== unit.level || unit.history || unit.ext) {
      throw new Error(`The unit table cannot hold unit ${unit.code} as it is`);
    }
    const unitEra = `=${unit.validFrom ?? ""}|${unit.validTo ?? ""}`;
    if (unitEra !== era) {
      era = unitEra;
      unitLines.push(era);
    }
    unitLines.push(
      `${unit.code}|${types.indexOf(unit.type)}|${unit.name}|${unit.parentCode ?? ""}`,
    );
  }
  const linkLines: string[] = [];
  let day: string | undefined;
  let line: string | undefined;
  let target: string | undefined;
  for (const link of successions) {
    if (link.effectiveDate !== day || link.newCode !== target) {
      if (line !== undefined) linkLines.push(line);
      if (link.effectiveDate !== day) {
        day = link.effectiveDate;
        linkLines.push(`=${day}`);
      }
      target = link.newCode;
      line = `${target}|`;
    } else {
      line += ",";
    }
    line += `${link.oldCode}${link.kind === "partial" ? "~" : ""}`;
  }
  if (line !== undefined) linkLines.push(line);
  return { units: unitLines.join("\n"), links: linkLines.join("\n") };
}

/** Decodes a table written by {@link encodeUnitTable} into fresh objects. */
export function decodeUnitTable(table: EncodedUnitTable): UnitTable {
  const units: AdminUnit[] = [];
  const text = table.units;
  const headerEnd = text.indexOf("\n");
  const types = text.slice(1, headerEnd).split(",") as AdminUnitType[];
  let validFrom = "";
  let validTo = "";
  // One scan with indexOf: no array per line.
  for (let start = headerEnd + 1; start > 0 && start < text.length; ) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const bar1 = text.indexOf("|", start);
    if (text.charCodeAt(start) === 61 /* = */) {
      validFrom = text.slice(start + 1, bar1);
      validTo = text.slice(bar1 + 1, end);
    } else {
      const bar2 = text.indexOf("|", bar1 + 1);
      const bar3 = text.indexOf("|", bar2 + 1);
      const code = text.slice(start, bar1);
      const unit: AdminUnit = {
        code,
        name: text.slice(bar2 + 1, bar3),
        level: LEVEL_BY_LENGTH[code.length] as AdminLevel,
        type: types[Number(text.slice(bar1 + 1, bar2))] as AdminUnitType,
      };
      if (bar3 + 1 < end) unit.parentCode = text.slice(bar3 + 1, end);
      if (validFrom !== "") unit.validFrom = validFrom;
      if (validTo !== "") unit.validTo = validTo;
      units.push(unit);
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
    const bar = line.indexOf("|");
    const newCode = line.slice(0, bar);
    for (const old of line.slice(bar + 1).split(",")) {
      const partial = old.endsWith("~");
      successions.push({
        oldCode: partial ? old.slice(0, -1) : old,
        newCode,
        kind: partial ? "partial" : "whole",
        effectiveDate,
      });
    }
  }
  return { units, successions };
}
