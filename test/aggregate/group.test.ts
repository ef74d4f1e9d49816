import { describe, expect, expectTypeOf, it } from "vitest";
import {
  aggregate,
  aggregateState,
  byCode,
  byPeriod,
  byPeriodRange,
  byUnit,
  count,
  countBy,
  customPeriod,
  type GroupedAggregator,
  type Groups,
  groupBy,
  mergeStates,
  OUTSIDE,
  parsePeriod,
  type Rate,
  RecordError,
  rate,
  UNASSIGNED,
} from "../../src/index.js";

interface Incident {
  unitCode?: string | null;
  occurredAt?: string;
  category: "theft" | "fraud";
}

const incidents: Incident[] = [
  { unitCode: "15532", occurredAt: "2024-03-07T22:15:00+07:00", category: "theft" },
  // 06:30 on 1 April in Vietnam
  { unitCode: "15532", occurredAt: "2024-03-31T23:30:00Z", category: "theft" },
  { unitCode: "15535", occurredAt: "2024-03-31", category: "fraud" },
  { unitCode: null, occurredAt: "2024-06-30T17:00:00Z", category: "fraud" },
  { occurredAt: "2024-01-01T00:00:00+07:00", category: "theft" },
  { unitCode: "15535", category: "theft" },
];

const unit = byUnit((r: Incident) => r.unitCode);

describe("groupBy", () => {
  it("groups unit × month × category in one pass, months in Vietnam time", () => {
    const perUnitMonth = groupBy(
      unit,
      groupBy(
        byPeriod((r) => r.occurredAt, "month"),
        countBy((r) => r.category),
      ),
    );
    expect(aggregate(perUnitMonth, incidents)).toEqual({
      "15532": { "2024-03": { theft: 1 }, "2024-04": { theft: 1 } },
      "15535": { "2024-03": { fraud: 1 }, unassigned: { theft: 1 } },
      unassigned: { "2024-01": { theft: 1 }, "2024-07": { fraud: 1 } },
    });
  });

  it("puts records without a key in the unassigned group, never dropping them", () => {
    const out = aggregate(groupBy(unit, count()), incidents);
    expect(out).toEqual({ "15532": 2, "15535": 2, unassigned: 2 });
    expect(out[UNASSIGNED]).toBe(2);
    expect(
      aggregate(
        groupBy((s: string) => s, count()),
        ["", "a"],
      ),
    ).toEqual({ a: 1, unassigned: 1 });
  });

  it("lists groups in sorted key order whatever the order of the records", () => {
    const perKey = groupBy((s: string) => s, count());
    const a = JSON.stringify(aggregate(perKey, ["b", "15532", "a", "38", "01"]));
    const b = JSON.stringify(aggregate(perKey, ["01", "38", "a", "15532", "b"]));
    expect(a).toBe(b);
    expect(a).toBe('{"38":1,"15532":1,"01":1,"a":1,"b":1}');
  });

  it("gives an empty object on empty input", () => {
    expect(
      aggregate(
        groupBy(
          unit,
          countBy((r) => r.category),
        ),
        [],
      ),
    ).toEqual({});
  });

  it("keeps groups named like Object.prototype members apart, also after JSON", () => {
    const perKey = groupBy(
      (s: string) => s,
      countBy((s: string) => s),
    );
    const keys = ["constructor", "__proto__", "__proto__", "valueOf"];
    const out = aggregate(perKey, keys);
    expect(JSON.stringify(out)).toBe(
      '{"__proto__":{"__proto__":2},"constructor":{"constructor":1},"valueOf":{"valueOf":1}}',
    );
    const shipped = JSON.parse(JSON.stringify(aggregateState(perKey, keys)));
    const merged = perKey.merge(shipped, JSON.parse(JSON.stringify(shipped)));
    expect(JSON.stringify(perKey.finish(merged))).toBe(
      '{"__proto__":{"__proto__":4},"constructor":{"constructor":2},"valueOf":{"valueOf":2}}',
    );
    // adding to a state that came through JSON also works
    let resumed = JSON.parse(JSON.stringify(aggregateState(perKey, keys)));
    for (const key of keys) resumed = perKey.add(resumed, key);
    expect(perKey.finish(resumed)).toEqual(perKey.finish(merged));
  });

  it("does not share state between merged inputs and the result", () => {
    const perUnit = groupBy(
      unit,
      countBy((r) => r.category),
    );
    const a = aggregateState(perUnit, incidents.slice(0, 2));
    const b = aggregateState(perUnit, incidents.slice(2));
    const merged = mergeStates(perUnit, [a, b]);
    perUnit.add(merged, incidents[2] as Incident);
    expect(perUnit.finish(b)["15535"]).toEqual({ fraud: 1, theft: 1 });
    expect(perUnit.finish(merged)["15535"]).toEqual({ fraud: 2, theft: 1 });
  });

  it("exposes its inner aggregator and types nested outputs", () => {
    const perUnit = groupBy(
      unit,
      groupBy(
        byCode((r) => r.category),
        rate((r) => r.unitCode != null),
      ),
    );
    expectTypeOf(perUnit).toExtend<GroupedAggregator<Incident, string, unknown, unknown>>();
    const out = aggregate(perUnit, incidents);
    expectTypeOf(out).toEqualTypeOf<Groups<string, Groups<"theft" | "fraud", Rate>>>();
    expect(out["15532"]?.theft).toEqual({ numerator: 2, denominator: 2, ratio: 1 });
    expect(perUnit.inner.finish(perUnit.inner.init())).toEqual({});
  });
});

describe("key helpers", () => {
  it("byUnit keys by the unit code unchanged, village codes included", () => {
    const key = byUnit((r: { unitCode: string }) => r.unitCode);
    expect(key({ unitCode: "15532.thon-3" })).toBe("15532.thon-3");
    expect(key.by).toBe("unit");
  });

  it("byCode keys by a code and types the groups by the code list", () => {
    const key = byCode((r: Incident) => r.category);
    expect(key.by).toBe("code");
    const out = aggregate(groupBy(key, count()), incidents);
    expect(out).toEqual({ fraud: 2, theft: 4 });
    expectTypeOf(out).toEqualTypeOf<Groups<"theft" | "fraud", number>>();
  });

  it("byPeriod buckets every calendar unit in Vietnam time", () => {
    const at = "2024-06-30T18:00:00Z"; // 01:00 on 1 July 2024 in Vietnam
    const keys = (["day", "week", "month", "quarter", "half", "year"] as const).map((unit) =>
      byPeriod((s: string) => s, unit)(at),
    );
    expect(keys).toEqual(["2024-07-01", "2024-W27", "2024-07", "2024-Q3", "2024-H2", "2024"]);
    expect(byPeriod((s: string) => s, "week")("2021-01-03")).toBe("2020-W53");
    expect(byPeriod((d: Date) => d, "month")(new Date("2024-03-31T17:00:00Z"))).toBe("2024-04");
    expect(byPeriod((s: string) => s, "year").by).toBe("period");
  });

  it("byPeriod sends a record without a date to unassigned and rejects an invalid one", () => {
    const perMonth = groupBy(
      byPeriod((r: { on?: string }) => r.on, "month"),
      count(),
    );
    expect(aggregate(perMonth, [{}, { on: "" }, { on: "2024-02-29" }])).toEqual({
      "2024-02": 1,
      unassigned: 2,
    });
    expect(() => aggregate(perMonth, [{ on: "2023-02-29" }])).toThrow(RecordError);
    expect(() => aggregate(perMonth, [{ on: "2024-03-07T22:15:00" }])).toThrow(RecordError);
  });

  it("byPeriodRange keeps records outside the period in an outside group", () => {
    const h1 = byPeriodRange((r: Incident) => r.occurredAt, parsePeriod("2024-H1"));
    expect(h1.by).toBe("range");
    const out = aggregate(groupBy(h1, count()), incidents);
    // 2024-06-30T17:00:00Z is 1 July in Vietnam: outside
    expect(out).toEqual({ "2024-H1": 4, outside: 1, unassigned: 1 });
    expect(out[OUTSIDE]).toBe(1);
  });

  it("byPeriodRange includes both ends of a custom range", () => {
    const window = customPeriod("2023-11-01", "2024-10-31");
    const key = byPeriodRange((s: string) => s, window);
    expect(key("2023-11-01")).toBe("2023-11-01..2024-10-31");
    expect(key("2024-10-31T16:59:59Z")).toBe("2023-11-01..2024-10-31");
    expect(key("2024-10-31T17:00:00Z")).toBe(OUTSIDE);
    expect(key("2023-10-31T23:59:59+07:00")).toBe(OUTSIDE);
    expect(key("")).toBeUndefined();
  });
});
