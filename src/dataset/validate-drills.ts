// A drill is recorded in one place: a team's drill or training that names the activity
// recording it (`activityId`) must name an activity of the same kind, and a team's drill
// that does not name one must not repeat a drill activity (internal to the dataset domain).
import { type Checker, idKey, type Raw, type Valid } from "./validate-checker.js";

/** The commune part of a unit code ("15532.thon-3" → "15532"). */
function communeOf(code: string): string {
  const dot = code.indexOf(".");
  return dot < 0 ? code : code.slice(0, dot);
}

/** Whether two unit codes are the same unit, or one is a village of the other. */
function sameUnit(a: string, b: string): boolean {
  return a === b || (communeOf(a) === communeOf(b) && (!a.includes(".") || !b.includes(".")));
}

export function checkTeamExercises(c: Checker, valid: Valid): void {
  // Drill activities by day and commune, to find a team drill that repeats one.
  const drills = new Map<string, Raw[]>();
  for (const activity of valid.activities) {
    if (activity?.["kind"] !== "drill") continue;
    const key = `${String(activity["date"])}|${communeOf(String(activity["unitCode"]))}`;
    const list = drills.get(key);
    if (list) list.push(activity);
    else drills.set(key, [activity]);
  }
  const activities = c.ids.get("activities");
  valid.teams.forEach((team, i) => {
    const trainings = team?.["trainings"];
    if (!team || !Array.isArray(trainings)) return;
    const unitCode = String(team["unitCode"]);
    (trainings as Raw[]).forEach((training, j) => {
      const kind = training["kind"];
      const activityId = training["activityId"];
      if (typeof activityId === "string") {
        const path = ["teams", i, "trainings", j, "activityId"];
        const activity = activities?.get(idKey(activityId));
        if (!activity) {
          c.add(
            "error",
            path,
            "unknown-reference",
            `The activity id (activityId) ${activityId} of this ${String(kind)} names no activity of the dataset`,
            `Mã hoạt động (activityId) ${activityId} của buổi ${kind === "drill" ? "diễn tập" : "tập huấn"} này không có trong danh sách hoạt động`,
          );
        } else if (activity["kind"] !== kind) {
          c.add(
            "error",
            path,
            "team-exercise-activity-kind",
            `The activity id (activityId) ${activityId} names a ${String(activity["kind"])} activity, not a ${String(kind)}`,
            `Mã hoạt động (activityId) ${activityId} là hoạt động loại ${String(activity["kind"])}, không phải ${kind === "drill" ? "diễn tập" : "tập huấn"}`,
          );
        }
        return;
      }
      if (kind !== "drill") return;
      const heldOn = String(training["heldOn"]);
      const topic = training["topic"];
      const same = drills
        .get(`${heldOn}|${communeOf(unitCode)}`)
        ?.find(
          (activity) =>
            sameUnit(unitCode, String(activity["unitCode"])) &&
            (topic === undefined || topic === activity["topic"]),
        );
      if (same) {
        const id = String(same["id"]);
        c.add(
          "warning",
          ["teams", i, "trainings", j],
          "team-drill-duplicates-activity",
          `This drill on ${heldOn} has no activity id (activityId), but drill activity ${id} is on the same day, in the same unit, on the same topic: if it is the same drill, give activityId ${id} so that it is counted once`,
          `Buổi diễn tập ngày ${heldOn} không ghi mã hoạt động (activityId) nhưng trùng ngày, đơn vị, nội dung với hoạt động diễn tập ${id}: nếu là cùng một cuộc, ghi mã hoạt động ${id} để chỉ đếm một lần`,
        );
      }
    });
  });
}
