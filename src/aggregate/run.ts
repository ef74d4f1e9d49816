import type { Aggregator } from "./aggregator.js";

/**
 * What aggregations read: an array, any iterable (a generator, a `Set`, ...) or an async
 * iterable (an async generator, a Node stream in object mode, a `ReadableStream`).
 *
 * @typeParam T - the record type
 * @category Aggregations
 * @example
 * ```ts
 * import type { Source } from "antt";
 * async function* fromPages(): AsyncGenerator<{ unitCode: string }> {
 *   yield { unitCode: "15532" };
 * }
 * const sources: Source<{ unitCode: string }>[] = [[{ unitCode: "15532" }], fromPages()];
 * ```
 */
export type Source<T> = Iterable<T> | AsyncIterable<T>;

function isIterable<T>(source: unknown): source is Iterable<T> {
  return source != null && typeof (source as Partial<Iterable<T>>)[Symbol.iterator] === "function";
}

function isAsyncIterable<T>(source: unknown): source is AsyncIterable<T> {
  return (
    source != null &&
    typeof (source as Partial<AsyncIterable<T>>)[Symbol.asyncIterator] === "function"
  );
}

function notASource(source: unknown): TypeError {
  return new TypeError(
    `Expected an array, an iterable or an async iterable of records, got ${source === null ? "null" : typeof source} (Nguồn dữ liệu không hợp lệ)`,
  );
}

/**
 * A record that an aggregation could not count: its position in the input, its id when it
 * has one, and the reason (the field that is not what the summary adds, a date that is not
 * a date). The records were not validated; validate them first (`validateDataset`, or each
 * record's schema) to get every problem at once.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { RecordError, summarizeCameras } from "antt";
 * try {
 *   summarizeCameras([{ id: "cam-1", lenses: "3" } as never]);
 * } catch (error) {
 *   if (error instanceof RecordError) console.log(error.index, error.id); // 0 "cam-1"
 * }
 * ```
 */
export class RecordError extends Error {
  /** The position of the record in the input, from 0. */
  readonly index: number;
  /** The record's `id` (or `code`), when it has one. */
  readonly id: string | undefined;
  /** The message in Vietnamese. */
  readonly vi: string;

  /**
   * @param index - the record's position
   * @param record - the record
   * @param cause - what went wrong
   */
  constructor(index: number, record: unknown, cause: unknown) {
    const id = idOf(record);
    const reason = cause instanceof Error ? cause.message : String(cause);
    const which = `${index}${id === undefined ? "" : ` (id ${JSON.stringify(id)})`}`;
    super(`Record ${which} could not be counted: ${reason}`, { cause });
    this.name = "RecordError";
    this.index = index;
    this.id = id;
    this.vi = `Không tính được bản ghi ${which}: ${reason}`;
  }
}

function idOf(record: unknown): string | undefined {
  if (typeof record !== "object" || record === null) return undefined;
  const id = (record as { id?: unknown; code?: unknown }).id ?? (record as { code?: unknown }).code;
  return typeof id === "string" ? id.slice(0, 128) : undefined;
}

function addAll<In, State, Out>(
  aggregator: Aggregator<In, State, Out>,
  state: State,
  source: Iterable<In>,
): State {
  let s = state;
  let i = 0;
  let item: In | undefined;
  // One try around the loop costs nothing per record; a failure names its record.
  try {
    if (Array.isArray(source)) {
      const records = source as readonly In[];
      const length = records.length;
      for (; i < length; i++) {
        item = records[i] as In;
        s = aggregator.add(s, item);
      }
    } else {
      for (item of source) {
        s = aggregator.add(s, item);
        i++;
      }
    }
  } catch (error) {
    if (error instanceof RecordError) throw error;
    throw new RecordError(i, item, error);
  }
  return s;
}

async function addAllAsync<In, State, Out>(
  aggregator: Aggregator<In, State, Out>,
  state: State,
  source: AsyncIterable<In>,
): Promise<State> {
  let s = state;
  let i = 0;
  for await (const item of source) {
    try {
      s = aggregator.add(s, item);
    } catch (error) {
      if (error instanceof RecordError) throw error;
      throw new RecordError(i, item, error);
    }
    i++;
  }
  return s;
}

/**
 * Runs an aggregator over records in one pass and returns its unfinished state, to be
 * shipped as JSON and merged later (in another worker, shard or machine).
 *
 * @description A synchronous source (array or iterable) gives the state directly; an
 * async iterable gives a promise of it. Records are read once and not kept: memory is
 * bounded by the state (the number of groups), not by the number of records.
 *
 * @param aggregator - the aggregation to run
 * @param source - the records: an array, an iterable or an async iterable
 * @returns the state after adding every record (a promise of it for an async source)
 * @throws TypeError when `source` is not iterable
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregateState, countBy, mergeStates } from "antt";
 * const byCategory = countBy((r: { category: string }) => r.category);
 * const shard1 = aggregateState(byCategory, [{ category: "theft" }]);
 * const shard2 = JSON.parse(JSON.stringify(aggregateState(byCategory, [{ category: "theft" }])));
 * byCategory.finish(mergeStates(byCategory, [shard1, shard2])); // { theft: 2 }
 * ```
 */
export function aggregateState<In, State, Out>(
  aggregator: Aggregator<In, State, Out>,
  source: Iterable<In>,
): State;
export function aggregateState<In, State, Out>(
  aggregator: Aggregator<In, State, Out>,
  source: AsyncIterable<In>,
): Promise<State>;
export function aggregateState<In, State, Out>(
  aggregator: Aggregator<In, State, Out>,
  source: Source<In>,
): State | Promise<State>;
export function aggregateState<In, State, Out>(
  aggregator: Aggregator<In, State, Out>,
  source: Source<In>,
): State | Promise<State> {
  if (isIterable<In>(source)) return addAll(aggregator, aggregator.init(), source);
  if (isAsyncIterable<In>(source)) return addAllAsync(aggregator, aggregator.init(), source);
  throw notASource(source);
}

/**
 * Runs an aggregator over records in one pass and returns the finished figures.
 *
 * @description Over an array or an iterable the result is returned directly; over an
 * async iterable it is a promise. Records are read once and not kept, so memory is bounded
 * by the aggregator's state (the number of groups), not by the number of records.
 *
 * @param aggregator - the aggregation to run
 * @param source - the records: an array, an iterable or an async iterable
 * @returns the finished figures (a promise of them for an async source)
 * @throws TypeError when `source` is not iterable
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregate, byUnit, count, countBy, groupBy, struct } from "antt";
 * type Incident = { unitCode: string; category: string };
 * const incidents: Incident[] = [
 *   { unitCode: "15532", category: "theft" },
 *   { unitCode: "15532", category: "fraud" },
 *   { unitCode: "15535", category: "theft" },
 * ];
 * const summary = struct({
 *   total: count(),
 *   byUnit: groupBy(byUnit((r: Incident) => r.unitCode), countBy((r) => r.category)),
 * });
 * aggregate(summary, incidents);
 * // { total: 3, byUnit: { "15532": { fraud: 1, theft: 1 }, "15535": { theft: 1 } } }
 *
 * async function* stream() { yield* incidents; }
 * aggregate(count(), stream()).then((n) => n); // a Promise of 3
 * ```
 */
export function aggregate<In, State, Out>(
  aggregator: Aggregator<In, State, Out>,
  source: Iterable<In>,
): Out;
export function aggregate<In, State, Out>(
  aggregator: Aggregator<In, State, Out>,
  source: AsyncIterable<In>,
): Promise<Out>;
export function aggregate<In, State, Out>(
  aggregator: Aggregator<In, State, Out>,
  source: Source<In>,
): Out | Promise<Out>;
export function aggregate<In, State, Out>(
  aggregator: Aggregator<In, State, Out>,
  source: Source<In>,
): Out | Promise<Out> {
  if (isIterable<In>(source))
    return aggregator.finish(addAll(aggregator, aggregator.init(), source));
  if (isAsyncIterable<In>(source)) {
    return addAllAsync(aggregator, aggregator.init(), source).then((state) =>
      aggregator.finish(state),
    );
  }
  throw notASource(source);
}

/**
 * Merges many partial states (from workers, shards, days or communes) into one.
 *
 * @description The states are merged into a fresh `init()` state, one after the other;
 * the states given are not modified, and may be plain JSON received from elsewhere
 * (`JSON.parse` output). Merging no states gives the empty state.
 *
 * @param aggregator - the aggregator that made the states
 * @param states - the partial states
 * @returns one state equal to the state of all their records together
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregateState, count, mergeStates } from "antt";
 * const states = [aggregateState(count(), [1, 2]), aggregateState(count(), [3])];
 * count().finish(mergeStates(count(), states)); // 3
 * ```
 */
export function mergeStates<In, State, Out>(
  aggregator: Aggregator<In, State, Out>,
  states: Iterable<State>,
): State {
  let merged = aggregator.init();
  for (const state of states) merged = aggregator.merge(merged, state);
  return merged;
}

/**
 * Merges partial states, some of which may still be on their way (promises), and finishes
 * them: the way to aggregate one summary over several sources, such as the models, sites
 * and teams of a dataset, each of which may be an array or an async stream.
 *
 * @param aggregator - the aggregator that made the states
 * @param states - the partial states, or promises of them (from `aggregateState` over
 *   async sources)
 * @returns the finished output, or a promise of it when any state is a promise
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregateState, count, finishStates } from "antt";
 * const patrols = [1, 2, 3];
 * const tips = [4, 5];
 * finishStates(count(), [aggregateState(count(), patrols), aggregateState(count(), tips)]); // 5
 * ```
 */
export function finishStates<In, State, Out>(
  aggregator: Aggregator<In, State, Out>,
  states: readonly (State | Promise<State>)[],
): Out | Promise<Out> {
  if (states.some((state) => state instanceof Promise)) {
    return Promise.all(states).then((all) => aggregator.finish(mergeStates(aggregator, all)));
  }
  return aggregator.finish(mergeStates(aggregator, states as readonly State[]));
}
