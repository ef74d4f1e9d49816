import { expect } from "vitest";
import {
  type Aggregator,
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
  parsePeriod,
  rate,
  struct,
  sum,
} from "../../src/index.js";
import { describeAggregatorLaws } from "../support/laws.js";
import { recordArb, recordsArb, type TestRecord } from "./arbitraries.js";

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

for (const [name, aggregator, totalOf] of cases) {
  describeAggregatorLaws({
    title: `the laws of ${name}`,
    make: () => aggregator,
    record: recordArb,
    records: recordsArb,
    checks: totalOf
      ? [
          {
            name: "counts every record exactly once (group totals equal the number of records)",
            check: (out, records) => expect(totalOf(out as never)).toBe(records.length),
          },
        ]
      : [],
  });
}
