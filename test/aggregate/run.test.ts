import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type Aggregator,
  aggregate,
  aggregateState,
  byPeriod,
  byUnit,
  count,
  countBy,
  finishStates,
  type GroupedState,
  type Groups,
  groupBy,
  mergeStates,
  RecordError,
  type Source,
  sum,
} from "../../src/index.js";

interface Incident {
  unitCode: string;
  occurredAt: string;
  category: "theft" | "fraud";
}

const incidents: Incident[] = [
  { unitCode: "15532", occurredAt: "2024-03-07T22:15:00+07:00", category: "theft" },
  { unitCode: "15532", occurredAt: "2024-03-31T23:30:00Z", category: "fraud" },
  { unitCode: "15535", occurredAt: "2024-04-02T08:00:00+07:00", category: "theft" },
];

function* generate<T>(items: readonly T[]): Generator<T> {
  yield* items;
}

async function* generateAsync<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) {
    await Promise.resolve();
    yield item;
  }
}

const byCategory = countBy((r: Incident) => r.category);

describe("aggregate", () => {
  it("reads an array, an iterable and a Set the same way, synchronously", () => {
    const expected = { fraud: 1, theft: 2 };
    expect(aggregate(byCategory, incidents)).toEqual(expected);
    expect(aggregate(byCategory, generate(incidents))).toEqual(expected);
    expect(aggregate(byCategory, new Set(incidents))).toEqual(expected);
  });

  it("reads an async iterable and returns a promise", async () => {
    const result = aggregate(byCategory, generateAsync(incidents));
    expect(result).toBeInstanceOf(Promise);
    await expect(result).resolves.toEqual({ fraud: 1, theft: 2 });
  });

  it("reads a ReadableStream (a web stream is an async iterable)", async () => {
    const stream = new ReadableStream<Incident>({
      start(controller) {
        for (const incident of incidents) controller.enqueue(incident);
        controller.close();
      },
    });
    expect(await aggregate(count(), stream)).toBe(3);
  });

  it("finishes the empty state on empty input", async () => {
    expect(aggregate(count(), [])).toBe(0);
    expect(aggregate(byCategory, [])).toEqual({});
    expect(
      aggregate(
        groupBy(
          byUnit((r: Incident) => r.unitCode),
          count(),
        ),
        [],
      ),
    ).toEqual({});
    expect(
      await aggregate(
        sum((n: number) => n),
        generateAsync<number>([]),
      ),
    ).toBe(0);
  });

  it("rejects what is not iterable, in both languages", () => {
    expect(() => aggregate(count(), 42 as unknown as number[])).toThrow(/iterable.*Nguồn dữ liệu/);
    expect(() => aggregateState(count(), null as unknown as number[])).toThrow(TypeError);
  });

  it("reads records once, in order, from a one-shot iterator", () => {
    const seen: number[] = [];
    const probe = sum((n: number) => {
      seen.push(n);
      return n;
    });
    expect(aggregate(probe, generate([1, 2, 3]))).toBe(6);
    expect(seen).toEqual([1, 2, 3]);
  });

  it("calls add and merge as methods, so a hand-written aggregator may use this", () => {
    const withThis = {
      step: 2,
      init: () => 0,
      add(state: number) {
        return state + this.step;
      },
      merge: (a: number, b: number) => a + b,
      finish: (state: number) => state,
    };
    expect(aggregate(withThis, [1, 1])).toBe(4);
  });

  it("propagates an error thrown while adding records from an async source", async () => {
    const failing = sum((n: number) => n);
    const error = await aggregate(failing, generateAsync([1, 0.5])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordError);
    expect((error as RecordError).index).toBe(1);
    expect((error as RecordError).cause).toBeInstanceOf(RangeError);
  });

  it("types a sync source as Out and an async one as Promise<Out>", () => {
    expectTypeOf(aggregate(count(), [1, 2])).toEqualTypeOf<number>();
    expectTypeOf(aggregate(count(), generate([1]))).toEqualTypeOf<number>();
    expectTypeOf(aggregate(count(), generateAsync([1]))).toEqualTypeOf<Promise<number>>();
    const either = (source: Source<number>) => aggregate(count(), source);
    expectTypeOf(either).returns.toEqualTypeOf<number | Promise<number>>();
    expectTypeOf(aggregate(byCategory, incidents)).toEqualTypeOf<
      Groups<"theft" | "fraud", number>
    >();
    expectTypeOf(aggregateState(byCategory, incidents)).toEqualTypeOf<GroupedState<number>>();
    expectTypeOf(aggregateState(count(), generateAsync([1]))).toEqualTypeOf<Promise<number>>();
    // @ts-expect-error: the records must be what the aggregator reads
    aggregate(byCategory, [1, 2]);
  });

  it("infers the record type of inner key functions from the outermost one", () => {
    const perUnit = groupBy(
      byUnit((r: Incident) => r.unitCode),
      groupBy(
        byPeriod((r) => r.occurredAt, "month"),
        countBy((r) => r.category),
      ),
    );
    const out = aggregate(perUnit, incidents);
    expectTypeOf(out).toEqualTypeOf<
      Groups<string, Groups<string, Groups<"theft" | "fraud", number>>>
    >();
    expect(out).toEqual({
      "15532": { "2024-03": { theft: 1 }, "2024-04": { fraud: 1 } },
      "15535": { "2024-04": { theft: 1 } },
    });
  });
});

describe("aggregateState and mergeStates", () => {
  const perUnitMonth = groupBy(
    byUnit((r: Incident) => r.unitCode),
    groupBy(
      byPeriod((r: Incident) => r.occurredAt, "month"),
      countBy((r: Incident) => r.category),
    ),
  );

  it("ships partial states as JSON and merges them into the whole", () => {
    const shards = [incidents.slice(0, 1), incidents.slice(1)].map((part) =>
      JSON.stringify(aggregateState(perUnitMonth, part)),
    );
    const merged = mergeStates(
      perUnitMonth,
      shards.map((text) => JSON.parse(text)),
    );
    expect(perUnitMonth.finish(merged)).toEqual({
      "15532": { "2024-03": { theft: 1 }, "2024-04": { fraud: 1 } },
      "15535": { "2024-04": { theft: 1 } },
    });
  });

  it("gives the empty state for no states, and leaves the states given untouched", () => {
    expect(mergeStates(count(), [])).toBe(0);
    const a = aggregateState(perUnitMonth, incidents);
    const b = aggregateState(perUnitMonth, incidents);
    const before = JSON.stringify([a, b]);
    const merged = mergeStates(perUnitMonth, [a, b]);
    expect(JSON.stringify([a, b])).toBe(before);
    expect(perUnitMonth.finish(merged)["15535"]).toEqual({ "2024-04": { theft: 2 } });
  });

  it("resolves the state of an async source", async () => {
    const state = await aggregateState(count(), generateAsync([1, 2, 3]));
    expect(state).toBe(3);
  });

  it("is typed by the aggregator's state", () => {
    const a: Aggregator<number, number, string> = {
      init: () => 0,
      add: (s, n) => s + n,
      merge: (x, y) => x + y,
      finish: (s) => `${s}`,
    };
    expectTypeOf(mergeStates(a, [1, 2])).toEqualTypeOf<number>();
    expect(a.finish(mergeStates(a, [aggregateState(a, [1, 2]), 4]))).toBe("7");
  });
});

describe("finishStates", () => {
  it("merges and finishes sync states directly and async ones through a promise", async () => {
    const sync = finishStates(count(), [
      aggregateState(count(), [1, 2]),
      aggregateState(count(), [3]),
    ]);
    expect(sync).toBe(3);
    async function* stream() {
      yield 4;
      yield 5;
    }
    const later = finishStates(count(), [
      aggregateState(count(), [1]),
      aggregateState(count(), stream()),
    ]);
    expect(later).toBeInstanceOf(Promise);
    expect(await later).toBe(3);
    expect(finishStates(count(), [])).toBe(0);
  });
});
