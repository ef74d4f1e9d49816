// Shared generators and helpers for the aggregation tests.
import fc from "fast-check";
import { instantArb } from "../support/arbitraries.js";
import { deepFreeze } from "../support/helpers.js";

/** A record of the kind the domains aggregate, with every key sometimes missing. */
export interface TestRecord {
  readonly unitCode?: string | null | undefined;
  readonly occurredAt?: string;
  readonly category?: string | undefined;
  readonly amount?: number;
  readonly clarified: boolean;
  readonly tags: readonly string[];
}

/** Dates and instants in 2023-2024, many of them near Vietnamese midnights and month ends. */
export const dateArb: fc.Arbitrary<string> = fc.oneof(
  instantArb([420, 420, 0, -300, 345, 540]),
  fc
    .integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2024, 11, 31) })
    .map((ms) => new Date(ms).toISOString().slice(0, 10)),
);

/** Unit codes, including keys that are members of `Object.prototype` and array indexes. */
export const unitCodeArb: fc.Arbitrary<string | null | undefined> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom("15532", "15535", "15538", "01", "38", "15532.thon-3") },
  { weight: 1, arbitrary: fc.constantFrom("constructor", "__proto__", "toString", "unassigned") },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, "") },
);

export const categoryArb: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("theft", "fraud", "drugs", "assault") },
  { weight: 1, arbitrary: fc.constantFrom("hasOwnProperty", "__proto__", "valueOf") },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

export const recordArb: fc.Arbitrary<TestRecord> = fc
  .record(
    {
      unitCode: unitCodeArb,
      occurredAt: dateArb,
      category: categoryArb,
      amount: fc.integer({ min: 0, max: 50_000_000 }),
      clarified: fc.boolean(),
      tags: fc.array(fc.constantFrom("night", "repeat"), { maxLength: 2 }),
    },
    { requiredKeys: ["clarified", "tags"] },
  )
  .map((record) => deepFreeze(record));

/** Records, deep-frozen: an aggregator that mutated one would throw. */
export const recordsArb: fc.Arbitrary<TestRecord[]> = fc.array(recordArb, {
  maxLength: 80,
  size: "medium",
});
