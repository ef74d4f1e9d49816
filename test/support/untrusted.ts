// Helpers for the "untrusted input" tests of the summaries: states that cross a boundary
// (exportState, parseState) and records that skipped their schema (RecordError).
// Test-only: nothing in src/ imports this.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Aggregator,
  aggregate,
  aggregateState,
  exportState,
  mergeStates,
  parseState,
  RecordError,
} from "../../src/aggregate/index.js";
import { json } from "./helpers.js";

/** A state as the JSON text of its envelope, as it is written to a file or a network. */
export function shipped<In, State, Out>(
  aggregator: Aggregator<In, State, Out>,
  state: State,
): string {
  return JSON.stringify(exportState(aggregator, state));
}

/** A state's envelope as plain, mutable JSON, to tamper with. */
export interface LooseEnvelope {
  kind: unknown;
  version: unknown;
  // biome-ignore lint/suspicious/noExplicitAny: a tampered state is any JSON
  state: any;
}

/** The envelope of a state, as plain JSON (a deep copy) to tamper with. */
export function envelopeOf<In, State, Out>(
  aggregator: Aggregator<In, State, Out>,
  state: State,
): LooseEnvelope {
  return JSON.parse(shipped(aggregator, state)) as LooseEnvelope;
}

/** Reads a shipped state back with parseState; fails the test with the issues if it is refused. */
export function readBack<In, State, Out>(
  aggregator: Aggregator<In, State, Out>,
  text: string,
): State {
  const read = parseState(aggregator, text);
  expect(read.success ? [] : read.issues).toEqual([]);
  if (!read.success) throw new Error("unreachable");
  return read.data;
}

/** The paths of the issues parseState gives for an envelope it must refuse. */
export function refusedAt<In, State, Out>(
  aggregator: Aggregator<In, State, Out>,
  envelope: unknown,
): (string | number)[][] {
  const read = parseState(aggregator, JSON.stringify(envelope));
  expect(read.success).toBe(false);
  return read.success ? [] : read.issues.map((issue) => [...issue.path]);
}

/** The issues parseState gives for a state an aggregator made (none, when it is accepted). */
export function issuesOf<In, State, Out>(
  aggregator: Aggregator<In, State, Out>,
  state: State,
): readonly unknown[] {
  const read = parseState(aggregator, shipped(aggregator, state));
  return read.success ? [] : read.issues;
}

/** The RecordError that `run` throws; fails the test when it throws nothing or something else. */
export function recordErrorOf(run: () => unknown): RecordError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RecordError);
    return error as RecordError;
  }
  throw new Error("Expected a RecordError, but nothing was thrown");
}

/** The RecordError that a promise rejects with. */
export async function rejectedRecordError(promise: unknown): Promise<RecordError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(RecordError);
    return error as RecordError;
  }
  throw new Error("Expected a RecordError, but the promise resolved");
}

// ---------------------------------------------------------------------------------------
// The suites every summary shares

/** A path in a state, below the envelope's `state`. */
export type StatePath = readonly (string | number)[];

/** A state tampered with: values written at paths, and the issues parseState must give. */
export interface Tamper {
  /** The test's name, when it is not the default one of its kind. */
  name?: string;
  /** The values written into a shipped state, each at its path below `state`. */
  set: readonly (readonly [path: StatePath, value: unknown])[];
  /** The paths of the issues, in order; by default those of `set`, below `state`. */
  at?: readonly StatePath[];
}

/** The state of another summary, which a summary must refuse. */
export interface ForeignState {
  aggregator: Aggregator<never, unknown, unknown>;
  /** The records of the foreign state; none by default. */
  records?: readonly unknown[];
}

/** What `describeStateIntegrity` needs to know of one summary. */
export interface StateIntegrity<In, State, Out, Options> {
  /** The kind its states ship as, such as `antt.cameras-summary`. */
  kind: string;
  aggregator: Aggregator<In, State, Out>;
  /** The records whose state is shipped, tampered with and read back. */
  records: readonly In[];
  /** Where the records are cut in two parts, shipped apart and merged. */
  cut: number;
  /** The summary of all the records; by default `aggregate(aggregator, records)`. */
  summarize?: (records: readonly In[]) => unknown;
  /** Tamperings of its state, each one test: the four every state has, and its own. */
  tamper: {
    /** "refuses a count written as text" */
    text: Tamper;
    /** "refuses a negative count" */
    negative: Tamper;
    /** "refuses null in place of a breakdown" */
    nullBreakdown: Tamper;
    /** "refuses a field the state does not have" */
    unknownField: Tamper;
    /** The summary's own (a name each), such as a part greater than its whole. */
    more?: readonly (Tamper & { name: string })[];
  };
  /** States of other summaries, each refused at `kind`. */
  foreign: readonly ForeignState[];
  /** With it, the first foreign state relabelled as this kind is refused at (among others) these paths. */
  relabelled?: readonly StatePath[];
  /** Every state made over valid records, and their merges, are accepted. */
  arbitrary: {
    /** What the records are, in the test's name: "accepts every state it makes over valid …". */
    noun: string;
    records: fc.Arbitrary<readonly In[]>;
    options: fc.Arbitrary<Options>;
    make: (options: Options) => Aggregator<In, State, Out>;
    /** More checks on the same records and options. */
    also?: (records: readonly In[], options: Options) => void;
  };
  /** Declares the summary's own tests in the same suite. */
  more?: (subject: { aggregator: Aggregator<In, State, Out>; state: () => State }) => void;
}

function writeAt(target: unknown, path: StatePath, value: unknown): void {
  let at = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1] as string | number] = value;
}

/**
 * Declares the suite "untrusted input: summary states" of a summary: its states ship as its
 * kind and version 1, read back to merge and finish like the original, and parseState refuses
 * a tampered state with an issue at each tampered path, another summary's state, and another
 * version; while it accepts every state made over valid records.
 */
export function describeStateIntegrity<In, State, Out, Options>(
  spec: StateIntegrity<In, State, Out, Options>,
): void {
  const { aggregator, records, kind } = spec;
  const state = () => aggregateState(aggregator, records);
  const summarize = spec.summarize ?? ((all: readonly In[]) => aggregate(aggregator, all));

  describe("untrusted input: summary states", () => {
    it(`ships a state as kind ${kind}, version 1`, () => {
      expect(exportState(aggregator, state())).toMatchObject({ kind, version: 1 });
    });

    it("reads back a shipped state that merges and finishes like the original", () => {
      const parts = [records.slice(0, spec.cut), records.slice(spec.cut)].map((part) =>
        readBack(aggregator, shipped(aggregator, aggregateState(aggregator, part))),
      );
      expect(json(aggregator.finish(readBack(aggregator, shipped(aggregator, state()))))).toBe(
        json(aggregator.finish(state())),
      );
      expect(json(aggregator.finish(mergeStates(aggregator, parts)))).toBe(
        json(summarize(records)),
      );
    });

    const { text, negative, nullBreakdown, unknownField, more = [] } = spec.tamper;
    for (const [tamper, name] of [
      [text, "refuses a count written as text"],
      [negative, "refuses a negative count"],
      [nullBreakdown, "refuses null in place of a breakdown"],
      [unknownField, "refuses a field the state does not have"],
      ...more.map((tamper) => [tamper, tamper.name] as const),
    ] as const) {
      it(tamper.name ?? name, () => {
        const envelope = envelopeOf(aggregator, state());
        for (const [path, value] of tamper.set) writeAt(envelope.state, path, value);
        const at = tamper.at ?? tamper.set.map(([path]) => path);
        expect(refusedAt(aggregator, envelope)).toEqual(at.map((path) => ["state", ...path]));
      });
    }

    it("refuses the state of another summary", () => {
      const envelopes = spec.foreign.map((other) =>
        envelopeOf(
          other.aggregator,
          aggregateState(other.aggregator, (other.records ?? []) as never[]),
        ),
      );
      for (const envelope of envelopes) expect(refusedAt(aggregator, envelope)).toEqual([["kind"]]);
      if (spec.relabelled) {
        // the same state relabelled as this summary's is still refused, field by field
        const relabelled = refusedAt(aggregator, { ...envelopes[0], kind });
        for (const path of spec.relabelled) expect(relabelled).toContainEqual(["state", ...path]);
      }
    });

    it("refuses a state of version 0", () => {
      expect(refusedAt(aggregator, { ...envelopeOf(aggregator, state()), version: 0 })).toEqual([
        ["version"],
      ]);
    });

    const arbitrary = spec.arbitrary;
    it(`accepts every state it makes over valid ${arbitrary.noun}, and their merges`, () => {
      fc.assert(
        fc.property(arbitrary.records, arbitrary.records, arbitrary.options, (xs, ys, options) => {
          const summary = arbitrary.make(options);
          const a = aggregateState(summary, xs);
          const b = aggregateState(summary, ys);
          expect(issuesOf(summary, a)).toEqual([]);
          expect(issuesOf(summary, mergeStates(summary, [a, b]))).toEqual([]);
          arbitrary.also?.(xs, options);
        }),
      );
    });

    spec.more?.({ aggregator, state });
  });
}

/** What a RecordError must tell of the record that skipped its schema. */
export interface ExpectedRecordError {
  /** The record's position; its message names it with its id: `Record 1 (id "cam-2")`. */
  index: number;
  id: string;
  /** Texts its message contains, such as the field and the value that is wrong. */
  says?: readonly string[];
  /** The class of its cause, the error the record's check threw. */
  cause?: abstract new (
    ...args: never[]
  ) => Error;
}

function expectToTell(error: RecordError, expected: ExpectedRecordError): RecordError {
  const { index, id, says = [], cause } = expected;
  expect(error).toMatchObject({ index, id });
  expect(error.message).toContain(`Record ${index} (id ${JSON.stringify(id)})`);
  for (const text of says) expect(error.message).toContain(text);
  if (cause) expect(error.cause).toBeInstanceOf(cause);
  return error;
}

/** Checks the RecordError that `run` throws, over records one of which skipped its schema. */
export function expectRecordError(run: () => unknown, expected: ExpectedRecordError): RecordError {
  return expectToTell(recordErrorOf(run), expected);
}

/** Checks the RecordError that a summary over an async source rejects with. */
export async function expectRejectedRecordError(
  promise: unknown,
  expected: ExpectedRecordError,
): Promise<RecordError> {
  return expectToTell(await rejectedRecordError(promise), expected);
}
