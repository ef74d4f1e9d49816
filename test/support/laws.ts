// The laws every aggregator keeps, property-tested with fast-check on generated records.
// Test-only: nothing in src/ imports this.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import {
  type Aggregator,
  aggregate,
  aggregateState,
  mergeStates,
} from "../../src/aggregate/index.js";
import { deepFreezeAllKeys, json, splitAt, viaJson } from "./helpers.js";

/** The laws of `describeAggregatorLaws`, one test each. */
export type AggregatorLaw =
  | "schema"
  | "split"
  | "splitViaJson"
  | "order"
  | "pure"
  | "double"
  | "finish";

const LAW_NAMES: Record<AggregatorLaw, string> = {
  schema: "generates records that the schemas accept",
  split: "gives the same result for any split of the input, aggregated apart and merged",
  order: "does not depend on the order of the records (byte-identical JSON)",
  pure: "gives byte-identical JSON for the same input, and never changes the records",
  splitViaJson: "merges states that went through JSON, without changing them",
  double: "merges a state with itself into the double of every count",
  finish: "leaves the state unchanged when finishing it",
};

/** The names the law suites of the summaries have: of the merge after JSON, order and purity. */
export const SUMMARY_LAW_NAMES = {
  splitViaJson: "gives the whole's result when any split is aggregated apart and merged after JSON",
  order: "does not depend on the order of the records",
  pure: "does not change its input and gives byte-identical JSON for the same input",
} as const satisfies Partial<Record<AggregatorLaw, string>>;

/** The names the law suites of the summaries checked against a plain reference have. */
export const REFERENCE_LAW_NAMES = {
  splitViaJson: "merges any split, through JSON states, into the result on the whole",
  order: "does not depend on the order of records, to the byte",
  pure: "does not change its (deep-frozen) input, and gives the same JSON twice",
} as const satisfies Partial<Record<AggregatorLaw, string>>;

/** A check of the figures of generated records, such as that every record is counted once. */
export interface OutputCheck<In, Out, Options> {
  name: string;
  check: (out: Out, records: readonly In[], options: Options) => void;
}

/** What `describeAggregatorLaws` needs to know of an aggregator. */
export interface AggregatorLaws<In, State, Out, Options> {
  /** The suite's title, such as "laws of teamSummary on valid teams". */
  title: string;
  /** The aggregator, made for the options. */
  make: (options: Options) => Aggregator<NoInfer<In>, State, Out>;
  /** A valid record. */
  record: fc.Arbitrary<In>;
  /** Lists of valid records; by default up to 40 of `record`. */
  records?: fc.Arbitrary<In[]>;
  /** The options the aggregator is made for; none by default. */
  options?: fc.Arbitrary<Options>;
  /** The convenience function (`summarizeTeams`), which must give what the aggregator gives. */
  summarize?: (records: readonly In[], options: Options) => NoInfer<Out>;
  /**
   * With it, a test that every generated record passes the schema `of` gives for it (what is
   * parsed is `input` of the record, by default the record itself).
   */
  schema?: { of: (record: In) => z.ZodType; input?: (record: In) => unknown; samples?: number };
  /** Checks of the figures of generated records and options, one test each. */
  checks?: readonly OutputCheck<In, Out, Options>[];
  /** The tests' names, where they are not the default ones. */
  names?: Partial<Record<AggregatorLaw, string>>;
  /** Declares more tests in the same suite. */
  more?: () => void;
}

/**
 * Declares the suite of the laws of an aggregator, on generated valid records and options:
 * any split of the records, aggregated apart and merged (as they are, or after a JSON round
 * trip, deep-frozen, in one `mergeStates` or merge by merge), gives the result on the whole;
 * merging a state with itself gives the result on the records twice; the result does not
 * depend on the order of the records; aggregating does not change the (deep-frozen) records
 * and options and gives byte-identical JSON twice, as the convenience function does; finishing
 * does not change the state; and the checks of `checks` hold.
 */
export function describeAggregatorLaws<In, State, Out, Options = undefined>(
  spec: AggregatorLaws<In, State, Out, Options>,
): void {
  const { make, summarize } = spec;
  const name = (law: AggregatorLaw) => spec.names?.[law] ?? LAW_NAMES[law];
  const recordsArb = spec.records ?? fc.array(spec.record, { maxLength: 40 });
  const optionsArb = spec.options ?? fc.constant(undefined as Options);
  /** Records and cut points among them. */
  const splitArb = recordsArb.chain((records) =>
    fc.tuple(fc.constant(records), fc.array(fc.nat({ max: records.length }), { maxLength: 4 })),
  );
  /** Records and a permutation of them. */
  const shuffledArb = recordsArb.chain((records) =>
    fc.tuple(
      fc.constant(records),
      fc.shuffledSubarray(records, { minLength: records.length, maxLength: records.length }),
    ),
  );

  describe(spec.title, () => {
    const schema = spec.schema;
    if (schema) {
      it(name("schema"), () => {
        for (const record of fc.sample(spec.record, schema.samples ?? 300)) {
          const result = schema.of(record).safeParse(schema.input ? schema.input(record) : record);
          expect(result.success ? [] : result.error.issues).toEqual([]);
        }
      });
    }

    it(name("split"), () => {
      fc.assert(
        fc.property(splitArb, optionsArb, ([records, cuts], options) => {
          const aggregator = make(options);
          const states = splitAt(records, cuts).map((part) => aggregateState(aggregator, part));
          expect(json(aggregator.finish(mergeStates(aggregator, states)))).toBe(
            json(aggregate(aggregator, records)),
          );
        }),
      );
    });

    it(name("splitViaJson"), () => {
      fc.assert(
        fc.property(splitArb, optionsArb, ([records, cuts], options) => {
          const aggregator = make(options);
          const whole = json(aggregate(aggregator, records));
          // Frozen: merging must read the states given, never write to them.
          const shipped = splitAt(records, cuts).map((part) =>
            deepFreezeAllKeys(viaJson(aggregateState(aggregator, part))),
          );
          const snapshot = json(shipped);
          expect(json(aggregator.finish(mergeStates(aggregator, shipped)))).toBe(whole);
          expect(json(shipped)).toBe(snapshot);
          // A shipped state can also be the first argument of merge, and the second one.
          const [first, ...rest] = shipped;
          const merged = rest.reduce((a, b) => aggregator.merge(a, b), viaJson(first as State));
          expect(json(aggregator.finish(merged))).toBe(whole);
        }),
      );
    });

    it(name("double"), () => {
      fc.assert(
        fc.property(recordsArb, optionsArb, (records, options) => {
          const aggregator = make(options);
          const state = aggregateState(aggregator, records);
          const doubled = aggregator.merge(aggregateState(aggregator, records), state);
          expect(json(aggregator.finish(doubled))).toBe(
            json(aggregate(aggregator, [...records, ...records])),
          );
        }),
      );
    });

    it(name("order"), () => {
      fc.assert(
        fc.property(shuffledArb, optionsArb, ([records, shuffled], options) => {
          const aggregator = make(options);
          expect(json(aggregate(aggregator, shuffled))).toBe(json(aggregate(aggregator, records)));
          if (summarize) {
            expect(json(summarize(shuffled, options))).toBe(json(summarize(records, options)));
          }
        }),
      );
    });

    it(name("pure"), () => {
      fc.assert(
        fc.property(recordsArb, optionsArb, (records, options) => {
          const before = json(records);
          // Deep-frozen: a write to a record or to the options would throw here.
          const frozen = deepFreezeAllKeys(structuredClone(records));
          const frozenOptions = deepFreezeAllKeys(options);
          const first = json(aggregate(make(frozenOptions), frozen));
          expect(json(aggregate(make(frozenOptions), frozen))).toBe(first);
          if (summarize) expect(json(summarize(frozen, frozenOptions))).toBe(first);
          expect(json(frozen)).toBe(before);
          expect(frozen).toEqual(records);
        }),
      );
    });

    it(name("finish"), () => {
      fc.assert(
        fc.property(recordsArb, optionsArb, (records, options) => {
          const aggregator = make(options);
          const state = deepFreezeAllKeys(aggregateState(aggregator, records));
          const before = json(state);
          aggregator.finish(state);
          expect(json(state)).toBe(before);
        }),
      );
    });

    for (const { name, check } of spec.checks ?? []) {
      it(name, () => {
        fc.assert(
          fc.property(recordsArb, optionsArb, (records, options) => {
            check(aggregate(make(options), records), records, options);
          }),
        );
      });
    }

    spec.more?.();
  });
}
