// Helpers for the "untrusted input" tests of the summaries: states that cross a boundary
// (exportState, parseState) and records that skipped their schema (RecordError).
// Test-only: nothing in src/ imports this.
import { expect } from "vitest";
import {
  type Aggregator,
  exportState,
  parseState,
  RecordError,
} from "../../src/aggregate/index.js";

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
