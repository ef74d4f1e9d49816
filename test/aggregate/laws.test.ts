import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Aggregator,
  aggregate,
  aggregateState,
  byCode,
  byPeriod,
  byPeriodRange,
  byUnit,
  count,
  countBy,
  filtered,
  groupBy,
  mapOutput,
  mapped,
  mergeStates,
  parsePeriod,
  rate,
  struct,
  sum,
} from "../../src/index.js";
import { deepFreeze, json, splitAt, viaJson } from "../support/helpers.js";
import { recordsArb, type TestRecord } from "./arbitraries.js";

type R = TestRecord;
const unit = byUnit((r: R) => r.unitCode);
const month = byPeriod((r: R) => r.occurredAt, "month");
const category = (r: R) => r.category;

/** The aggregators whose laws are checked, with a function giving their record total. */
const cases: [string, Aggregator<R, unknown, unknown>, ((out: never) => number) | undefined][] = [
  ["count", count(), (n: number) => n],
  ["sum", sum((r: R) => r.amount), undefined],
  ["countBy", countBy(category), (out: Record<string, number>) => total(out)],
  [
    "rate",
    rate(
      (r: R) => r.clarified,
      (r: R) => r.category !== undefined,
    ),
    undefined,
  ],
  [
    "struct",
    struct({ total: count(), byCategory: countBy(category), amount: sum((r: R) => r.amount) }),
    (out: { total: number }) => out.total,
  ],
  ["filtered", filtered((r: R) => r.clarified, countBy(category)), undefined],
  [
    "mapped",
    mapped(
      (r: R) => r.tags.length,
      sum((n: number) => n),
    ),
    undefined,
  ],
  ["mapOutput", mapOutput(countBy(category), (o) => Object.entries(o)), undefined],
  ["groupBy unit", groupBy(unit, count()), (out: Record<string, number>) => total(out)],
  [
    "groupBy many keys × countBy many keys",
    groupBy(
      (r: R) => `k${(r.amount ?? 0) % 40}`,
      countBy((r) => `c${(r.amount ?? 0) % 17}${r.category ?? ""}`),
    ),
    (out: Record<string, unknown>) => total(out),
  ],
  [
    "groupBy unit × month × category",
    groupBy(unit, groupBy(month, countBy(category))),
    (out: Record<string, unknown>) => total(out),
  ],
  [
    "groupBy ISO week × rate",
    groupBy(
      byPeriod((r: R) => r.occurredAt, "week"),
      rate((r: R) => r.clarified),
    ),
    undefined,
  ],
  [
    "groupBy period range",
    groupBy(
      byPeriodRange((r: R) => r.occurredAt, parsePeriod("2024-H1")),
      count(),
    ),
    (out: Record<string, number>) => total(out),
  ],
  [
    "groupBy code × struct",
    groupBy(
      byCode((r: R) => r.category),
      struct({ n: count(), byUnit: groupBy(unit, count()), amount: sum((r: R) => r.amount) }),
    ),
    (out: Record<string, { n: number }>) => total(Object.values(out).map((g) => g.n)),
  ],
];

/** The sum of every number in a nested output. */
function total(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value === "object" && value !== null) {
    return Object.values(value).reduce<number>((acc, v) => acc + total(v), 0);
  }
  return 0;
}

describe.each(cases)("the laws of %s", (_, aggregator, totalOf) => {
  it("gives the same result for any split of the input, aggregated apart and merged", () => {
    fc.assert(
      fc.property(recordsArb, fc.array(fc.nat(60), { maxLength: 4 }), (records, cuts) => {
        const whole = json(aggregate(aggregator, records));
        const states = splitAt(records, cuts).map((part) => aggregateState(aggregator, part));
        expect(json(aggregator.finish(mergeStates(aggregator, states)))).toBe(whole);
      }),
    );
  });

  it("does not depend on the order of the records (byte-identical JSON)", () => {
    fc.assert(
      fc.property(
        recordsArb.chain((records) =>
          fc.tuple(
            fc.constant(records),
            fc.shuffledSubarray(records, { minLength: records.length }),
          ),
        ),
        ([records, shuffled]) => {
          expect(json(aggregate(aggregator, shuffled))).toBe(json(aggregate(aggregator, records)));
        },
      ),
    );
  });

  it("gives byte-identical JSON for the same input, and never changes the records", () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        const before = json(records);
        // The records are deep-frozen: a write would throw here.
        const first = json(aggregate(aggregator, records));
        expect(json(aggregate(aggregator, records))).toBe(first);
        expect(json(records)).toBe(before);
      }),
    );
  });

  it("merges states that went through JSON, without changing them", () => {
    fc.assert(
      fc.property(recordsArb, fc.array(fc.nat(60), { maxLength: 3 }), (records, cuts) => {
        const whole = json(aggregate(aggregator, records));
        // Frozen: merging must read the states given, never write to them.
        const shipped = splitAt(records, cuts).map((part) =>
          deepFreeze(viaJson(aggregateState(aggregator, part))),
        );
        const snapshot = json(shipped);
        expect(json(aggregator.finish(mergeStates(aggregator, shipped)))).toBe(whole);
        expect(json(shipped)).toBe(snapshot);
        // A shipped state can also be the first argument of merge.
        const [head, ...rest] = shipped.map(viaJson);
        let merged = head;
        for (const state of rest) merged = aggregator.merge(merged, state);
        expect(json(aggregator.finish(merged))).toBe(whole);
      }),
    );
  });

  it("merges a state with itself into the double of every count", () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        const state = aggregateState(aggregator, records);
        const doubled = aggregator.merge(aggregateState(aggregator, records), state);
        expect(json(aggregator.finish(doubled))).toBe(
          json(aggregate(aggregator, [...records, ...records])),
        );
      }),
    );
  });

  if (totalOf) {
    it("counts every record exactly once (group totals equal the number of records)", () => {
      fc.assert(
        fc.property(recordsArb, (records) => {
          expect(totalOf(aggregate(aggregator, records) as never)).toBe(records.length);
        }),
      );
    });
  }
});
