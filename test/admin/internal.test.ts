import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AdminUnit } from "../../src/admin/index.js";
import {
  BEGINNING,
  byCode,
  cut,
  dayAfter,
  dayBefore,
  ECHO_LIMIT,
  END_OF_TIME,
  echo,
  quote,
} from "../../src/admin/internal.js";

describe("the admin domain's date steps", () => {
  it("steps one day across months, years and leap days", () => {
    expect(dayAfter("2024-02-28")).toBe("2024-02-29");
    expect(dayAfter("2024-12-31")).toBe("2025-01-01");
    expect(dayBefore("2025-07-01")).toBe("2025-06-30");
    expect(dayBefore("2023-03-01")).toBe("2023-02-28");
    expect(dayBefore("0050-01-01")).toBe("0049-12-31");
  });

  it("never steps past the open ends", () => {
    expect(dayAfter(END_OF_TIME)).toBe(END_OF_TIME);
    expect(dayBefore(BEGINNING)).toBe(BEGINNING);
  });
});

describe("the order of unit versions", () => {
  const unit = (code: string, validFrom?: string): AdminUnit =>
    ({
      code,
      name: "Xã A",
      level: "commune",
      type: "commune",
      parentCode: "38",
      ...(validFrom ? { validFrom } : {}),
    }) as AdminUnit;

  it("orders by code, then by first day, with the unknown first day first", () => {
    const units = [
      unit("15535", "2025-07-01"),
      unit("15532", "2025-07-01"),
      unit("15532"),
      unit("15532", "2020-01-01"),
    ];
    expect(units.sort(byCode).map((u) => `${u.code}@${u.validFrom}`)).toEqual([
      "15532@undefined",
      "15532@2020-01-01",
      "15532@2025-07-01",
      "15535@2025-07-01",
    ]);
    expect(byCode(unit("15532", "2020-01-01"), unit("15532", "2020-01-01"))).toBe(0);
    expect(byCode(unit("15532", "2021-01-01"), unit("15532", "2020-01-01"))).toBe(1);
  });
});

describe("untrusted input: text repeated in messages", () => {
  it("cuts long text to the limit with an ellipsis, never inside a surrogate pair", () => {
    expect(cut("abc")).toBe("abc");
    expect(cut("x".repeat(1000))).toBe(`${"x".repeat(ECHO_LIMIT - 3)}...`);
    expect(cut("abcdef", 5)).toBe("ab...");
    expect(cut("abcdef", 2)).toBe("...");
    expect(cut(`a${"😀".repeat(10)}`, 7)).toBe("a😀...");
  });

  it("escapes bidirectional, invisible and control characters, and quotes like JSON", () => {
    expect(echo("Xã\u202EA\u200B\u2066\n")).toBe("Xã\\u202eA\\u200b\\u2066\\u000a");
    expect(echo("\u{E0041}")).toBe("\\u{e0041}");
    expect(quote('Xã "A" \\ B')).toBe(JSON.stringify('Xã "A" \\ B'));
    expect(quote("Thọ Xuân")).toBe('"Thọ Xuân"');
    expect(quote("\uD800")).toBe('"\\ud800"');
  });

  it("never repeats more than the limit of any text, or a hidden character", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        const shown = echo(text);
        expect(shown).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/u);
        expect(cut(text).length).toBeLessThanOrEqual(ECHO_LIMIT);
        expect(quote(text).startsWith('"') && quote(text).endsWith('"')).toBe(true);
      }),
    );
  });
});
