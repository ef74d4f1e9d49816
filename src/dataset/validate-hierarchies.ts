// The hierarchies of validateDataset (internal to the dataset domain, not exported from the
// package): cycles of site replication, versions of a unit code, parents, successions.
import { type Checker, idKey, type Raw, type Valid } from "./validate-checker.js";

/** The first and last day of a unit record, as comparable strings. */
function spanOf(unit: Raw): [string, string] {
  const from = typeof unit["validFrom"] === "string" ? unit["validFrom"] : "0000-01-01";
  const to = typeof unit["validTo"] === "string" ? unit["validTo"] : "9999-12-31";
  return [from, to];
}

function dayBeforeOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** What no single record can show about hierarchies: cycles, overlaps, missing parents. */
export function checkHierarchies(c: Checker, valid: Valid): void {
  // Site replication must not go round in a circle.
  const sites = c.ids.get("sites");
  valid.sites.forEach((site, i) => {
    if (!site || typeof site["replicatedFromSiteId"] !== "string") return;
    const start = idKey(String(site["id"]));
    const seen = new Set<string>([start]);
    let next: unknown = site["replicatedFromSiteId"];
    while (typeof next === "string") {
      const id = idKey(next);
      if (id === start) {
        c.add(
          "error",
          ["sites", i, "replicatedFromSiteId"],
          "replication-cycle",
          `Site ${String(site["id"])} is replicated, through other sites, from itself`,
          `Điểm mô hình ${String(site["id"])} được nhân rộng vòng lại từ chính nó`,
        );
        return;
      }
      if (seen.has(id)) return; // a cycle further up, reported at its own sites
      seen.add(id);
      next = sites?.get(id)?.["replicatedFromSiteId"];
    }
  });

  // Versions of one unit code must not overlap, and parents must be listed.
  const versions = new Map<string, { unit: Raw; index: number }[]>();
  valid.units.forEach((unit, index) => {
    if (!unit) return;
    const code = String(unit["code"]);
    const list = versions.get(code) ?? [];
    const [from, to] = spanOf(unit);
    const clash = list.find(({ unit: other }) => {
      const [otherFrom, otherTo] = spanOf(other);
      return from <= otherTo && otherFrom <= to;
    });
    if (clash) {
      c.add(
        "error",
        ["units", index, "validFrom"],
        "overlapping-unit-versions",
        `Unit ${code} is also given by units[${clash.index}] for some of the same days`,
        `Đơn vị ${code} đã có ở units[${clash.index}] với thời gian hiệu lực trùng nhau`,
      );
    }
    list.push({ unit, index });
    versions.set(code, list);
  });
  const versionOn = (code: unknown, day: string) =>
    versions.get(String(code))?.find(({ unit }) => {
      const [from, to] = spanOf(unit);
      return from <= day && day <= to;
    });
  valid.units.forEach((unit, index) => {
    if (!unit || typeof unit["parentCode"] !== "string") return;
    if (!versions.has(unit["parentCode"])) {
      c.add(
        "error",
        ["units", index, "parentCode"],
        "unknown-parent",
        `The parent unit ${unit["parentCode"]} is not among the dataset's units`,
        `Đơn vị cấp trên ${unit["parentCode"]} không có trong danh sách đơn vị của bộ dữ liệu`,
      );
    }
  });
  // A succession links two versions: a unit cannot succeed itself.
  valid.successions.forEach((link, index) => {
    if (!link || link["oldCode"] !== link["newCode"] || versions.size === 0) return;
    const date = String(link["effectiveDate"]);
    const before = versionOn(link["oldCode"], dayBeforeOf(date));
    const after = versionOn(link["newCode"], date);
    if (before && before === after) {
      c.add(
        "error",
        ["successions", index, "newCode"],
        "self-succession",
        `Unit ${String(link["oldCode"])} is the same version before and after ${date}: a unit cannot succeed itself`,
        `Đơn vị ${String(link["oldCode"])} là cùng một phiên bản trước và sau ngày ${date}: một đơn vị không thể kế thừa chính nó`,
      );
    }
  });
}
