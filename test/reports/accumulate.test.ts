// The report adds cameras and incidents by hand (src/reports/accumulate.ts), into the states
// of aggregators that stay the definition of those figures. Fed both ways, the states are
// the same, key order included: on the samples' records and on generated ones.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CameraPoint } from "../../src/cameras/index.js";
import { type Period, parsePeriod } from "../../src/core/period.js";
import type { Incident } from "../../src/incidents/index.js";
import {
  addToPeriod,
  initPeriod,
  type PeriodState,
  periodAggregators,
} from "../../src/reports/accumulate.js";
import { sample } from "./fixture.js";

/** The states the hand-written adders write, by collection. */
const WRITTEN = {
  cameras: ["camerasAtEnd", "camerasByModel", "camerasFacing", "camerasInstalled"],
  incidents: ["incidents", "incidentClasses"],
} as const;

/** The states of `collection` after adding `records` both ways, as JSON. */
function bothWays(
  period: Period,
  collection: "cameras" | "incidents",
  records: readonly (CameraPoint | Incident)[],
): { byHand: string; generic: string } {
  const a = periodAggregators(period);
  const byHand = initPeriod(a);
  const generic = initPeriod(a) as unknown as Record<string, unknown>;
  for (const record of records) {
    addToPeriod(a, byHand, period, new Set(), collection, record, null);
    for (const key of WRITTEN[collection]) {
      const aggregator = a[key] as { add(state: unknown, item: unknown): unknown };
      generic[key] = aggregator.add(generic[key], record);
    }
  }
  const pick = (state: PeriodState | Record<string, unknown>) =>
    JSON.stringify(WRITTEN[collection].map((key) => (state as Record<string, unknown>)[key]));
  return { byHand: pick(byHand), generic: pick(generic) };
}

const day = fc.constantFrom("2023-06-30", "2023-12-31", "2024-01-01", "2024-06-30", "2024-12-31");
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const cameraArb: fc.Arbitrary<CameraPoint> = fc
  .record({
    n: fc.nat(1000),
    installedOn: day,
    removedOn: maybe(day),
    modelId: maybe(fc.constantFrom("m-1", "m-2", "__proto__")),
    lenses: maybe(fc.nat(8)),
    coverage: fc.subarray(["road", "public-place", "gate", "market"] as const, { minLength: 1 }),
    ownerKind: fc.constantFrom("household", "business", "public"),
    planned: fc.boolean(),
  })
  .map(
    ({ n, removedOn, modelId, lenses, planned, installedOn, ...rest }) =>
      ({
        id: `cam-${n}`,
        unitCode: "15532",
        status: planned ? "planned" : "active",
        sharingTier: "live-view",
        connectedToDutyRoom: n % 2 === 0,
        ...rest,
        // A planned point has no installation day, only the day it was planned.
        ...(planned ? { plannedOn: installedOn } : { installedOn }),
        ...(removedOn !== undefined && !planned && { removedOn }),
        ...(modelId !== undefined && { modelId }),
        ...(lenses !== undefined && { lenses }),
      }) as CameraPoint,
  );

const incidentArb: fc.Arbitrary<Incident> = fc
  .record({
    n: fc.nat(1000),
    category: fc.constantFrom("theft", "fighting", "fire", "traffic-accident", "drugs"),
    legalClass: maybe(fc.constantFrom("criminal", "administrative", "accident")),
    clarified: maybe(
      fc.record({
        by: maybe(fc.subarray(["camera", "patrol", "tip"] as const, { minLength: 1 })),
      }),
    ),
    suspects: maybe(fc.nat(5)),
  })
  .map(
    ({ n, legalClass, clarified, suspects, ...rest }) =>
      ({
        id: `vv-${n}`,
        unitCode: "15532",
        occurredAt: "2024-03-07T22:15:00+07:00",
        detectedBy: "patrol",
        status: clarified ? "clarified" : "investigating",
        ...rest,
        ...(legalClass !== undefined && { legalClass }),
        ...(clarified !== undefined && {
          clarified: { on: "2024-03-08", ...(clarified.by && { by: clarified.by }) },
        }),
        ...(suspects !== undefined && { suspects }),
      }) as unknown as Incident,
  );

describe("the report's hand-written adders", () => {
  const year = parsePeriod("2024");
  for (const name of ["tho-xuan-2024", "tam-ky-2022", "hoi-an-2023"] as const) {
    it(`write the states their aggregators would, on ${name}`, () => {
      const dataset = sample(name);
      const period = parsePeriod(name.slice(-4));
      for (const collection of ["cameras", "incidents"] as const) {
        const records = dataset[collection] ?? [];
        expect(records.length).toBeGreaterThan(0);
        const { byHand, generic } = bothWays(period, collection, records);
        expect(byHand).toBe(generic);
      }
    });
  }

  it("write the camera states their aggregators would, for any points", () => {
    fc.assert(
      fc.property(fc.array(cameraArb, { maxLength: 30 }), (cameras) => {
        const { byHand, generic } = bothWays(year, "cameras", cameras);
        expect(byHand).toBe(generic);
      }),
    );
  });

  it("write the incident states their aggregators would, for any incidents", () => {
    fc.assert(
      fc.property(fc.array(incidentArb, { maxLength: 30 }), (incidents) => {
        const { byHand, generic } = bothWays(year, "incidents", incidents);
        expect(byHand).toBe(generic);
      }),
    );
  });

  it("refuse what the aggregators refuse: lenses that are not whole", () => {
    const camera = { ...fc.sample(cameraArb, 1)[0], lenses: 1.5 } as CameraPoint;
    const a = periodAggregators(year);
    expect(() => addToPeriod(a, initPeriod(a), year, new Set(), "cameras", camera, null)).toThrow(
      /lenses/,
    );
  });
});
