// Drills in the report: the scale of their scenario in the text and the JSON, and each drill
// counted once, however many teams list it with the activity that records it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { summarizeActivities } from "../../src/activities/index.js";
import { DatasetSchema, validateDataset } from "../../src/dataset/index.js";
import { buildUnitReport, renderReport } from "../../src/reports/index.js";
import { summarizeTeams } from "../../src/teams/index.js";
import { rawDataset } from "./fixture.js";

type Raw = Record<string, unknown>;

const build = (raw: Raw) =>
  buildUnitReport(DatasetSchema.parse(raw), { unit: "412", period: "2024" });

function withDrills(...scales: (string | undefined)[]): Raw {
  const raw = rawDataset();
  const activities = raw["activities"] as Raw[];
  const drill = activities.find((a) => a["kind"] === "drill") as Raw;
  activities.splice(activities.indexOf(drill), 1);
  scales.forEach((scale, i) => {
    activities.push({
      ...drill,
      id: `a-d${i}`,
      topic: i === 0 ? "security" : "fire",
      ...(scale === undefined ? {} : { scenarioScale: scale }),
    });
  });
  return raw;
}

describe("the scale of a drill's scenario in the report", () => {
  it("is said in the drills segment, in Vietnamese and English", () => {
    const one = build(withDrills("district"));
    expect(renderReport(one)).toContain("diễn tập 1 cuộc (an ninh, trật tự; quy mô toàn huyện)");
    expect(renderReport(one, { locale: "en" })).toContain(
      "1 drill (security and order; district scale)",
    );
    const three = build(withDrills("commune", "residential-cluster", "commune"));
    expect(renderReport(three)).toContain(
      "diễn tập 3 cuộc (2 về phòng cháy, chữa cháy, cứu nạn; 1 về an ninh, trật tự; 2 cuộc quy mô toàn xã; 1 cuộc quy mô cụm dân cư, liên gia)",
    );
    expect(renderReport(three, { locale: "en" })).toContain(
      "3 drills (2 on fire and rescue; 1 on security and order; commune scale: 2; cluster of households scale: 1)",
    );
  });

  it("names only the scales recorded, and nothing when none is", () => {
    const some = build(withDrills("village", undefined));
    expect(renderReport(some)).toContain("; 1 cuộc quy mô khu dân cư)");
    const none = build(withDrills(undefined, undefined));
    expect(renderReport(none)).not.toContain("quy mô");
    expect(renderReport(none, { locale: "en" })).not.toContain(" scale");
  });

  it("is in the JSON of the activities and of the teams", () => {
    const report = build(withDrills("commune", undefined));
    expect(report.figures.activities.drills.byScenarioScale).toEqual({
      commune: 1,
      unassigned: 1,
    });
    const raw = withDrills();
    const team = (raw["teams"] as Raw[])[0] as Raw;
    (team["trainings"] as Raw[]).push({
      kind: "drill",
      heldOn: "2024-10-05",
      level: "village",
      participants: 9,
      scenarioScale: "household",
    });
    expect(build(raw).figures.teams.drills).toEqual({
      held: 2,
      participants: 39,
      recordedAsActivity: 0,
      byScenarioScale: { household: 1, unassigned: 1 },
    });
  });
});

describe("a drill recorded in one place", () => {
  const listOn = (raw: Raw, picks: readonly number[], participants: readonly number[]) => {
    const drill = (raw["activities"] as Raw[]).find((a) => a["kind"] === "drill") as Raw;
    const day = drill["date"] as string;
    // The teams there on the drill's day: founded by it, not dissolved before it.
    const teams = (raw["teams"] as Raw[]).filter(
      (t) => (t["foundedOn"] as string) <= day && ((t["dissolvedOn"] as string) ?? day) >= day,
    );
    picks.forEach((pick, i) => {
      const team = teams[pick % teams.length] as Raw;
      const trainings = (team["trainings"] as Raw[] | undefined) ?? [];
      trainings.push({
        kind: "drill",
        heldOn: drill["date"],
        level: "village",
        participants: participants[i] ?? 1,
        topic: drill["topic"],
        activityId: drill["id"],
      });
      team["trainings"] = trainings;
    });
    return raw;
  };

  it("is counted once however many teams list it with the activity's id", () => {
    const base = build(rawDataset());
    const baseText = renderReport(base);
    const baseIssues = validateDataset(rawDataset()).issues;
    const drills = (r: typeof base) =>
      r.figures.activities.drills.count + r.figures.teams.drills.held;
    fc.assert(
      fc.property(
        fc.array(fc.nat(20), { maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 8, maxLength: 8 }),
        (picks, participants) => {
          const raw = listOn(rawDataset(), picks, participants);
          // Listing it with the activity's id is no issue (the fixture's own are kept).
          expect(validateDataset(raw).issues).toEqual(baseIssues);
          const report = build(raw);
          expect(drills(report)).toBe(drills(base));
          expect(report.figures.activities.drills).toEqual(base.figures.activities.drills);
          expect(report.figures.teams.drills).toEqual({
            ...base.figures.teams.drills,
            recordedAsActivity: picks.length,
          });
          expect(renderReport(report)).toBe(baseText);
          // The summaries alike: the activities' drills and the teams' own drills.
          const data = DatasetSchema.parse(raw);
          const teams = summarizeTeams(data.teams).exercises.drill;
          expect(summarizeActivities(data.activities).drills.count + teams.held).toBe(
            summarizeActivities(DatasetSchema.parse(rawDataset()).activities).drills.count +
              summarizeTeams(DatasetSchema.parse(rawDataset()).teams).exercises.drill.held,
          );
        },
      ),
      { numRuns: 25 },
    );
  });

  it("warns when a team lists it without the activity's id", () => {
    const raw = rawDataset();
    const drill = (raw["activities"] as Raw[]).find((a) => a["kind"] === "drill") as Raw;
    const team = (raw["teams"] as Raw[])[0] as Raw;
    team["unitCode"] = drill["unitCode"];
    team["trainings"] = [
      { kind: "drill", heldOn: drill["date"], level: "village", participants: 5 },
    ];
    expect(validateDataset(raw).issues).toContainEqual(
      expect.objectContaining({
        severity: "warning",
        code: "team-drill-duplicates-activity",
        path: ["teams", 0, "trainings", 0],
      }),
    );
  });
});
