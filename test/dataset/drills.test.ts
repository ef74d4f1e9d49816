// A drill is recorded in one place: a team's drill may name the drill activity that records
// it (`activityId`), must name a drill (or, for a training, a training), and a team drill
// that repeats a drill activity without naming it is a warning.
import { describe, expect, it } from "vitest";
import { validateDataset } from "../../src/dataset/index.js";
import { TeamSchema } from "../../src/teams/index.js";

const commune = "16000";

function activity(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: "drill",
    id: "act-6",
    unitCode: commune,
    date: "2024-08-19",
    level: "commune",
    participants: 80,
    topic: "fire",
    ...over,
  };
}

function dataset(
  trainings: Record<string, unknown>[],
  activities: Record<string, unknown>[] = [activity()],
  unitCode = `${commune}.thon-2`,
) {
  return {
    schemaVersion: "1.0",
    activities,
    teams: [
      {
        id: "t-1",
        kind: "fire-safety-group",
        name: "Tổ liên gia 1",
        unitCode,
        householdCount: 7,
        foundedOn: "2023-05-01",
        trainings,
      },
    ],
  };
}

const teamDrill = (over: Record<string, unknown> = {}) => ({
  kind: "drill",
  heldOn: "2024-08-19",
  level: "village",
  participants: 12,
  ...over,
});

const codes = (input: unknown) =>
  validateDataset(input).issues.map((issue) => [issue.severity, issue.code, issue.path.join(".")]);

describe("a team's drill that names the activity recording it", () => {
  it("is accepted when it names a drill activity", () => {
    const result = validateDataset(dataset([teamDrill({ activityId: "act-6", topic: "fire" })]));
    expect(result.success).toBe(true);
    expect(result.issues).toEqual([]);
  });

  it("is refused when it names no activity, with a message naming the field", () => {
    const result = validateDataset(dataset([teamDrill({ activityId: "act-9" })]));
    expect(result.success).toBe(false);
    expect(result.issues).toHaveLength(1);
    const issue = result.issues[0];
    expect(issue).toMatchObject({
      severity: "error",
      code: "unknown-reference",
      path: ["teams", 0, "trainings", 0, "activityId"],
    });
    expect(issue?.message.en).toContain("activityId");
    expect(issue?.message.vi).toContain("Mã hoạt động (activityId) act-9");
  });

  it("is refused when it names an activity that is not a drill", () => {
    const patrol = {
      kind: "patrol",
      id: "act-6",
      unitCode: commune,
      startedAt: "2024-08-19T20:00:00+07:00",
      participants: 6,
      directedByCamera: false,
    };
    const result = validateDataset(dataset([teamDrill({ activityId: "act-6" })], [patrol]));
    expect(result.success).toBe(false);
    expect(codes(dataset([teamDrill({ activityId: "act-6" })], [patrol]))).toEqual([
      ["error", "team-exercise-activity-kind", "teams.0.trainings.0.activityId"],
    ]);
    expect(result.issues[0]?.message.vi).toContain("không phải diễn tập");
  });

  it("holds a training to the same rule: it names a training activity", () => {
    const training = activity({ kind: "training", id: "act-7" });
    const entry = { kind: "training", heldOn: "2024-08-19", level: "commune", participants: 4 };
    expect(codes(dataset([{ ...entry, activityId: "act-7" }], [training]))).toEqual([]);
    expect(codes(dataset([{ ...entry, activityId: "act-6" }]))).toEqual([
      ["error", "team-exercise-activity-kind", "teams.0.trainings.0.activityId"],
    ]);
  });
});

describe("a team's drill that repeats a drill activity without naming it", () => {
  it("is a warning: same day, same unit (a village of the activity's commune), same topic", () => {
    const result = validateDataset(dataset([teamDrill({ topic: "fire" })]));
    expect(result.success).toBe(true);
    expect(codes(dataset([teamDrill({ topic: "fire" })]))).toEqual([
      ["warning", "team-drill-duplicates-activity", "teams.0.trainings.0"],
    ]);
    expect(result.issues[0]?.message.en).toContain("activityId act-6");
    expect(result.issues[0]?.message.vi).toContain("ghi mã hoạt động act-6");
  });

  it("is a warning when the team's drill gives no topic", () => {
    expect(codes(dataset([teamDrill()]))).toEqual([
      ["warning", "team-drill-duplicates-activity", "teams.0.trainings.0"],
    ]);
  });

  it("is not one on another day, on another topic, in another village or commune", () => {
    expect(codes(dataset([teamDrill({ heldOn: "2024-08-20" })]))).toEqual([]);
    expect(codes(dataset([teamDrill({ topic: "security" })]))).toEqual([]);
    const village = [activity({ unitCode: `${commune}.thon-3` })];
    expect(codes(dataset([teamDrill()], village))).toEqual([]);
    expect(codes(dataset([teamDrill()], [activity()], "16003"))).toEqual([]);
  });

  it("is not one for a training on the day of a drill", () => {
    const training = { kind: "training", heldOn: "2024-08-19", level: "commune", participants: 4 };
    expect(codes(dataset([training]))).toEqual([]);
  });
});

describe("the scale of a drill's scenario", () => {
  it("is recorded on a team's drill and on a drill activity", () => {
    const input = dataset(
      [teamDrill({ activityId: "act-6", scenarioScale: "residential-cluster" })],
      [activity({ scenarioScale: "commune" })],
    );
    expect(validateDataset(input).issues).toEqual([]);
  });

  it("is refused on a team's training, at the field", () => {
    const team = dataset([]).teams[0];
    const result = TeamSchema.safeParse({
      ...team,
      trainings: [
        {
          kind: "training",
          heldOn: "2024-08-19",
          level: "commune",
          participants: 4,
          scenarioScale: "commune",
        },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toMatchObject([
      {
        path: ["trainings", 0, "scenarioScale"],
        params: { code: "scenario-scale-on-training" },
      },
    ]);
  });

  it("is a code of the list", () => {
    const result = validateDataset(dataset([], [activity({ scenarioScale: "hamlet" })]));
    expect(result.success).toBe(false);
    expect(result.issues[0]?.path).toEqual(["activities", 0, "scenarioScale"]);
  });
});
