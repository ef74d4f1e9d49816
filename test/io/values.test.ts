// Values as people write them: booleans, numbers and money, dates, code lists.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CAMERA_OWNER_KIND_LABELS } from "../../src/index.js";
import {
  CodeMatcher,
  readBoolean,
  readDate,
  readDateTime,
  readNumber,
  readText,
  readTexts,
} from "../../src/io/values.js";

const value = <T>(read: { ok: boolean; value?: T }) => (read.ok ? read.value : "FAIL");

describe("readBoolean", () => {
  it.each([
    ["Có", true],
    ["có", true],
    ["CO", true],
    ["x", true],
    ["X", true],
    ["✓", true],
    ["1", true],
    [1, true],
    [true, true],
    ["Đã", true],
    ["Không", false],
    ["khong", false],
    ["0", false],
    [0, false],
    [false, false],
    ["Chưa", false],
    ["-", false],
  ])("%s → %s", (input, expected) => {
    expect(value(readBoolean(input))).toBe(expected);
  });

  it("leaves empty cells out and names what it could not read", () => {
    expect(readBoolean("  ")).toEqual({ ok: false, empty: true });
    const bad = readBoolean("có lẽ");
    expect(bad).toMatchObject({ ok: false, code: "import-not-a-boolean" });
    expect(JSON.stringify(bad)).toContain("có lẽ");
  });
});

describe("readNumber", () => {
  it.each([
    ["1.234.567 đ", true, 1_234_567],
    ["1.234.567đ", true, 1_234_567],
    ["1.234.567 VNĐ", true, 1_234_567],
    ["12,5 triệu", true, 12_500_000],
    ["12,5 trieu", true, 12_500_000],
    ["12,3 triệu đồng", true, 12_300_000],
    ["2 tỷ", true, 2_000_000_000],
    ["500 nghìn", true, 500_000],
    ["1.234", true, 1234],
    ["1,234", true, 1234],
    ["1 234 567", true, 1_234_567],
    ["19.87", false, 19.87],
    ["19,87", false, 19.87],
    ["1.234,5", false, 1234.5],
    ["1,234.5", false, 1234.5],
    ["-3", true, -3],
    [42, true, 42],
    ["0", true, 0],
  ])("%s (integer: %s) → %s", (input, integer, expected) => {
    expect(value(readNumber(input, integer))).toBe(expected);
  });

  it.each(["abc", "1.2.3", "12,5,6", "1..2", "đ", "Infinity"])("rejects %s", (input) => {
    expect(readNumber(input, true)).toMatchObject({ ok: false, code: "import-not-a-number" });
  });

  it("leaves an empty cell out", () => {
    expect(readNumber("", true)).toEqual({ ok: false, empty: true });
  });
});

describe("readDate", () => {
  it.each([
    ["07/03/2024", "2024-03-07"],
    ["7/3/2024", "2024-03-07"],
    ["07-03-2024", "2024-03-07"],
    ["07.03.2024", "2024-03-07"],
    ["2024-03-07", "2024-03-07"],
    ["29/02/2024", "2024-02-29"],
    [45358, "2024-03-07"],
    ["45358", "2024-03-07"],
    [new Date(Date.UTC(2024, 2, 7)), "2024-03-07"],
  ])("%s → %s", (input, expected) => {
    expect(value(readDate(input))).toBe(expected);
  });

  it.each(["31/02/2024", "29/02/2023", "13/13/2024", "hôm qua", "2024"])("rejects %s", (input) => {
    expect(readDate(input)).toMatchObject({ ok: false, code: "import-not-a-date" });
  });
});

describe("readDateTime", () => {
  it("reads Vietnam time, and a day alone as its start with a warning", () => {
    expect(value(readDateTime("07/03/2024 22:15"))).toBe("2024-03-07T22:15:00+07:00");
    expect(value(readDateTime("07/03/2024 22h15"))).toBe("2024-03-07T22:15:00+07:00");
    expect(value(readDateTime(new Date(Date.UTC(2024, 2, 7, 22, 15))))).toBe(
      "2024-03-07T22:15:00+07:00",
    );
    expect(value(readDateTime(45358.5))).toBe("2024-03-07T12:00:00+07:00");
    expect(value(readDateTime("2024-03-07T22:15:00Z"))).toBe("2024-03-07T22:15:00Z");
    const day = readDateTime("07/03/2024");
    expect(day).toMatchObject({ ok: true, value: "2024-03-07T00:00:00+07:00" });
    expect(day.ok && day.warning?.code).toBe("import-time-assumed");
    expect(readDateTime("07/03/2024 25:00")).toMatchObject({ ok: false });
  });
});

describe("CodeMatcher", () => {
  const owners = new CodeMatcher(
    Object.entries(CAMERA_OWNER_KIND_LABELS).map(([code, label]) => ({ code, label })),
  );

  it("reads codes and labels, with or without diacritics, any case", () => {
    expect(value(owners.read("Hộ gia đình"))).toBe("household");
    expect(value(owners.read("ho gia dinh"))).toBe("household");
    expect(value(owners.read("HỘ GIA ĐÌNH"))).toBe("household");
    expect(value(owners.read("household"))).toBe("household");
    expect(value(owners.read("Household"))).toBe("household");
    expect(value(owners.read("Cơ quan, tổ chức"))).toBe("agency");
  });

  it("reads lists whose labels hold commas", () => {
    expect(value(owners.readList("Cơ quan, tổ chức; Trường học"))).toEqual(["agency", "school"]);
    expect(value(owners.readList("Trường học, Cơ quan, tổ chức"))).toEqual(["school", "agency"]);
    expect(value(owners.readList("school\nhousehold"))).toEqual(["school", "household"]);
  });

  it("lists the choices when a value is not in the list", () => {
    const bad = owners.read("Nhà hàng xóm");
    expect(bad).toMatchObject({ ok: false, code: "import-unknown-code" });
    expect(JSON.stringify(bad)).toContain("Hộ gia đình");
    expect(owners.readList("Trường học; ai đó")).toMatchObject({ ok: false });
  });
});

describe("texts", () => {
  it("trims, and splits lists", () => {
    expect(value(readText("  cam-1 "))).toBe("cam-1");
    expect(value(readText(15532))).toBe("15532");
    expect(readText({ error: "#REF!" })).toMatchObject({ ok: false, code: "import-cell-error" });
    expect(value(readTexts("cam-1, cam-2;cam-3"))).toEqual(["cam-1", "cam-2", "cam-3"]);
  });
});

describe("laws", () => {
  it("reads back any whole number written with Vietnamese grouping, with or without đ", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000_000 }), fc.boolean(), (n, dong) => {
        const written = `${n.toLocaleString("de-DE")}${dong ? " đ" : ""}`;
        expect(value(readNumber(written, true))).toBe(n);
      }),
    );
  });

  it("reads back any day written as dd/mm/yyyy, as a date cell or as a serial", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1900-03-01T00:00:00Z"),
          max: new Date("2999-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        (instant) => {
          const day = new Date(
            Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()),
          );
          const iso = day.toISOString().slice(0, 10);
          const [y, m, d] = iso.split("-");
          expect(value(readDate(`${d}/${m}/${y}`))).toBe(iso);
          expect(value(readDate(day))).toBe(iso);
          const serial = (day.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
          expect(value(readDate(serial))).toBe(iso);
        },
      ),
    );
  });
});
