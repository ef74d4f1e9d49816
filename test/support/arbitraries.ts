// Generators shared by the property tests. Test-only: nothing in src/ imports this.
import fc from "fast-check";
import { type Period, parsePeriod } from "../../src/index.js";
import { writeInstant } from "./helpers.js";

/**
 * Instants of 2023-2024, many within an hour of a Vietnamese midnight at a month's end (17:00
 * UTC on its last day), each written with one of `offsets` (minutes east of UTC; repeat one to
 * weigh it), with or without milliseconds.
 */
export function instantArb(offsets: readonly number[]): fc.Arbitrary<string> {
  return fc
    .record({
      ms: fc.oneof(
        fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2025, 0, 1) }),
        fc
          .record({
            month: fc.integer({ min: 0, max: 23 }),
            delta: fc.integer({ min: -3_600_000, max: 3_600_000 }),
          })
          .map(({ month, delta }) => Date.UTC(2023, month + 1, 1) - 7 * 3_600_000 + delta),
      ),
      offset: fc.constantFrom(...offsets),
      millis: fc.boolean(),
    })
    .map(({ ms, offset, millis }) => writeInstant(ms, offset, millis));
}

/** The options of a summary: none, or one of the periods whose keys are given ("2024-H1"). */
export function periodOptionsArb(...periods: readonly string[]): fc.Arbitrary<{ period?: Period }> {
  return fc.constantFrom({}, ...periods.map((key) => ({ period: parsePeriod(key) })));
}
