import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Aggregator,
  aggregate,
  aggregateState,
  byUnit,
  count,
  countBy,
  exportState,
  filtered,
  groupBy,
  mapOutput,
  mergeStates,
  parseState,
  RecordError,
  rate,
  struct,
  sum,
} from "../../src/aggregate/index.js";

interface Row {
  readonly unitCode: string;
  readonly category: string;
  readonly amount: number;
  readonly done: boolean;
}

const perUnit = groupBy(
  byUnit((r: Row) => r.unitCode),
  struct({
    n: count(),
    byCategory: countBy((r: Row) => r.category),
    amount: sum((r: Row) => r.amount),
    done: rate((r: Row) => r.done),
  }),
);

const row = fc.record({
  unitCode: fc.constantFrom("15532", "15535", "", "16000.thon-2"),
  category: fc.constantFrom("theft", "fraud", "fire", ""),
  amount: fc.integer({ min: -1000, max: 1_000_000 }),
  done: fc.boolean(),
});

// A state envelope read back from JSON, for a test to tamper with.
// biome-ignore lint/suspicious/noExplicitAny: the point is to write what the types forbid
type Tampered = { state: any };

const envelopeOf = <S>(aggregator: Aggregator<Row, S, unknown>, state: S) =>
  JSON.parse(JSON.stringify(exportState(aggregator, state)));

describe("untrusted input: aggregation states", () => {
  it("reads back every state the engine writes, and merges it as if computed here", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), fc.array(row, { maxLength: 40 }), (xs, ys) => {
        const text = JSON.stringify(exportState(perUnit, aggregateState(perUnit, xs)));
        const read = parseState(perUnit, text);
        expect(read.success).toBe(true);
        if (!read.success) return;
        const merged = mergeStates(perUnit, [read.data, aggregateState(perUnit, ys)]);
        expect(JSON.stringify(perUnit.finish(merged))).toBe(
          JSON.stringify(aggregate(perUnit, [...xs, ...ys])),
        );
      }),
    );
  });

  it("names the kind by the shape, and keeps wrappers' shapes", () => {
    expect(exportState(count(), 3)).toEqual({ kind: "count", version: 1, state: 3 });
    expect(
      exportState(
        countBy((r: Row) => r.category),
        [],
      ).kind,
    ).toBe("groups<count>");
    expect(
      exportState(
        filtered((r: Row) => r.done, count()),
        0,
      ).kind,
    ).toBe("count");
    expect(
      exportState(
        mapOutput(count(), (n) => n * 2),
        0,
      ).kind,
    ).toBe("count");
    expect(exportState(perUnit, []).kind).toBe(
      "groups<{n:count,byCategory:groups<count>,amount:integer,done:{numerator:count,denominator:count}}>",
    );
  });

  const state = aggregateState(perUnit, [
    { unitCode: "15532", category: "theft", amount: 5, done: true },
    { unitCode: "15535", category: "fraud", amount: 7, done: false },
  ]);

  it.each([
    ["a count written as text", (s: Tampered) => (s.state[1].n = "5"), ["state", 1, "n"]],
    [
      "a negative count",
      (s: Tampered) => (s.state[1].byCategory[1] = -2),
      ["state", 1, "byCategory", 1],
    ],
    [
      "null where a breakdown belongs",
      (s: Tampered) => (s.state[1].byCategory = null),
      ["state", 1, "byCategory"],
    ],
    ["a group key twice", (s: Tampered) => (s.state[2] = "15532"), ["state", 2]],
    [
      "a numerator above its denominator",
      (s: Tampered) => (s.state[1].done.numerator = 9),
      ["state", 1, "done"],
    ],
    [
      "a field the aggregator does not know",
      (s: Tampered) => (s.state[1].extra = 1),
      ["state", 1, "extra"],
    ],
    ["a missing field", (s: Tampered) => delete s.state[1].amount, ["state", 1, "amount"]],
    ["a fractional sum", (s: Tampered) => (s.state[1].amount = 0.5), ["state", 1, "amount"]],
    ["an odd grouped state", (s: Tampered) => s.state.push("15599"), ["state"]],
  ])("rejects %s, naming where it is", (_, tamper, path) => {
    const envelope = envelopeOf(perUnit, state);
    tamper(envelope);
    const read = parseState(perUnit, envelope);
    expect(read.success).toBe(false);
    if (!read.success) {
      expect(read.issues[0]?.path).toEqual(path);
      expect(read.issues[0]?.code).toBe("tampered-state");
      expect(read.issues[0]?.message.vi.length).toBeGreaterThan(0);
    }
  });

  it("rejects a state of another aggregator, of another version, or not a state at all", () => {
    const foreign = parseState(
      countBy((r: Row) => r.category),
      exportState(perUnit, state),
    );
    expect(foreign.success || foreign.issues[0]?.code).toBe("foreign-state");
    const old = parseState(count(), { kind: "count", version: 0, state: 1 });
    expect(old.success || old.issues[0]?.code).toBe("state-version");
    const codeOf = (input: unknown) => {
      const read = parseState(count(), input);
      return read.success || read.issues[0]?.code;
    };
    expect(codeOf("{not json")).toBe("invalid-json");
    expect(codeOf(5)).toBe("not-a-state");
    expect(codeOf(null)).toBe("not-a-state");
    expect(codeOf({ kind: "count", version: 1, state: "5" })).toBe("tampered-state");
  });

  it("never throws and never touches Object.prototype, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true }), (value) => {
        for (const input of [
          value,
          { kind: exportState(perUnit, []).kind, version: 1, state: value },
        ]) {
          expect(() => parseState(perUnit, input)).not.toThrow();
        }
        expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("polluted");
      }),
    );
  });

  it("tells an aggregator without a shape that it cannot cross a boundary", () => {
    const bare: Aggregator<number, number, number> = {
      init: () => 0,
      add: (s, x) => s + x,
      merge: (a, b) => a + b,
      finish: (s) => s,
    };
    expect(() => exportState(bare, 1)).toThrow(/no `shape`/);
    expect(() => parseState(bare, {})).toThrow(TypeError);
  });
});

describe("untrusted input: unvalidated records", () => {
  it("names the record that an aggregation could not count", () => {
    const total = sum((r: { id: string; amount: number }) => r.amount);
    const records = [
      { id: "a", amount: 1 },
      { id: "b", amount: 2.5 },
    ];
    expect(() => aggregate(total, records)).toThrow(RecordError);
    try {
      aggregate(total, records);
    } catch (error) {
      expect(error).toBeInstanceOf(RecordError);
      expect((error as RecordError).index).toBe(1);
      expect((error as RecordError).id).toBe("b");
      expect((error as RecordError).message).toContain('Record 1 (id "b")');
      expect((error as RecordError).vi).toContain("bản ghi 1");
    }
  });

  it("names the record in an iterable and in an async stream", async () => {
    const total = sum((r: { amount: number }) => r.amount);
    function* rows() {
      yield { amount: 1 };
      yield { amount: Number.NaN };
    }
    expect(() => aggregate(total, rows())).toThrow(/Record 1/);
    async function* stream() {
      yield* rows();
    }
    await expect(aggregate(total, stream())).rejects.toThrow(/Record 1/);
  });
});
