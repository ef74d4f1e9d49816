import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type Aggregator,
  aggregate,
  aggregateState,
  byPeriod,
  byUnit,
  exportState,
  type Groups,
  groupBy,
  mergeStates,
  parseState,
} from "../../src/aggregate/index.js";
import { cameraSummary } from "../../src/cameras/index.js";
import {
  customPeriod,
  type Period,
  parsePeriod,
  periodContains,
  periodKeyOf,
} from "../../src/core/index.js";
import {
  type Incident,
  IncidentSchema,
  type IncidentSummary,
  type IncidentSummaryState,
  incidentLegalClass,
  incidentSummary,
  incidentSummaryByUnitAndPeriod,
  summarizeIncidents,
} from "../../src/incidents/index.js";
import { json, splitAt, stream, totalSkippingMissing, viaJson } from "../support/helpers.js";
import { incidentArb } from "../support/incidents.js";
import { describeAggregatorLaws, REFERENCE_LAW_NAMES } from "../support/laws.js";
import {
  describeStateIntegrity,
  envelopeOf,
  expectRecordError,
  expectRejectedRecordError,
  issuesOf,
  readBack,
  recordErrorOf,
  refusedAt,
  shipped,
} from "../support/untrusted.js";

// ---------------------------------------------------------------------------------------
// Helpers

const DAY = 86_400_000;

function _addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------
// Valid incidents

const incidentsArb = fc.array(incidentArb, { maxLength: 40 });

const periodArb: fc.Arbitrary<Period | undefined> = fc.option(
  fc.constantFrom(
    parsePeriod("2024"),
    parsePeriod("2024-H1"),
    parsePeriod("2023-Q4"),
    parsePeriod("2024-03"),
    customPeriod("2023-11-01", "2024-10-31"),
  ),
  { nil: undefined },
);

/** The figures, computed the plain way, as a reference. */
function reference(incidents: readonly Incident[], period?: Period) {
  const counted = incidents.filter(
    (i) => period === undefined || periodContains(period, i.occurredAt),
  );
  const countOf = (list: readonly Incident[], key: (i: Incident) => string) => {
    const out: Record<string, number> = {};
    for (const i of list) out[key(i)] = (out[key(i)] ?? 0) + 1;
    return out;
  };
  const clarified = counted.filter((i) => i.clarified !== undefined);
  const withCamera = clarified.filter((i) => i.clarified?.by.includes("camera"));
  return {
    total: counted.length,
    outsidePeriod: incidents.length - counted.length,
    byCategory: countOf(counted, (i) => i.category),
    byLegalClass: countOf(counted, incidentLegalClass),
    byDetection: countOf(counted, (i) => i.detectedBy),
    byStatus: countOf(counted, (i) => i.status),
    clarified: clarified.length,
    clarifiedWithCamera: withCamera.length,
    clarifiedByCategory: countOf(clarified, (i) => i.category),
    clarifiedWithCameraByCategory: countOf(withCamera, (i) => i.category),
    suspects: counted.reduce((acc, i) => acc + (i.suspects ?? 0), 0),
  };
}

// ---------------------------------------------------------------------------------------

const xuanSinh2024: Incident[] = [
  {
    id: "vv-2024-031",
    category: "theft",
    occurredAt: "2024-03-07T01:40:00+07:00",
    reportedAt: "2024-03-07T06:15:00+07:00",
    unitCode: "15532",
    detectedBy: "report",
    cameraIds: ["cam-xs-004", "cam-xs-005"],
    status: "clarified",
    clarified: { on: "2024-03-07", by: ["camera"] },
    suspects: 2,
  },
  {
    id: "vv-2024-019",
    category: "public-disorder",
    occurredAt: "2024-02-28T21:30:00+07:00",
    unitCode: "15532",
    detectedBy: "camera",
    status: "clarified",
    clarified: { on: "2024-02-29", by: ["camera", "investigation"] },
    suspects: 8,
  },
];

const plain = (over: Partial<Incident> & Pick<Incident, "id">): Incident => ({
  category: "theft",
  occurredAt: "2024-05-01T10:00:00+07:00",
  unitCode: "15532",
  detectedBy: "patrol",
  status: "received",
  ...over,
});

describe("summarizeIncidents", () => {
  it("gives zeros, empty breakdowns and null rates for no incident", () => {
    expect(summarizeIncidents([])).toEqual({
      period: null,
      input: 0,
      outsidePeriod: 0,
      total: 0,
      byCategory: {},
      byLegalClass: {},
      byDetection: {},
      byStatus: {},
      clarified: 0,
      clarifiedWithCamera: 0,
      clarifiedByCategory: {},
      clarifiedWithCameraByCategory: {},
      clarificationRate: { numerator: 0, denominator: 0, ratio: null },
      cameraShareOfClarified: { numerator: 0, denominator: 0, ratio: null },
      suspects: 0,
      harm: {
        cases: 0,
        deaths: 0,
        injuries: 0,
        deathsStated: 0,
        injuriesStated: 0,
        casualtiesStated: 0,
        damageVnd: 0,
        damageStated: 0,
      },
      harmByCategory: {},
      byAccidentCategoryAndCause: {},
      trafficBySeverity: {},
    } satisfies IncidentSummary);
  });

  it("reproduces Xuân Sinh 2024: a theft (2 suspects) and a public disorder (8) clarified through footage", () => {
    expect(summarizeIncidents(xuanSinh2024, { period: parsePeriod("2024") })).toEqual({
      period: { unit: "year", key: "2024", start: "2024-01-01", end: "2024-12-31" },
      input: 2,
      outsidePeriod: 0,
      total: 2,
      byCategory: { "public-disorder": 1, theft: 1 },
      byLegalClass: { criminal: 2 },
      byDetection: { camera: 1, report: 1 },
      byStatus: { clarified: 2 },
      clarified: 2,
      clarifiedWithCamera: 2,
      clarifiedByCategory: { "public-disorder": 1, theft: 1 },
      clarifiedWithCameraByCategory: { "public-disorder": 1, theft: 1 },
      clarificationRate: { numerator: 2, denominator: 2, ratio: 1 },
      cameraShareOfClarified: { numerator: 2, denominator: 2, ratio: 1 },
      suspects: 10,
      harm: {
        cases: 2,
        deaths: 0,
        injuries: 0,
        deathsStated: 0,
        injuriesStated: 0,
        casualtiesStated: 0,
        damageVnd: 0,
        damageStated: 0,
      },
      harmByCategory: {},
      byAccidentCategoryAndCause: {},
      trafficBySeverity: {},
    } satisfies IncidentSummary);
  });

  it("counts an incident clarified without footage as clarified, not with camera help", () => {
    const summary = summarizeIncidents([
      plain({ id: "a", status: "clarified", clarified: { on: "2024-05-02", by: ["tip"] } }),
      plain({ id: "b", status: "investigating" }),
    ]);
    expect(summary.clarified).toBe(1);
    expect(summary.clarifiedWithCamera).toBe(0);
    expect(summary.clarifiedWithCameraByCategory).toEqual({});
    expect(summary.clarificationRate).toEqual({ numerator: 1, denominator: 2, ratio: 0.5 });
    expect(summary.cameraShareOfClarified).toEqual({ numerator: 0, denominator: 1, ratio: 0 });
  });

  it("counts transferred and closed incidents with a clarification as clarified", () => {
    const summary = summarizeIncidents([
      plain({ id: "a", status: "transferred", clarified: { on: "2024-05-03", by: ["camera"] } }),
      plain({ id: "b", status: "closed" }),
    ]);
    expect(summary.clarified).toBe(1);
    expect(summary.byStatus).toEqual({ closed: 1, transferred: 1 });
  });

  it("counts the legal class an incident says it has, else its category's default", () => {
    const summary = summarizeIncidents([
      plain({ id: "a", category: "gambling", legalClass: "administrative" }),
      plain({ id: "b", category: "gambling" }),
      plain({ id: "c", category: "traffic-accident" }),
      plain({ id: "d", category: "traffic-accident", legalClass: "criminal" }),
      plain({ id: "e", category: "urban-order" }),
      plain({ id: "f", category: "dispute" }),
    ]);
    expect(summary.byLegalClass).toEqual({
      accident: 1,
      administrative: 2,
      criminal: 2,
      dispute: 1,
    });
  });

  it("counts incidents outside the period apart, by their Vietnamese day", () => {
    const period = parsePeriod("2024");
    const summary = summarizeIncidents(
      [
        plain({ id: "a", occurredAt: "2023-12-31T17:30:00Z" }), // 00:30 on 1 January 2024 in Vietnam
        plain({ id: "b", occurredAt: "2023-12-31T16:59:59Z" }), // 23:59:59 on 31 December 2023
        plain({ id: "c", occurredAt: "2025-01-01T00:00:00+07:00" }),
        plain({ id: "d", occurredAt: "2024-12-31T23:59:59+07:00", suspects: 3 }),
      ],
      { period },
    );
    expect(summary.total).toBe(2);
    expect(summary.outsidePeriod).toBe(2);
    expect(summary.input).toBe(4);
    expect(summary.suspects).toBe(3);
    expect(summary.byCategory).toEqual({ theft: 2 });
  });

  it("counts an incident without a date as outside a period", () => {
    const undated = { ...plain({ id: "a" }), occurredAt: undefined } as unknown as Incident;
    expect(summarizeIncidents([undated], { period: parsePeriod("2024") }).outsidePeriod).toBe(1);
    expect(summarizeIncidents([undated]).total).toBe(1);
  });

  it("counts missing codes under unassigned, and codes named like Object members as codes", () => {
    const odd = [
      { ...plain({ id: "a" }), category: undefined, detectedBy: "" },
      { ...plain({ id: "b" }), category: "constructor", status: "__proto__" },
      {
        ...plain({ id: "c" }),
        category: "toString",
        legalClass: "hasOwnProperty",
        clarified: { on: "2024-05-01", by: ["camera"] },
      },
    ] as unknown as Incident[];
    const summary = summarizeIncidents(odd);
    expect(summary.byCategory).toEqual({ constructor: 1, toString: 1, unassigned: 1 });
    expect(summary.byLegalClass).toEqual({ hasOwnProperty: 1, unassigned: 2 });
    expect(summary.byDetection).toEqual({ patrol: 2, unassigned: 1 });
    expect(Object.hasOwn(summary.byStatus, "__proto__")).toBe(true);
    expect(summary.clarifiedWithCameraByCategory).toEqual({ toString: 1 });
    const aggregator = incidentSummary();
    const states = odd.map((incident) => viaJson(aggregateState(aggregator, [incident])));
    // merging into a JSON-parsed state (its dictionaries have Object.prototype) works too
    const merged = aggregator.merge(
      aggregator.merge(states[0] as IncidentSummaryState, states[1] as IncidentSummaryState),
      states[2] as IncidentSummaryState,
    );
    expect(JSON.stringify(aggregator.finish(merged))).toBe(JSON.stringify(summary));
  });

  it("adds a missing suspects count as 0 and refuses counts beyond 2^53", () => {
    expect(summarizeIncidents([plain({ id: "a" }), plain({ id: "b", suspects: 4 })]).suspects).toBe(
      4,
    );
    const big = plain({ id: "c", suspects: Number.MAX_SAFE_INTEGER - 1 });
    expect(recordErrorOf(() => summarizeIncidents([big, big])).cause).toBeInstanceOf(RangeError);
    expect(() => summarizeIncidents([plain({ id: "d", suspects: 0.5 })])).toThrow(/Số đối tượng/);
    const aggregator = incidentSummary();
    const state = aggregateState(aggregator, [big]);
    expect(() => aggregator.merge(viaJson(state), state)).toThrow(RangeError);
  });

  it("reads arrays, iterables and async iterables alike", async () => {
    const fromArray = summarizeIncidents(xuanSinh2024);
    expect(summarizeIncidents(new Set(xuanSinh2024))).toEqual(fromArray);
    const promise = summarizeIncidents(stream(xuanSinh2024));
    expect(promise).toBeInstanceOf(Promise);
    expect(await promise).toEqual(fromArray);
  });

  it("rejects an invalid period with a RangeError", () => {
    const bad = { unit: "half", key: "2024-H1", start: "2024-01-01", end: "2024-12-31" } as const;
    expect(() => summarizeIncidents([], { period: bad })).toThrow(RangeError);
    expect(() => incidentSummary({ period: {} as Period })).toThrow(/Kỳ báo cáo/);
  });

  it("reproduces the Thọ Xuân 2024 cases clarified through footage, by category", () => {
    const counts = {
      "traffic-accident": 104,
      theft: 62,
      assault: 50,
      "public-disorder": 31,
      snatching: 5,
      "street-racing": 2,
      other: 52,
    } as const;
    const incidents: Incident[] = [];
    for (const [category, n] of Object.entries(counts)) {
      for (let i = 0; i < n; i++) {
        incidents.push(
          plain({
            id: `tx-${incidents.length}`,
            category: category as Incident["category"],
            status: "clarified",
            clarified: { on: "2024-05-02", by: ["camera"] },
          }),
        );
      }
    }
    incidents.push(plain({ id: "tx-open", category: "theft" }));
    const summary = summarizeIncidents(incidents, { period: parsePeriod("2024") });
    expect(summary.clarifiedWithCamera).toBe(306); // "làm rõ trên 300 vụ việc"
    expect(summary.clarifiedWithCameraByCategory).toEqual(counts);
    expect(summary.byCategory.theft).toBe(63);
  });

  describe("types", () => {
    it("returns a summary for arrays and iterables, a promise for async iterables", () => {
      expectTypeOf(summarizeIncidents(xuanSinh2024)).toEqualTypeOf<IncidentSummary>();
      expectTypeOf(summarizeIncidents(new Set(xuanSinh2024))).toEqualTypeOf<IncidentSummary>();
      expectTypeOf(summarizeIncidents(stream(xuanSinh2024))).toEqualTypeOf<
        Promise<IncidentSummary>
      >();
      expectTypeOf(incidentSummary()).toEqualTypeOf<
        Aggregator<Incident, IncidentSummaryState, IncidentSummary>
      >();
      expectTypeOf(aggregate(incidentSummaryByUnitAndPeriod(), xuanSinh2024)).toEqualTypeOf<
        Groups<string, Groups<string, IncidentSummary>>
      >();
      expectTypeOf<IncidentSummary["byCategory"]["theft"]>().toEqualTypeOf<number | undefined>();
    });
  });
});

describe("incidentSummaryByUnitAndPeriod", () => {
  it("gives unit × month × category figures, months in Vietnam time", () => {
    const table = aggregate(incidentSummaryByUnitAndPeriod(), [
      ...xuanSinh2024,
      plain({ id: "a", unitCode: "15535", occurredAt: "2024-02-29T17:30:00Z", category: "fraud" }),
    ]);
    expect(Object.keys(table)).toEqual(["15532", "15535"]);
    expect(table["15532"]?.["2024-03"]?.byCategory).toEqual({ theft: 1 });
    expect(table["15532"]?.["2024-02"]?.byCategory).toEqual({ "public-disorder": 1 });
    expect(table["15535"]?.["2024-03"]?.byCategory).toEqual({ fraud: 1 });
  });

  it("takes another calendar unit and a period", () => {
    const table = aggregate(
      incidentSummaryByUnitAndPeriod({ periodUnit: "quarter", period: parsePeriod("2024-03") }),
      xuanSinh2024,
    );
    expect(table["15532"]?.["2024-Q1"]?.total).toBe(1);
    expect(table["15532"]?.["2024-Q1"]?.outsidePeriod).toBe(1);
  });

  it("rejects a calendar unit it does not know", () => {
    expect(() =>
      incidentSummaryByUnitAndPeriod({ periodUnit: "decade" as unknown as "year" }),
    ).toThrow(RangeError);
  });

  it("parses, merges and finishes a state sent without its zero counts the same", () => {
    // Dense counters are kept in memory (docs/benchmarks.md); a state on the wire may drop
    // its zeros, and must still be the same state.
    // The counters are the fields named by… (byCategory, clarifiedByCategory…).
    const dropZeros = (value: unknown, counter = false): unknown =>
      Array.isArray(value)
        ? value.map((v) => dropZeros(v))
        : typeof value === "object" && value !== null
          ? Object.fromEntries(
              Object.entries(value)
                .filter(([, v]) => !(counter && v === 0))
                .map(([k, v]) => [k, dropZeros(v, /(^b|B)y[A-Z]/.test(k))]),
            )
          : value;
    const summary = incidentSummaryByUnitAndPeriod();
    fc.assert(
      fc.property(incidentsArb, incidentsArb, (a, b) => {
        const full = JSON.parse(JSON.stringify(exportState(summary, aggregateState(summary, a))));
        const sparse = dropZeros(full);
        expect(JSON.stringify(sparse).length).toBeLessThanOrEqual(JSON.stringify(full).length);
        const parsed = parseState(summary, sparse);
        expect(parsed.success).toBe(true);
        if (!parsed.success) return;
        const other = aggregateState(summary, b);
        expect(summary.finish(mergeStates(summary, [parsed.data, other]))).toEqual(
          aggregate(summary, [...a, ...b]),
        );
        expect(summary.finish(parsed.data)).toEqual(aggregate(summary, a));
      }),
      { numRuns: 50 },
    );
  });

  it("equals summarising each unit and month apart", () => {
    fc.assert(
      fc.property(incidentsArb, periodArb, (incidents, period) => {
        const table = aggregate(incidentSummaryByUnitAndPeriod({ period }), incidents);
        const expected: Record<string, Record<string, IncidentSummary>> = {};
        const keys = new Set(
          incidents.map((i) => `${i.unitCode}|${periodKeyOf(i.occurredAt, "month")}`),
        );
        for (const key of keys) {
          const [unit, month] = key.split("|") as [string, string];
          const part = incidents.filter(
            (i) => i.unitCode === unit && periodKeyOf(i.occurredAt, "month") === month,
          );
          expected[unit] ??= {};
          expected[unit][month] = summarizeIncidents(part, { period });
        }
        expect(table).toEqual(expected);
      }),
      { numRuns: 50 },
    );
  });
});

describeAggregatorLaws({
  title: "incidentSummary laws (property-based, on valid incidents)",
  make: incidentSummary,
  record: incidentArb,
  options: periodArb.map((period) => ({ period })),
  summarize: summarizeIncidents,
  schema: { of: () => IncidentSchema },
  names: { ...REFERENCE_LAW_NAMES, schema: "generates records that pass IncidentSchema" },
  checks: [
    {
      name: "matches the figures computed the plain way (legal class by incidentLegalClass)",
      check: (summary, incidents, { period }) => {
        expect(summary).toMatchObject(reference(incidents, period));
      },
    },
    {
      name: "counts every record exactly once in each breakdown, and totals reconcile",
      check: (s, incidents) => {
        expect(s.input).toBe(incidents.length);
        expect(s.total + s.outsidePeriod).toBe(incidents.length);
        for (const breakdown of [s.byCategory, s.byLegalClass, s.byDetection, s.byStatus]) {
          expect(totalSkippingMissing(breakdown)).toBe(s.total);
        }
        expect(totalSkippingMissing(s.clarifiedByCategory)).toBe(s.clarified);
        expect(totalSkippingMissing(s.clarifiedWithCameraByCategory)).toBe(s.clarifiedWithCamera);
        expect(s.clarificationRate.denominator).toBe(s.total);
        if (s.total > 0) expect(s.clarificationRate.ratio).toBe(s.clarified / s.total);
      },
    },
  ],
  more: () => {
    it("merges split groups of unit × month through JSON into the whole", () => {
      const grouped = groupBy(
        byUnit((i: Incident) => i.unitCode),
        groupBy(
          byPeriod((i: Incident) => i.occurredAt, "month"),
          incidentSummary(),
        ),
      );
      fc.assert(
        fc.property(
          incidentsArb,
          fc.array(fc.nat({ max: 40 }), { maxLength: 3 }),
          (incidents, cuts) => {
            const states = splitAt(incidents, cuts).map((part) =>
              viaJson(aggregateState(grouped, part)),
            );
            expect(JSON.stringify(grouped.finish(mergeStates(grouped, states)))).toBe(
              JSON.stringify(aggregate(grouped, incidents)),
            );
          },
        ),
        { numRuns: 50 },
      );
    });
  },
});

describeStateIntegrity({
  kind: "antt.incidents-summary",
  aggregator: incidentSummary({ period: parsePeriod("2024") }),
  records: xuanSinh2024,
  cut: 1,
  summarize: (records) => summarizeIncidents(records, { period: parsePeriod("2024") }),
  tamper: {
    text: { set: [[["suspects"], "5"]] },
    negative: { set: [[["byCategory", "theft"], -1]] },
    nullBreakdown: { set: [[["byDetection"], null]] },
    unknownField: { set: [[["clarifiedWithTips"], 0]] },
    more: [
      {
        name: "refuses more incidents clarified than counted, or clarified with camera than clarified",
        set: [
          [["clarified"], 3],
          [["clarifiedWithCamera"], 4],
        ],
        at: [[], []],
      },
    ],
  },
  foreign: [
    { aggregator: cameraSummary() },
    { aggregator: incidentSummaryByUnitAndPeriod(), records: xuanSinh2024 },
  ],
  arbitrary: {
    noun: "incidents",
    records: incidentsArb,
    options: periodArb,
    make: (period) => incidentSummary({ period }),
    also: (xs, period) => {
      const grouped = incidentSummaryByUnitAndPeriod({ period });
      expect(issuesOf(grouped, aggregateState(grouped, xs))).toEqual([]);
    },
  },
  more: ({ aggregator, state }) => {
    it("ships the unit × month table as its own kind, whose groups are checked too", () => {
      const grouped = incidentSummaryByUnitAndPeriod();
      const table = aggregateState(grouped, xuanSinh2024);
      expect(exportState(grouped, table)).toMatchObject({
        kind: "antt.incidents-summary-by-unit-and-period",
        version: 1,
      });
      expect(grouped.inner).toBeDefined();
      expect(json(grouped.finish(readBack(grouped, shipped(grouped, table))))).toBe(
        json(aggregate(grouped, xuanSinh2024)),
      );
      const envelope = envelopeOf(grouped, table);
      envelope.state[1][1].total = "2";
      envelope.state[1][3] = null;
      expect(refusedAt(grouped, envelope)).toEqual([
        ["state", 1, 1, "total"],
        ["state", 1, 3],
      ]);
      expect(refusedAt(grouped, envelopeOf(aggregator, state()))).toEqual([["kind"]]);
    });
  },
});

describe("untrusted input: unvalidated records", () => {
  const withRecord = (record: unknown) => [xuanSinh2024[0], record, xuanSinh2024[1]] as Incident[];

  it("throws a RecordError naming the record and suspects written as text", () => {
    expectRecordError(
      () => summarizeIncidents(withRecord(plain({ id: "vv-7", suspects: "2" as never }))),
      {
        index: 1,
        id: "vv-7",
        says: ['suspects must be a whole number of at least 0, not "2" (string)'],
        cause: TypeError,
      },
    );
  });

  it("throws a RecordError for a negative suspects count, rather than subtract it", () => {
    expectRecordError(() => summarizeIncidents(withRecord(plain({ id: "vv-7", suspects: -3 }))), {
      index: 1,
      id: "vv-7",
      says: ["suspects must be a whole number of at least 0, not -3"],
      cause: TypeError,
    });
  });

  it("surfaces an occurredAt that is not an instant as a RecordError, with a period", async () => {
    const bad = withRecord(plain({ id: "vv-8", occurredAt: "yesterday" }));
    const options = { period: parsePeriod("2024") };
    const expected = { index: 1, id: "vv-8", cause: RangeError };
    expectRecordError(() => summarizeIncidents(bad, options), expected);
    expect(recordErrorOf(() => aggregate(incidentSummaryByUnitAndPeriod(), bad)).index).toBe(1);
    await expectRejectedRecordError(summarizeIncidents(stream(bad), options), expected);
  });
});
