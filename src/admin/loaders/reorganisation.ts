// The one reader of the JSON files of the 2025 reorganisation (see loadMergesJSON and
// loadSplitsJSON in ../loaders.ts), driven by where each file keeps codes, names, links and
// lower units (./reorganisation-formats.ts).
import type { CalendarDate } from "../../core/calendar.js";
import { dayBefore, echo, quote, TYPE_WORDS_AT } from "../internal.js";
import type { AdminLevel, AdminUnitType } from "../labels.js";
import { adminUnitTypeFromName } from "../names.js";
import type { AdminSuccession, AdminUnit } from "../schema.js";
import {
  arrayField,
  entriesOf,
  fieldOf,
  isObject,
  notAnObject,
  plainCode,
  stringField,
} from "./json.js";
import type {
  ChildFormat,
  ReorganisationFormat,
  SplitsJSONOptions,
} from "./reorganisation-formats.js";
import { type AdminLoadResult, type Checks, type Path, Problems, tidyName } from "./shared.js";
import { describeValue, UNREADABLE } from "./values.js";

const LEVEL_VI = { province: "cấp tỉnh", district: "cấp huyện", commune: "cấp xã" } as const;

/** The dates of the units read: valid from the effective date, or until the day before. */
interface UnitDates {
  readonly validFrom?: string;
  readonly validTo?: string;
}

/** A unit to validate, its type read from its name. */
function newUnit(
  code: string,
  name: string,
  level: Exclude<AdminLevel, "village">,
  dates: UnitDates,
  parent?: { code: string; type: AdminUnitType },
): Record<string, unknown> {
  const tidy = tidyName(name);
  const unit: Record<string, unknown> = {
    code,
    name: tidy,
    level,
    type: adminUnitTypeFromName(tidy, level, { parentType: parent?.type }),
  };
  if (parent) unit["parentCode"] = parent.code;
  if (dates.validFrom !== undefined) unit["validFrom"] = dates.validFrom;
  if (dates.validTo !== undefined) unit["validTo"] = dates.validTo;
  return unit;
}

function skipped(
  path: Path,
  what: string,
  whatVi: string,
  count: number,
  problems: Problems,
): void {
  if (count === 0) return;
  problems.add(
    path,
    "invalid-parent",
    `The ${count} ${what} of this entry were not read because the entry is invalid`,
    `${count} ${whatVi} của mục này không được đọc vì mục không hợp lệ`,
  );
}

/** An earlier link of the unit being read to the same unit, and its type. */
interface EarlierLink {
  readonly path: Path;
  readonly type: string;
}

class ReorganisationReader {
  readonly units: AdminUnit[] = [];
  readonly successions: AdminSuccession[] = [];
  /** Where each code was first read, as a JSON path. */
  private readonly seen = new Map<string, string>();

  constructor(
    private readonly format: ReorganisationFormat,
    private readonly problems: Problems,
    private readonly checks: Checks,
    private readonly effectiveDate: CalendarDate,
    private readonly dates: UnitDates,
  ) {}

  /** Reads a province entry: the province, its links, and its lower units. */
  entry(entry: unknown, path: Path): void {
    const { problems, format } = this;
    if (!isObject(entry)) {
      notAnObject(path, entry, problems);
      return;
    }
    const code = stringField(entry, format.province.codeField, path, problems);
    const name = stringField(entry, format.province.name, path, problems);
    const links = arrayField(entry, format.links.field, path, problems);
    const lists = format.children.map((child) =>
      arrayField(entry, child.field, path, problems, child.optional),
    );
    const province =
      code !== undefined &&
      name !== undefined &&
      !this.isDuplicate(code, [...path, format.province.codeField])
        ? this.unitFrom(newUnit(code, name, "province", this.dates), path, format.province)
        : undefined;
    if (!province) {
      skipped(
        path,
        format.children.map((child) => child.what.en).join(" and "),
        format.children.map((child) => child.what.vi).join(" và "),
        lists.reduce((count, list) => count + (list?.length ?? 0), 0),
        problems,
      );
      return;
    }
    this.units.push(province);
    if (links) this.links(province.code, links, [...path, format.links.field]);
    // The lower units read as units (the old districts of splits.json) come before those
    // read for their links only (its old communes).
    const read = format.children.map((child, c) => ({ child, list: lists[c] }));
    const asUnits = read.filter(({ child }) => child.unit !== undefined);
    const forLinks = read.filter(({ child }) => child.unit === undefined);
    for (const { child, list } of [...asUnits, ...forLinks]) {
      this.children(child, list, path, province);
    }
  }

  /** Reads the lower units of a province entry. */
  private children(
    child: ChildFormat,
    list: unknown[] | undefined,
    parentPath: Path,
    province: AdminUnit,
  ): void {
    const { problems, format } = this;
    for (const [j, item] of (list ?? []).entries()) {
      const path = [...parentPath, child.field, j];
      if (!isObject(item)) {
        notAnObject(path, item, problems);
        continue;
      }
      const code = stringField(item, child.codeField, path, problems);
      const name = child.unit && stringField(item, child.unit.name, path, problems);
      const links = arrayField(item, format.links.field, path, problems);
      if (code === undefined || (child.unit ? name === undefined : !links)) continue;
      if (this.isDuplicate(code, [...path, child.codeField])) continue;
      let owner = code;
      if (child.unit) {
        const unit = this.unitFrom(
          newUnit(code, name as string, child.unit.level, this.dates, province),
          path,
          {
            codeField: child.codeField,
            name: child.unit.name,
            parent: [...parentPath, format.province.codeField],
          },
        );
        if (!unit) {
          skipped(path, "links", "liên kết", links?.length ?? 0, problems);
          continue;
        }
        this.units.push(unit);
        owner = unit.code;
      }
      if (links) this.links(owner, links, [...path, format.links.field]);
    }
  }

  /** Reports a code read before; true when it was. */
  private isDuplicate(code: string, path: Path): boolean {
    const earlier = this.seen.get(code);
    if (earlier === undefined) {
      this.seen.set(code, JSON.stringify(path));
      return false;
    }
    this.problems.add(
      path,
      "duplicate-code",
      `The code ${echo(code)} was already read at ${earlier}; this entry was not read`,
      `Mã ${echo(code)} đã có ở ${earlier}; mục này không được đọc`,
    );
    return true;
  }

  /** Reads the links of a unit, to the old units it was formed from or the new units it went into. */
  private links(code: string, list: unknown[], path: Path): void {
    const { format } = this;
    if (format.side === "new") this.linksFromOld(code, list, path, format.links);
    else this.linksIntoNew(code, list, path, format.links.codeField);
  }

  /** Reads the links of a new unit to the old units it was formed from, each with its type. */
  private linksFromOld(
    newCode: string,
    list: unknown[],
    path: Path,
    { codeField, kind: kindField }: { readonly codeField: string; readonly kind: string },
  ): void {
    const { problems } = this;
    // The links read, by old code: an old unit listed twice is one link, not two.
    const read = new Map<string, EarlierLink>();
    for (const [k, link] of list.entries()) {
      const linkPath = [...path, k];
      if (!isObject(link)) {
        notAnObject(linkPath, link, problems);
        continue;
      }
      const type = fieldOf(link, kindField);
      const kind = type === "full" ? "whole" : type === "partial" ? "partial" : undefined;
      if (kind === undefined) {
        const got = describeValue(type);
        problems.add(
          [...linkPath, kindField],
          "invalid-link-type",
          `Expected the link type "full" or "partial", got ${got.en}; the link was not read`,
          `Loại liên kết phải là "full" hoặc "partial", nhận được ${got.vi}; liên kết không được đọc`,
        );
        continue;
      }
      const oldId = fieldOf(link, codeField);
      const earlier = typeof oldId === "string" ? read.get(oldId) : undefined;
      if (earlier) {
        this.duplicateLink(linkPath, codeField, oldId as string, newCode, earlier, type as string);
        continue;
      }
      const succession = this.successionFrom(
        { oldCode: plainCode(oldId), newCode, kind, effectiveDate: this.effectiveDate },
        linkPath,
        codeField,
      );
      if (!succession) continue;
      this.successions.push(succession);
      read.set(succession.oldCode, { path: linkPath, type: type as string });
    }
  }

  private duplicateLink(
    path: Path,
    field: string,
    oldCode: string,
    newCode: string,
    earlier: EarlierLink,
    type: string,
  ): void {
    const where = JSON.stringify(earlier.path);
    const differs = earlier.type !== type;
    this.problems.add(
      [...path, field],
      "duplicate-link",
      `Unit ${echo(newCode)} lists ${echo(oldCode)} again (first at ${where}${differs ? `, as "${earlier.type}"; here as "${type}"` : ""}); the link is read once, as first given`,
      `Đơn vị ${echo(newCode)} liệt kê ${echo(oldCode)} hai lần (lần đầu ở ${where}${differs ? `, là "${earlier.type}"; ở đây là "${type}"` : ""}); liên kết chỉ được đọc một lần, theo lần ghi đầu tiên`,
      "warning",
    );
  }

  /** Reads the links of an old unit to the new units it went into: wholly into one, or in part into each. */
  private linksIntoNew(oldCode: string, list: unknown[], path: Path, codeField: string): void {
    const { problems } = this;
    if (list.length === 0) {
      problems.add(
        path,
        "no-successor-listed",
        `Unit ${echo(oldCode)} has no new unit to go into`,
        `Đơn vị ${echo(oldCode)} không được sắp xếp vào đơn vị mới nào`,
      );
    }
    // A new unit listed twice is one target, not two: the unit still goes wholly into it
    // when it is the only one. Each new_id is read once, before the kind is decided.
    const newIds = list.map((split) => (isObject(split) ? fieldOf(split, codeField) : UNREADABLE));
    const firstAt = new Map<string, number>();
    let targets = 0;
    for (const [k, split] of list.entries()) {
      if (!isObject(split)) continue;
      const newId = newIds[k];
      if (typeof newId === "string") {
        if (firstAt.has(newId)) continue;
        firstAt.set(newId, k);
      }
      targets++;
    }
    const kind = targets === 1 ? "whole" : "partial";
    for (const [k, split] of list.entries()) {
      const splitPath = [...path, k];
      if (!isObject(split)) {
        notAnObject(splitPath, split, problems);
        continue;
      }
      const newId = newIds[k];
      const first = typeof newId === "string" ? (firstAt.get(newId) as number) : k;
      if (first !== k) {
        problems.add(
          [...splitPath, codeField],
          "duplicate-link",
          `Unit ${echo(oldCode)} lists ${echo(newId as string)} again (first at ${JSON.stringify([...path, first])}); the link is read once`,
          `Đơn vị ${echo(oldCode)} liệt kê ${echo(newId as string)} hai lần (lần đầu ở ${JSON.stringify([...path, first])}); liên kết chỉ được đọc một lần`,
          "warning",
        );
        continue;
      }
      const succession = this.successionFrom(
        { oldCode, newCode: plainCode(newId), kind, effectiveDate: this.effectiveDate },
        splitPath,
        codeField,
      );
      if (succession) this.successions.push(succession);
    }
  }

  /** Validates a unit built from a JSON entry and reports its issues at the entry's fields. */
  private unitFrom(
    candidate: Record<string, unknown>,
    path: Path,
    fields: { readonly codeField: string; readonly name: string; readonly parent?: Path },
  ): AdminUnit | undefined {
    const { problems } = this;
    const level = candidate["level"] as Exclude<AdminLevel, "village">;
    const name = candidate["name"] as string;
    const known = candidate["type"] !== undefined;
    const words = TYPE_WORDS_AT[level];
    if (!known) {
      problems.add(
        [...path, fields.name],
        "unknown-unit-type",
        `The name ${quote(name)} does not start with a ${level}-level type word (${words.map(([word]) => word).join(", ")}); the entry was not read`,
        `Tên ${quote(name)} không bắt đầu bằng loại đơn vị ${LEVEL_VI[level]} (${words.map(([word]) => word).join(", ")}); mục không được đọc`,
      );
    }
    // Validate with a stand-in type too, so that every other problem of the entry is reported.
    const result = this.checks.unit(known ? candidate : { ...candidate, type: words[0]?.[1] });
    if (!result.success) {
      problems.addIssues(
        result.issues,
        { code: [...path, fields.codeField], parentCode: fields.parent ?? path },
        [...path, fields.name],
      );
      return undefined;
    }
    return known ? result.data : undefined;
  }

  private successionFrom(
    link: Record<string, unknown>,
    path: Path,
    codeField: string,
  ): AdminSuccession | undefined {
    const result = this.checks.succession(link);
    if (result.success) return result.data;
    this.problems.addIssues(
      result.issues,
      { oldCode: [...path, codeField], newCode: [...path, codeField] },
      path,
    );
    return undefined;
  }
}

/**
 * Reads a file of the 2025 reorganisation as its format says (see loadMergesJSON and
 * loadSplitsJSON); `validTo` is read for a file written from the side of the old units only.
 */
export function readReorganisationJson(
  json: unknown,
  format: ReorganisationFormat,
  options: SplitsJSONOptions,
  checks: Checks,
): AdminLoadResult {
  const effectiveDate = options.effectiveDate ?? "2025-07-01";
  const problems = new Problems();
  let reader: ReorganisationReader | undefined;
  const result = (): AdminLoadResult => ({
    units: reader?.units ?? [],
    successions: reader?.successions ?? [],
    problems: problems.list,
  });
  if (!problems.checkDates({ effectiveDate })) return result();
  let dates: UnitDates = { validFrom: effectiveDate };
  if (format.side === "old") {
    const validTo = options.validTo ?? dayBefore(effectiveDate);
    if (!problems.checkDates({ validTo })) return result();
    dates = { validTo };
  }
  const entries = entriesOf(json, problems, format.file);
  if (!entries) return result();
  reader = new ReorganisationReader(format, problems, checks, effectiveDate, dates);
  for (const [i, entry] of entries.list.entries()) reader.entry(entry, [...entries.path, i]);
  return result();
}
