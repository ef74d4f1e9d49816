import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type Aggregator,
  aggregate,
  aggregateState,
  byUnit,
  count,
  countBy,
  filtered,
  type Groups,
  groupBy,
  type InputOf,
  mapOutput,
  mapped,
  mergeStates,
  type OutputOf,
  type Rate,
  RecordError,
  rate,
  type StateOf,
  struct,
  sum,
  UNASSIGNED,
} from "../../src/index.js";

interface Incident {
  unitCode?: string;
  category?: "theft" | "fraud" | "drugs";
  clarified: boolean;
  criminal: boolean;
  damageVnd?: number;
}

const incidents: Incident[] = [
  { unitCode: "15532", category: "theft", clarified: true, criminal: true, damageVnd: 5_000_000 },
  { unitCode: "15532", category: "theft", clarified: false, criminal: true, damageVnd: 1_500_000 },
  { unitCode: "15535", category: "fraud", clarified: true, criminal: false },
  { category: "drugs", clarified: false, criminal: true, damageVnd: 0 },
  { unitCode: "15535", clarified: false, criminal: false },
];

describe("count", () => {
  it("counts records, 0 on empty input", () => {
    expect(aggregate(count(), incidents)).toBe(5);
    expect(aggregate(count(), [])).toBe(0);
  });
});

describe("sum", () => {
  const damage = sum((r: Incident) => r.damageVnd);

  it("sums integer values, a missing value adding nothing", () => {
    expect(aggregate(damage, incidents)).toBe(6_500_000);
    expect(aggregate(damage, [])).toBe(0);
  });

  it("refuses a value that is not an integer, in both languages", () => {
    expect(() =>
      aggregate(
        sum((n: number) => n),
        [1, 2.5],
      ),
    ).toThrow(/2\.5 is not a safe integer.*Tổng/);
    expect(() =>
      aggregate(
        sum((n: number) => n),
        [Number.NaN],
      ),
    ).toThrow(RecordError);
  });

  it("refuses a sum that would lose đồng beyond 2^53", () => {
    const big = Number.MAX_SAFE_INTEGER - 1;
    expect(
      aggregate(
        sum((n: number) => n),
        [big, 1],
      ),
    ).toBe(Number.MAX_SAFE_INTEGER);
    expect(() =>
      aggregate(
        sum((n: number) => n),
        [big, 2],
      ),
    ).toThrow(/below 2\^53/);
    const s = sum((n: number) => n);
    expect(() => s.merge(big, 2)).toThrow(RangeError);
  });
});

describe("countBy", () => {
  const byCategory = countBy((r: Incident) => r.category);

  it("counts per key, a missing key under unassigned, keys sorted", () => {
    const out = aggregate(byCategory, incidents);
    expect(out).toEqual({ drugs: 1, fraud: 1, theft: 2, unassigned: 1 });
    expect(Object.keys(out)).toEqual(["drugs", "fraud", "theft", "unassigned"]);
    expect(out[UNASSIGNED]).toBe(1);
  });

  it("treats null and the empty string as missing keys", () => {
    const out = aggregate(
      countBy((s: string | null) => s),
      ["a", "", null, "a"],
    );
    expect(out).toEqual({ a: 2, unassigned: 2 });
  });

  it("counts keys named like members of Object.prototype as ordinary keys", () => {
    const keys = ["constructor", "__proto__", "toString", "hasOwnProperty", "__proto__"];
    const counter = countBy((s: string) => s);
    const out = aggregate(counter, keys);
    expect(JSON.stringify(out)).toBe(
      '{"__proto__":2,"constructor":1,"hasOwnProperty":1,"toString":1}',
    );
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    // the same after a JSON round trip of the state, on either side of merge
    const shipped = JSON.parse(JSON.stringify(aggregateState(counter, keys)));
    expect(counter.finish(counter.merge(shipped, JSON.parse(JSON.stringify(shipped))))).toEqual(
      JSON.parse('{"__proto__":4,"constructor":2,"hasOwnProperty":2,"toString":2}'),
    );
  });

  it("orders unit codes numerically, as JSON shows them", () => {
    const out = aggregate(
      countBy((s: string) => s),
      ["15532", "38", "01", "b", "a", "15532"],
    );
    expect(JSON.stringify(out)).toBe('{"38":1,"15532":2,"01":1,"a":1,"b":1}');
  });

  it("types its output by the code list, plus unassigned", () => {
    expectTypeOf(aggregate(byCategory, incidents)).toEqualTypeOf<
      Groups<"theft" | "fraud" | "drugs", number>
    >();
    expectTypeOf(aggregate(byCategory, incidents).unassigned).toEqualTypeOf<number | undefined>();
  });
});

describe("rate", () => {
  it("carries numerator and denominator, the numerator within the denominator", () => {
    const clearance = rate(
      (r: Incident) => r.clarified,
      (r) => r.criminal,
    );
    expect(aggregate(clearance, incidents)).toEqual({ numerator: 1, denominator: 3, ratio: 1 / 3 });
  });

  it("uses every record as the denominator by default, and a null ratio on empty input", () => {
    const clearance = rate((r: Incident) => r.clarified);
    expect(aggregate(clearance, incidents)).toEqual({ numerator: 2, denominator: 5, ratio: 0.4 });
    expect(aggregate(clearance, [])).toEqual({ numerator: 0, denominator: 0, ratio: null });
  });

  it("re-aggregates through its counts, not by averaging ratios", () => {
    const clearance = rate((r: Incident) => r.clarified);
    const a = aggregateState(clearance, incidents.slice(0, 1)); // 1 of 1
    const b = aggregateState(clearance, incidents.slice(1)); // 1 of 4
    expect(clearance.finish(mergeStates(clearance, [a, b])).ratio).toBe(0.4); // not (1 + 0.25) / 2
    expectTypeOf(clearance.finish(a)).toEqualTypeOf<Rate>();
  });
});

describe("struct", () => {
  const summary = struct({
    total: count(),
    byCategory: countBy((r: Incident) => r.category),
    clearance: rate((r: Incident) => r.clarified),
    damageVnd: sum((r: Incident) => r.damageVnd),
  });

  it("runs every field over the records in one pass", () => {
    expect(aggregate(summary, incidents)).toEqual({
      total: 5,
      byCategory: { drugs: 1, fraud: 1, theft: 2, unassigned: 1 },
      clearance: { numerator: 2, denominator: 5, ratio: 0.4 },
      damageVnd: 6_500_000,
    });
  });

  it("reads each record once, whatever the number of fields", () => {
    let reads = 0;
    const counted = struct({
      a: count(),
      b: mapped((n: number) => {
        reads += 1;
        return n;
      }, count()),
    });
    aggregate(counted, [1, 2, 3]);
    expect(reads).toBe(3);
  });

  it("gives the empty figures of each field on empty input", () => {
    expect(aggregate(summary, [])).toEqual({
      total: 0,
      byCategory: {},
      clearance: { numerator: 0, denominator: 0, ratio: null },
      damageVnd: 0,
    });
  });

  it("refuses a field named __proto__", () => {
    expect(() => struct(JSON.parse('{"__proto__": 1}'))).toThrow(TypeError);
  });

  it("is typed field by field, and reads the intersection of the fields' records", () => {
    const out = aggregate(summary, incidents);
    expectTypeOf(out.total).toEqualTypeOf<number>();
    expectTypeOf(out.clearance).toEqualTypeOf<Rate>();
    expectTypeOf(out.byCategory).toEqualTypeOf<Groups<"theft" | "fraud" | "drugs", number>>();
    const mixed = struct({ n: count(), people: sum((r: { people: number }) => r.people) });
    expectTypeOf<InputOf<typeof mixed>>().toEqualTypeOf<{ people: number }>();
    expectTypeOf<StateOf<typeof mixed>>().toEqualTypeOf<{ n: number; people: number }>();
    expectTypeOf<OutputOf<typeof mixed>>().toEqualTypeOf<{
      readonly n: number;
      readonly people: number;
    }>();
  });

  it("infers the record type of its fields from an enclosing groupBy", () => {
    const perUnit = groupBy(
      byUnit((r: Incident) => r.unitCode),
      struct({ n: count(), damage: sum((r) => r.damageVnd), kinds: countBy((r) => r.category) }),
    );
    const out = aggregate(perUnit, incidents);
    expect(out["15535"]).toEqual({ n: 2, damage: 0, kinds: { fraud: 1, unassigned: 1 } });
    expectTypeOf(perUnit).toExtend<Aggregator<Incident, unknown, unknown>>();
  });
});

describe("filtered, mapped and mapOutput", () => {
  it("filtered aggregates only the records that pass", () => {
    const criminal = filtered(
      (r: Incident) => r.criminal,
      countBy((r) => r.category),
    );
    expect(aggregate(criminal, incidents)).toEqual({ drugs: 1, theft: 2 });
    expect(aggregate(criminal, [])).toEqual({});
  });

  it("mapped aggregates a value derived from each record", () => {
    const tags = mapped(
      (r: { tags: string[] }) => r.tags.length,
      sum((n) => n),
    );
    expect(aggregate(tags, [{ tags: ["a", "b"] }, { tags: [] }])).toBe(2);
  });

  it("mapOutput transforms the finished output and keeps the state mergeable", () => {
    const shares = mapOutput(
      countBy((r: Incident) => r.category),
      (counts) => ({
        counts,
        kinds: Object.keys(counts).length,
      }),
    );
    const a = aggregateState(shares, incidents.slice(0, 2));
    const b = aggregateState(shares, incidents.slice(2));
    expect(shares.finish(mergeStates(shares, [a, b]))).toEqual({
      counts: { drugs: 1, fraud: 1, theft: 2, unassigned: 1 },
      kinds: 4,
    });
    expectTypeOf(shares.finish(a).kinds).toEqualTypeOf<number>();
  });
});
