// CSV: streamed in chunks of any size (multi-byte letters cut in two), with or without a BOM,
// comma or semicolon; unit names resolved or reported ambiguous; every row accounted for.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildAdminIndex } from "../../src/index.js";
import { csvRecords, IMPORT_HEADERS, importCsv } from "../../src/io/index.js";

const HEADER =
  "Mã điểm camera;Đơn vị;Chủ sở hữu;Ngày lắp đặt;Kết nối phòng trực ban;Mức chia sẻ hình ảnh;Phạm vi ghi hình;Tình trạng hoạt động;Số mắt";

const row = (id: string, unit = "15532", lenses = "2") =>
  `${id};${unit};Hộ gia đình;07/03/2024;Có;Chỉ đăng ký với Công an xã;Đường giao thông;Đang hoạt động;${lenses}`;

async function* chunks(bytes: Uint8Array, sizes: readonly number[]) {
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const size = Math.max(1, sizes[i % sizes.length] ?? 1);
    yield bytes.subarray(at, at + size);
    at += size;
  }
}

describe("importCsv", () => {
  it("reads a BOM, semicolons, and bytes cut anywhere", async () => {
    const text = `\uFEFF${HEADER}\n${row("cam-1")}\n${row("cam-2")}\n`;
    const bytes = new TextEncoder().encode(text);
    const whole = await importCsv(text, { kind: "cameras" });
    expect(whole.problems).toEqual([]);
    expect(whole.records.map((r) => (r as { id: string }).id)).toEqual(["cam-1", "cam-2"]);
    for (const sizes of [[1], [2, 3], [7], [1000]]) {
      expect(await importCsv(chunks(bytes, sizes), { kind: "cameras" })).toEqual(whole);
    }
  });

  it("reads commas and quoted fields over several lines", async () => {
    const text = [
      "Mã điểm camera,Mã đơn vị hành chính,Chủ sở hữu,Ngày lắp đặt,Kết nối phòng trực ban,Mức chia sẻ hình ảnh,Phạm vi ghi hình,Tình trạng hoạt động,Địa chỉ lắp đặt",
      'cam-1,15532,"Cơ quan, tổ chức",07/03/2024,x,registered,"Đường giao thông, Nơi công cộng",active,"Ngã tư\nchợ Xuân Sinh"',
      "cam-2,15532,school,2024-03-08,không,registered,road,active,",
    ].join("\r\n");
    const result = await importCsv(text, { kind: "cameras" });
    // The address over two lines is one cell; the schema wants it on one line.
    expect(result.problems.map((p) => [p.code, p.row, p.column, p.value])).toEqual([
      ["invalid_format", 2, "I", "Ngã tư\nchợ Xuân Sinh"],
    ]);
    const fixed = await importCsv(text.replace("Ngã tư\n", "Ngã tư "), { kind: "cameras" });
    expect(fixed.problems).toEqual([]);
    expect(fixed.records).toMatchObject([
      {
        id: "cam-1",
        ownerKind: "agency",
        coverage: ["road", "public-place"],
        address: "Ngã tư chợ Xuân Sinh",
      },
      { id: "cam-2", ownerKind: "school", connectedToDutyRoom: false, installedOn: "2024-03-08" },
    ]);
  });

  it("reports an unclosed quote and the rows read before it", async () => {
    const result = await importCsv(`${HEADER}\n${row("cam-1")}\n"cam-2;15532\n`, {
      kind: "cameras",
    });
    expect(result.records).toHaveLength(1);
    expect(result.problems.map((p) => p.code)).toEqual(["import-csv-malformed"]);
  });
});

describe("unit names", () => {
  const units = buildAdminIndex([
    { code: "01", name: "Thành phố Hà Nội", level: "province", type: "centrally-run-city" },
    { code: "38", name: "Tỉnh Thanh Hóa", level: "province", type: "province" },
    { code: "09793", name: "Xã Thọ Xuân", level: "commune", type: "commune", parentCode: "01" },
    {
      code: "395",
      name: "Huyện Thọ Xuân",
      level: "district",
      type: "rural-district",
      parentCode: "38",
    },
    { code: "15532", name: "Xã Xuân Sinh", level: "commune", type: "commune", parentCode: "395" },
  ]);

  it("resolves a name to its code, and reports an ambiguous or unknown name without guessing", async () => {
    const text = [
      HEADER,
      row("a", "Xuân Sinh"),
      row("b", "xa xuan sinh"),
      row("c", "Thọ Xuân"),
      row("d", "Xuân Lập"),
    ].join("\n");
    const result = await importCsv(text, { kind: "cameras", units });
    expect(result.records.map((r) => (r as { unitCode: string }).unitCode)).toEqual([
      "15532",
      "15532",
    ]);
    expect(result.problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ["import-unit-ambiguous", 4, "B"],
      ["import-unit-unknown", 5, "B"],
    ]);
    expect(result.problems[0]?.message.vi).toContain("09793");
    expect(result.problems[0]?.message.vi).toContain("395");
  });

  it("asks for the unit index when a name comes without one", async () => {
    const result = await importCsv([HEADER, row("a", "Xuân Sinh")].join("\n"), { kind: "cameras" });
    expect(result.problems.map((p) => p.code)).toEqual(["import-unit-name-without-index"]);
  });
});

describe("csvRecords", () => {
  it("streams: the first rows come out before the input ends", async () => {
    let fed = 0;
    async function* endless() {
      yield `${HEADER}\n`;
      for (;;) {
        fed++;
        yield `${row(`cam-${fed}`)}\n`;
      }
    }
    let seen = 0;
    for await (const r of csvRecords(endless(), { kind: "cameras" })) {
      if (r.header) continue;
      expect(r.record).toBeDefined();
      if (++seen === 100) break;
    }
    expect(fed).toBeLessThan(120);
  });

  it("accounts for every row: records plus rows with an error equal the rows (property)", async () => {
    const cell = fc.oneof(
      fc.constantFrom(
        "",
        "x",
        "Có",
        "abc",
        "12,5 triệu",
        "31/02/2024",
        "07/03/2024",
        "road",
        "active",
      ),
      fc.string({ maxLength: 6 }),
    );
    const keys = IMPORT_HEADERS.cameras.slice(0, 12);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: keys.length, maxLength: keys.length }), {
          maxLength: 30,
        }),
        async (rows) => {
          const quote = (v: string) => `"${v.replaceAll('"', '""')}"`;
          const text = [keys.map((k) => quote(k.header.vi)), ...rows.map((r) => r.map(quote))]
            .map((r) => r.join(";"))
            .join("\n");
          const result = await importCsv(text, { kind: "cameras" });
          const withError = new Set(
            result.problems.filter((p) => p.severity === "error").map((p) => p.row),
          );
          const nonEmpty = rows.filter((r) => r.some((v) => v.trim() !== "")).length;
          expect(result.rows).toBe(nonEmpty);
          expect(result.records.length + withError.size).toBe(result.rows);
        },
      ),
      { numRuns: 60 },
    );
  });
});
