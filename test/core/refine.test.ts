// The record rules compare instants and take their Vietnamese day from the digits; they
// must agree with Date.parse and vietnamDateOf for every instant InstantSchema accepts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareInstants } from "../../src/core/refine.js";
import { InstantSchema } from "../../src/index.js";

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, "0");

/** Any instant InstantSchema accepts: years 1900 to 2999, any offset, any fraction. */
const instant = fc
  .record({
    ms: fc.integer({ min: Date.UTC(1900, 0, 2), max: Date.UTC(2999, 11, 30) }),
    offset: fc.oneof(
      fc.constantFrom(0, 420, -420, 840, -720, 330, -570),
      fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
    ),
    zulu: fc.boolean(),
    fraction: fc.constantFrom("", ".5", ".05", ".123", ".1234567", ".000", ".999", ".9999"),
  })
  .map(({ ms, offset, zulu, fraction }) => {
    const local = new Date(ms + (zulu ? 0 : offset) * 60_000).toISOString().slice(0, 19);
    const suffix = zulu
      ? "Z"
      : `${offset < 0 ? "-" : "+"}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
    return `${local}${fraction}${suffix}`;
  })
  .filter((s) => InstantSchema.safeParse(s).success);

const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0);

describe("compareInstants", () => {
  it("orders any two instants as Date.parse does", () => {
    fc.assert(
      fc.property(instant, instant, (a, b) => {
        expect(sign(compareInstants(a, b))).toBe(sign(Date.parse(a) - Date.parse(b)));
      }),
      { numRuns: 20_000 },
    );
  });

  it("finds the same instant written with two offsets equal", () => {
    expect(compareInstants("2024-03-07T01:40:00+07:00", "2024-03-06T18:40:00Z")).toBe(0);
    expect(compareInstants("2024-03-07T01:40:00.5+07:00", "2024-03-06T18:40:00.500Z")).toBe(0);
    expect(
      compareInstants("2024-03-01T00:00:00+07:00", "2024-02-29T16:59:59.999Z"),
    ).toBeGreaterThan(0);
  });
});

it("reads a long fraction to the millisecond, where V8's Date.parse misreads a leading 0", () => {
  // Date.parse("….0999999999+07:00") gives 999 ms on Node 20; the digits say 99 ms.
  expect(
    compareInstants("2024-03-07T08:00:00.0999999999+07:00", "2024-03-07T08:00:00.5+07:00"),
  ).toBeLessThan(0);
  expect(compareInstants("2024-03-07T08:00:00.0999999999Z", "2024-03-07T08:00:00.099Z")).toBe(0);
  expect(compareInstants("2024-03-07T08:00:00.0999999999Z", "2024-03-07T08:00:00.1Z")).toBeLessThan(
    0,
  );
});
