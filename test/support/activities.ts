// Valid activities for the property tests. Test-only: nothing in src/ imports this.
import fc from "fast-check";
import {
  type Activity,
  AWARD_FORM_LABELS,
  AWARD_LEVEL_LABELS,
  AWARD_RECIPIENT_KIND_LABELS,
  DISPUTE_KIND_LABELS,
  DRILL_LEVEL_LABELS,
  DRILL_SCENARIO_SCALE_LABELS,
  DRILL_TOPIC_LABELS,
  MEDIATION_OUTCOME_LABELS,
  OUTREACH_CHANNEL_LABELS,
  OUTREACH_TOPIC_LABELS,
  TIP_CHANNEL_LABELS,
  TIP_KIND_LABELS,
} from "../../src/index.js";

const codes = <T extends string>(labels: Record<T, unknown>) => Object.keys(labels) as T[];
const MS0 = Date.UTC(2023, 0, 1);
const instantArb = fc
  .record({ ms: fc.integer({ min: 0, max: 2 * 365 * 86_400_000 }), offset: fc.constantFrom(0, 7) })
  .map(({ ms, offset }) => {
    const local = new Date(MS0 + ms + offset * 3_600_000).toISOString().slice(0, 19);
    return offset === 0 ? `${local}Z` : `${local}+07:00`;
  });
const dayArb = fc
  .integer({ min: 0, max: 2 * 365 })
  .map((d) => new Date(MS0 + d * 86_400_000).toISOString().slice(0, 10));
const base = {
  id: fc.constantFrom("a-1", "a-2", "a-3"),
  unitCode: fc.constantFrom("15532", "15532.thon-3"),
};
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Drops the keys whose value is `undefined`, as a strict optional field must be absent. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const watchArb = (kind: "patrol" | "ambush") =>
  fc
    .record({
      ...base,
      startedAt: instantArb,
      hours: opt(fc.integer({ min: 1, max: 8 })),
      participants: fc.integer({ min: 1, max: 30 }),
      directedByCamera: fc.boolean(),
      incidentsFound: opt(fc.integer({ min: 0, max: 5 })),
      suspectsApprehended: opt(fc.integer({ min: 0, max: 5 })),
      subjectsByCategory: opt(
        fc.dictionary(
          fc.constantFrom("drugs", "gambling", "theft", "modified-vehicle"),
          fc.nat(6),
          {
            maxKeys: 3,
          },
        ),
      ),
    })
    .map(({ hours, ...rest }) =>
      compact({
        kind,
        ...rest,
        endedAt:
          hours === undefined
            ? undefined
            : new Date(Date.parse(rest.startedAt) + hours * 3_600_000).toISOString(),
      }),
    );

export const activityArb: fc.Arbitrary<Activity> = fc.oneof(
  watchArb("patrol"),
  watchArb("ambush"),
  fc
    .record({
      ...base,
      receivedAt: instantArb,
      channel: fc.constantFrom(...codes(TIP_CHANNEL_LABELS)),
      tipKind: fc.constantFrom(...codes(TIP_KIND_LABELS)),
      category: opt(fc.constantFrom("theft", "drugs", "constructor")),
      verified: opt(fc.boolean()),
      ledToIncidentId: opt(fc.constant("inc-1")),
    })
    .map((r) => compact({ kind: "tip" as const, ...r })),
  fc
    .record({
      ...base,
      date: dayArb,
      disputeKind: fc.constantFrom(...codes(DISPUTE_KIND_LABELS)),
      outcome: fc.constantFrom(...codes(MEDIATION_OUTCOME_LABELS)),
      parties: fc.integer({ min: 2, max: 5 }),
    })
    .map((r) => ({ kind: "mediation" as const, ...r })),
  fc
    .record({
      ...base,
      date: dayArb,
      audience: fc.integer({ min: 0, max: 500 }),
      topic: fc.constantFrom(...codes(OUTREACH_TOPIC_LABELS)),
      channel: fc.constantFrom(...codes(OUTREACH_CHANNEL_LABELS)),
    })
    .map((r) => ({ kind: "outreach" as const, ...r })),
  ...(["drill", "training"] as const).map((kind) =>
    fc
      .record({
        ...base,
        date: dayArb,
        level: fc.constantFrom(...codes(DRILL_LEVEL_LABELS)),
        participants: fc.integer({ min: 1, max: 200 }),
        topic: fc.constantFrom(...codes(DRILL_TOPIC_LABELS)),
        scenarioScale:
          kind === "drill"
            ? opt(fc.constantFrom(...codes(DRILL_SCENARIO_SCALE_LABELS)))
            : fc.constant(undefined),
        teamId: opt(fc.constant("team-1")),
      })
      .map((r) => compact({ kind, ...r })),
  ),
  fc
    .record({
      ...base,
      date: dayArb,
      recipientKind: fc.constantFrom(...codes(AWARD_RECIPIENT_KIND_LABELS)),
      recipientName: fc.constant("Tổ tự quản thôn 3"),
      level: fc.constantFrom(...codes(AWARD_LEVEL_LABELS)),
      form: fc.constantFrom(...codes(AWARD_FORM_LABELS)),
      amountVnd: opt(fc.integer({ min: 1, max: 5_000_000 })),
    })
    .map((r) =>
      compact({
        kind: "award" as const,
        ...r,
        amountVnd: r.form === "cash" ? (r.amountVnd ?? 500_000) : r.amountVnd,
      }),
    ),
) as fc.Arbitrary<Activity>;

export const activitiesArb = fc.array(activityArb, { maxLength: 40 });
