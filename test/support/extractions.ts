// Valid footage extractions for the property tests. Test-only: nothing in src/ imports this.
import fc from "fast-check";
import {
  ExtractionOutcomeSchema,
  ExtractionPurposeSchema,
  type FootageExtraction,
} from "../../src/incidents/index.js";
import { deepFreeze, writeInstant } from "./helpers.js";

export const INCIDENT_IDS = ["vv-1", "vv-2", "vv-3", "vv-4", "vv-5", "constructor", "12345"];

/** Footage extractions that pass FootageExtractionSchema, deep-frozen. */
export const extractionArb: fc.Arbitrary<FootageExtraction> = fc
  .record({
    n: fc.integer({ min: 1, max: 99_999 }),
    unitCode: fc.constantFrom("15532", "15535", "15538"),
    cameraIds: fc.uniqueArray(fc.constantFrom("cam-1", "cam-2", "cam-3", "cam-4"), {
      minLength: 1,
      maxLength: 4,
    }),
    requested: fc.oneof(
      fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2025, 0, 1) }),
      // around Vietnamese midnight at the turn of 2023/2024
      fc.integer({ min: Date.UTC(2023, 11, 31, 16), max: Date.UTC(2023, 11, 31, 18) }),
    ),
    offset: fc.constantFrom(420, 420, 0, -300),
    before: fc.integer({ min: 0, max: 7 * 24 * 60 }),
    length: fc.integer({ min: 1, max: 6 * 60 }),
    purpose: fc.constantFrom(...ExtractionPurposeSchema.options),
    incidentId: fc.option(fc.constantFrom(...INCIDENT_IDS), { nil: undefined, freq: 4 }),
    outcome: fc.constantFrom(...ExtractionOutcomeSchema.options),
  })
  .map((r) => {
    const from = r.requested - r.before * 60_000;
    const extraction: FootageExtraction = {
      id: `tx-${r.n}`,
      unitCode: r.unitCode,
      cameraIds: r.cameraIds,
      requestedAt: writeInstant(r.requested, r.offset),
      requestedBy: "Công an xã Xuân Sinh",
      footageFrom: writeInstant(from, 420),
      footageTo: writeInstant(from + r.length * 60_000, 420),
      // A search that helped serves no incident: a missing person, lost property.
      purpose:
        r.outcome === "helped-search" &&
        ["incident-investigation", "traffic-accident"].includes(r.purpose)
          ? "lost-property"
          : r.purpose,
      outcome: r.outcome,
      ...(r.incidentId !== undefined &&
        r.outcome !== "helped-search" && { incidentId: r.incidentId }),
    };
    return deepFreeze(extraction);
  });
