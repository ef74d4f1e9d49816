// Valid incidents for the property tests. Test-only: nothing in src/ imports this.
import fc from "fast-check";
import { vietnamDateOf } from "../../src/core/index.js";
import {
  ClarificationMeansSchema,
  type Incident,
  IncidentCategorySchema,
  IncidentCauseSchema,
  IncidentDetectionSchema,
  IncidentLegalClassSchema,
  IncidentStatusSchema,
  TrafficSeveritySchema,
} from "../../src/incidents/index.js";
import { instantArb } from "./arbitraries.js";
import { deepFreeze } from "./helpers.js";

const DAY = 86_400_000;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** Incidents that pass IncidentSchema, deep-frozen, many near Vietnamese midnights at month ends. */
export const incidentArb: fc.Arbitrary<Incident> = fc
  .record({
    n: fc.integer({ min: 1, max: 99_999 }),
    category: fc.constantFrom(...IncidentCategorySchema.options),
    legalClass: fc.option(fc.constantFrom(...IncidentLegalClassSchema.options), {
      nil: undefined,
      freq: 4,
    }),
    occurredAt: instantArb([420, 420, 420, 0, -300, 540]),
    unitCode: fc.constantFrom("15532", "15535", "15538", "15532.thon-3"),
    detectedBy: fc.constantFrom(...IncidentDetectionSchema.options),
    status: fc.constantFrom(...IncidentStatusSchema.options),
    clarifiedAfter: fc.option(fc.nat({ max: 40 }), { nil: undefined }),
    by: fc.subarray([...ClarificationMeansSchema.options], { minLength: 1 }),
    suspects: fc.option(fc.nat({ max: 20 }), { nil: undefined }),
    cameraIds: fc.option(
      fc.uniqueArray(fc.constantFrom("cam-1", "cam-2", "cam-3"), { maxLength: 3 }),
      {
        nil: undefined,
      },
    ),
    casualties: fc.option(
      fc.record({ deaths: fc.nat({ max: 3 }), injuries: fc.nat({ max: 6 }) }, { requiredKeys: [] }),
      { nil: undefined },
    ),
    damageVnd: fc.option(fc.nat({ max: 500_000_000 }), { nil: undefined }),
    cause: fc.option(fc.constantFrom(...IncidentCauseSchema.options), { nil: undefined }),
    trafficSeverity: fc.option(fc.constantFrom(...TrafficSeveritySchema.options), {
      nil: undefined,
    }),
  })
  .map((r) => {
    const accident = r.category === "fire" || r.category === "traffic-accident";
    const severity =
      r.category !== "traffic-accident" ||
      (r.trafficSeverity === "collision" && (r.casualties?.deaths ?? 0) > 0)
        ? undefined
        : r.trafficSeverity;
    const clarifiable = r.status === "transferred" || r.status === "closed";
    const after =
      r.status === "clarified"
        ? (r.clarifiedAfter ?? 0)
        : clarifiable
          ? r.clarifiedAfter
          : undefined;
    const incident: Incident = {
      id: `vv-${r.n}`,
      category: r.category,
      occurredAt: r.occurredAt,
      unitCode: r.unitCode,
      detectedBy: r.detectedBy,
      status: r.status,
      ...(r.legalClass !== undefined && { legalClass: r.legalClass }),
      ...(after !== undefined && {
        clarified: { on: addDays(vietnamDateOf(r.occurredAt), after), by: r.by },
      }),
      ...(r.suspects !== undefined && { suspects: r.suspects }),
      ...(r.cameraIds !== undefined && { cameraIds: r.cameraIds }),
      ...(r.casualties !== undefined && { casualties: r.casualties }),
      ...(r.damageVnd !== undefined && { damageVnd: r.damageVnd }),
      ...(accident && r.cause !== undefined && { cause: r.cause }),
      ...(severity !== undefined && { trafficSeverity: severity }),
    };
    return deepFreeze(incident);
  });
