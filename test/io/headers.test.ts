// The header table follows the schemas, and headers are matched as people write them.
import { describe, expect, it } from "vitest";
import { DATASET_COLLECTIONS, fieldLabelsOf } from "../../src/index.js";
import {
  columnOfHeader,
  IMPORT_HEADERS,
  IMPORT_KINDS,
  importCsv,
  LIST_SLOTS,
} from "../../src/io/index.js";
import { headerKey } from "../../src/io/text.js";
import { HEADER_VARIANTS } from "../../src/io/variants.js";

describe("IMPORT_HEADERS", () => {
  it("has a column for each labelled top-level field of each kind, headed by its label", () => {
    const cameras = fieldLabelsOf(DATASET_COLLECTIONS.cameras) ?? {};
    const byKey = new Map(IMPORT_HEADERS.cameras.map((c) => [c.key, c]));
    for (const key of ["id", "unitCode", "ownerKind", "installedOn", "lenses", "coverage"]) {
      expect(byKey.get(key)?.header).toEqual(cameras[key]);
    }
    expect(byKey.get("location.lat")?.header.vi).toBe("Vị trí (tọa độ) - Vĩ độ");
    expect(byKey.get(`funding.${LIST_SLOTS - 1}.amount`)?.header.vi).toBe(
      `Nguồn kinh phí ${LIST_SLOTS} - Số tiền`,
    );
    expect(byKey.has("ext")).toBe(false);
  });

  it.each(IMPORT_KINDS)(
    "%s: headers are distinct once folded, and variants name columns",
    (kind) => {
      const columns = IMPORT_HEADERS[kind];
      const keys = columns.map((c) => headerKey(c.header.vi));
      expect(new Set(keys).size).toBe(keys.length);
      for (const column of columns) {
        expect(columnOfHeader(kind, column.header.vi)).toBe(column);
        expect(columnOfHeader(kind, column.header.en)).toBe(column);
        if (!column.path.some((p) => typeof p === "number")) {
          expect(columnOfHeader(kind, column.key)).toBe(column);
        }
      }
      const known = new Set(columns.map((c) => c.key));
      for (const key of Object.keys(HEADER_VARIANTS[kind])) expect(known).toContain(key);
      expect(columns.some((c) => c.key === "id" && c.required)).toBe(true);
    },
  );

  it("marks required fields, not optional or defaulted ones", () => {
    const byKey = new Map(IMPORT_HEADERS.cameras.map((c) => [c.key, c]));
    expect(byKey.get("ownerKind")?.required).toBe(true);
    expect(byKey.get("lenses")?.required).toBe(false);
    expect(byKey.get("location.lat")?.required).toBe(false);
    const activities = new Map(IMPORT_HEADERS.activities.map((c) => [c.key, c]));
    expect(activities.get("kind")?.codes?.map((c) => c.code)).toContain("patrol");
    expect(activities.get("kind")?.codes?.[0]?.label?.vi).toBe("Tuần tra");
  });
});

describe("columnOfHeader", () => {
  it.each([
    "Số mắt camera",
    "Số mắt",
    "Số mắt cam",
    "So mat cam",
    "so mat camera",
    "SỐ MẮT CAMERA",
    "  Số   mắt camera: ",
    "Lenses",
    "lenses",
  ])("reads %s as the number of lenses", (header) => {
    expect(columnOfHeader("cameras", header)?.key).toBe("lenses");
  });

  it("ignores a unit in brackets, and knows nested fields by their own label", () => {
    expect(columnOfHeader("contributions", "Số tiền (đồng)")?.key).toBe("amount");
    expect(columnOfHeader("cameras", "Vĩ độ")?.key).toBe("location.lat");
    expect(columnOfHeader("cameras", "vi tri toa do - kinh do")?.key).toBe("location.lng");
    expect(columnOfHeader("cameras", "Màu sơn")).toBeUndefined();
  });
});

describe("the header row", () => {
  it("is found below a title, skips a row-number column, warns of unknown, repeated and missing columns", async () => {
    const csv = [
      "DANH SÁCH CAMERA AN NINH XÃ XUÂN SINH",
      "",
      "STT;Mã camera;So mat cam;Màu sơn;Số mắt",
      "1;cam-1;2;đỏ;3",
    ].join("\n");
    const result = await importCsv(csv, { kind: "cameras" });
    expect(result.rows).toBe(1);
    const at = result.problems.map((p) => [p.code, p.row, p.column ?? p.header]);
    expect(at).toContainEqual(["import-unknown-column", 3, "D"]);
    expect(at).toContainEqual(["import-duplicate-column", 3, "E"]);
    expect(at).toContainEqual(["import-missing-column", 3, "Chủ sở hữu"]);
    // The row's missing fields are errors of the row.
    expect(result.problems.some((p) => p.row === 4 && p.severity === "error")).toBe(true);
    expect(result.records).toEqual([]);
  });

  it("is reported missing when no row has headers", async () => {
    const result = await importCsv("a;b\n1;2\n", { kind: "cameras" });
    expect(result.problems.map((p) => p.code)).toEqual(["import-no-header"]);
    expect(result.rows).toBe(0);
  });
});
