// Fires and traffic accidents: casualties and damage, causes, and traffic accidents apart
// from traffic collisions (issue 14, part 10). The schema's rules, then the summary's.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregateState, mergeStates } from "../../src/aggregate/index.js";
import {
  ACCIDENT_CATEGORIES,
  CasualtiesSchema,
  type Incident,
  IncidentCauseSchema,
  IncidentSchema,
  incidentSummary,
  noCasualties,
  summarizeIncidents,
  TrafficSeveritySchema,
} from "../../src/incidents/index.js";
import { describeProblem } from "../../src/problems/index.js";
import { splitAt, viaJson } from "../support/helpers.js";
import { expectEveryFieldDescribed, schemaIssues } from "../support/schemas.js";

const fire = {
  id: "vv-2024-088",
  category: "fire",
  occurredAt: "2024-06-12T22:10:00+07:00",
  unitCode: "15532",
  detectedBy: "tip",
  status: "closed",
} as const satisfies Incident;

const crash = {
  ...fire,
  id: "vv-2024-090",
  category: "traffic-accident",
  detectedBy: "report",
} as const satisfies Incident;

const { issuesOf, pathsOf } = schemaIssues(IncidentSchema);

describe("an incident's casualties, damage, cause and traffic severity", () => {
  it("accepts a fire with its casualties, damage and cause", () => {
    const incident = IncidentSchema.parse({
      ...fire,
      casualties: { deaths: 0, injuries: 1 },
      damageVnd: 150_000_000,
      cause: "electrical",
    });
    expect(incident.casualties).toEqual({ deaths: 0, injuries: 1 });
    expect(incident.cause).toBe("electrical");
  });

  it("accepts a traffic accident and a traffic collision", () => {
    expect(pathsOf({ ...crash, trafficSeverity: "accident", casualties: { deaths: 1 } })).toEqual(
      [],
    );
    expect(
      pathsOf({
        ...crash,
        trafficSeverity: "collision",
        casualties: { deaths: 0, injuries: 2 },
        cause: "traffic-violation",
      }),
    ).toEqual([]);
  });

  it("refuses a cause on an incident that is neither a fire nor a traffic accident", () => {
    const issues = issuesOf({ ...fire, category: "theft", cause: "negligence" });
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["incident-cause-not-applicable", ["cause"]],
    ]);
    expect(issues[0]?.message.vi).toContain("Nguyên nhân");
    expect(issues[0]?.message.en).toContain("(cause)");
    expect(issues[0]?.location?.vi).toBe("Nguyên nhân");
  });

  it("refuses a traffic severity outside traffic accidents", () => {
    const issues = issuesOf({ ...fire, trafficSeverity: "collision" });
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["incident-traffic-severity-not-applicable", ["trafficSeverity"]],
    ]);
    expect(issues[0]?.message.vi).toContain("tai nạn, va chạm giao thông");
    expect(issues[0]?.message.en).toContain("(trafficSeverity)");
  });

  it("refuses a traffic collision in which someone died: it is a traffic accident", () => {
    const issues = issuesOf({ ...crash, trafficSeverity: "collision", casualties: { deaths: 1 } });
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["incident-collision-with-deaths", ["trafficSeverity"]],
    ]);
    expect(issues[0]?.message.vi).toBe(
      "Va chạm giao thông không có người chết; vụ có người chết là tai nạn giao thông",
    );
  });

  it("checks the counts of casualties and names them as officers do", () => {
    const issues = issuesOf({ ...fire, casualties: { deaths: -1, wounded: 2 } });
    expect(issues.map((issue) => issue.path)).toEqual([
      ["casualties", "deaths"],
      ["casualties", "wounded"],
    ]);
    expect(issues[0]?.location?.vi).toContain("Số người chết");
  });

  it("skips the rules of cause and severity when the category itself is wrong", () => {
    expect(pathsOf({ ...fire, category: "blaze", cause: "arson" })).toEqual(["category"]);
  });

  it("catalogues every new problem code", () => {
    for (const code of [
      "incident-cause-not-applicable",
      "incident-traffic-severity-not-applicable",
      "incident-collision-with-deaths",
    ]) {
      expect(describeProblem(code)?.severity, code).toBe("error");
    }
  });

  it("describes every field for JSON Schema", () => {
    expectEveryFieldDescribed(CasualtiesSchema, { io: "input" });
  });
});

describe("the casualties and damage of a summary", () => {
  const incidents: Incident[] = [
    { ...fire, id: "f1", casualties: { deaths: 0, injuries: 0 }, damageVnd: 100_000_000 },
    { ...fire, id: "f2", casualties: { deaths: 0, injuries: 0 }, damageVnd: 50_000_000 },
    { ...crash, id: "t1", casualties: { deaths: 2, injuries: 3 }, trafficSeverity: "accident" },
    { ...crash, id: "t2", casualties: { injuries: 1 }, trafficSeverity: "collision" },
    { ...crash, id: "t3" },
    { ...fire, id: "x1", category: "theft", damageVnd: 20_000_000 },
  ];

  it("totals deaths, injuries and damage overall and by category", () => {
    const summary = summarizeIncidents(incidents);
    expect(summary.harm).toEqual({
      cases: 6,
      deaths: 2,
      injuries: 4,
      deathsStated: 3,
      injuriesStated: 4,
      casualtiesStated: 3,
      damageVnd: 170_000_000,
      damageStated: 3,
    });
    expect(summary.harmByCategory).toEqual({
      fire: {
        cases: 2,
        deaths: 0,
        injuries: 0,
        deathsStated: 2,
        injuriesStated: 2,
        casualtiesStated: 2,
        damageVnd: 150_000_000,
        damageStated: 2,
      },
      theft: {
        cases: 1,
        deaths: 0,
        injuries: 0,
        deathsStated: 0,
        injuriesStated: 0,
        casualtiesStated: 0,
        damageVnd: 20_000_000,
        damageStated: 1,
      },
      "traffic-accident": {
        cases: 3,
        deaths: 2,
        injuries: 4,
        deathsStated: 1,
        injuriesStated: 2,
        casualtiesStated: 1,
        damageVnd: 0,
        damageStated: 0,
      },
    });
  });

  it("says no casualties only where every incident states 0 deaths and 0 injuries", () => {
    const summary = summarizeIncidents(incidents);
    expect(noCasualties(summary.harmByCategory["fire"] ?? summary.harm)).toBe(true);
    // A fire that says nothing of its casualties: nothing can be said of the fires.
    const silent = summarizeIncidents([...incidents, { ...fire, id: "f3" }]);
    expect(silent.harmByCategory["fire"]?.casualtiesStated).toBe(2);
    expect(noCasualties(silent.harmByCategory["fire"] ?? silent.harm)).toBe(false);
    // Deaths given as 0 without injuries is not a statement of no casualties.
    const half = summarizeIncidents([{ ...fire, casualties: { deaths: 0 } }]);
    expect(noCasualties(half.harmByCategory["fire"] ?? half.harm)).toBe(false);
    expect(noCasualties(summarizeIncidents([]).harm)).toBe(false);
  });

  it("counts fires and traffic accidents by cause, and traffic accidents by severity", () => {
    const summary = summarizeIncidents([
      ...incidents,
      { ...fire, id: "f4", cause: "electrical" },
      { ...crash, id: "t4", cause: "traffic-violation", trafficSeverity: "collision" },
    ]);
    expect(summary.byAccidentCategoryAndCause).toEqual({
      fire: { electrical: 1, unassigned: 2 },
      "traffic-accident": { "traffic-violation": 1, unassigned: 3 },
    });
    expect(summary.trafficBySeverity).toEqual({ accident: 1, collision: 2, unassigned: 1 });
  });

  it("throws rather than add a casualty count that skipped the schema", () => {
    const bad = { ...fire, casualties: { deaths: "2" } } as unknown as Incident;
    expect(() => summarizeIncidents([bad])).toThrow(/deaths must be a whole number/);
  });
});

describe("summary laws of fires and traffic accidents", () => {
  const arb: fc.Arbitrary<Incident> = fc
    .record({
      n: fc.nat({ max: 9999 }),
      category: fc.constantFrom("fire", "traffic-accident", "theft", "assault"),
      deaths: fc.option(fc.nat({ max: 3 }), { nil: undefined }),
      injuries: fc.option(fc.nat({ max: 5 }), { nil: undefined }),
      damageVnd: fc.option(fc.nat({ max: 1_000_000_000 }), { nil: undefined }),
      cause: fc.option(fc.constantFrom(...IncidentCauseSchema.options), { nil: undefined }),
      severity: fc.option(fc.constantFrom(...TrafficSeveritySchema.options), { nil: undefined }),
    })
    .map((r) => {
      const accident = (ACCIDENT_CATEGORIES as readonly string[]).includes(r.category);
      const casualties =
        r.deaths === undefined && r.injuries === undefined
          ? undefined
          : {
              ...(r.deaths !== undefined && { deaths: r.deaths }),
              ...(r.injuries !== undefined && { injuries: r.injuries }),
            };
      const severity =
        r.category === "traffic-accident" && !(r.severity === "collision" && (r.deaths ?? 0) > 0)
          ? r.severity
          : undefined;
      return IncidentSchema.parse({
        ...fire,
        id: `vv-${r.n}`,
        category: r.category,
        ...(casualties && { casualties }),
        ...(r.damageVnd !== undefined && { damageVnd: r.damageVnd }),
        ...(accident && r.cause !== undefined && { cause: r.cause }),
        ...(severity !== undefined && { trafficSeverity: severity }),
      });
    });
  const sum = (record: Readonly<Record<string, number>>) =>
    Object.values(record).reduce((a, b) => a + b, 0);

  it("merges the states of any split into the whole, through JSON", () => {
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 40 }), fc.array(fc.nat({ max: 40 })), (xs, cuts) => {
        const summary = incidentSummary();
        const states = splitAt(xs, cuts).map((part) => viaJson(aggregateState(summary, part)));
        expect(summary.finish(mergeStates(summary, states))).toEqual(summarizeIncidents(xs));
      }),
      { numRuns: 100 },
    );
  });

  it("counts every fire and traffic accident under one cause, and every traffic accident under one severity", () => {
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 40 }), (xs) => {
        const s = summarizeIncidents(xs);
        for (const category of ACCIDENT_CATEGORIES) {
          expect(sum(s.byAccidentCategoryAndCause[category] ?? {})).toBe(
            s.byCategory[category] ?? 0,
          );
        }
        expect(sum(s.trafficBySeverity)).toBe(s.byCategory["traffic-accident"] ?? 0);
        const byCategory = Object.values(s.harmByCategory);
        for (const key of ["deaths", "injuries", "casualtiesStated", "damageVnd"] as const) {
          expect(byCategory.reduce((n, h) => n + h[key], 0)).toBe(s.harm[key]);
        }
        for (const h of byCategory) expect(h.casualtiesStated).toBeLessThanOrEqual(h.cases);
      }),
      { numRuns: 100 },
    );
  });
});

describe("a harm figure that skipped its schema", () => {
  it("is refused naming its field in both languages, and adds none of its harm figures", () => {
    const aggregator = incidentSummary();
    const state = aggregator.init();
    const good = { ...crash, id: "ok", casualties: { deaths: 1, injuries: 2 } } as Incident;
    aggregator.add(state, good);
    const harmOf = (st: typeof state) =>
      JSON.stringify([st.deaths, st.injuries, st.deathsStated, st.harmByCategory]);
    const before = harmOf(state);
    const bad = { ...crash, id: "bad", casualties: { deaths: 1, injuries: -2 } } as Incident;
    expect(() => aggregator.add(state, bad)).toThrow(
      /casualties\.injuries must be a whole number.*Số người bị thương không hợp lệ/,
    );
    // Its valid deaths were not added before its injuries were refused.
    expect(harmOf(state)).toBe(before);
  });
});
