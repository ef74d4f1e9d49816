/**
 * Thọ Xuân's police statistics beyond the published figures (illustrative): the casualties,
 * causes and severity of fires and traffic accidents, the people found on ambushes and
 * sweeps, and the recorders and duty-room screens of the commune police points. Drawn after
 * every other record, so that the records and figures drawn before them do not move.
 */

import type { Rng } from "./rng.js";
import { ACCIDENTS, SWEEPS } from "./tho-xuan-data.js";
import type { Activity, Camera, Incident } from "./types.js";

export function txStatistics(
  rng: Rng,
  incidents: Incident[],
  activities: Activity[],
  cameras: Camera[],
): void {
  for (const incident of incidents) {
    if (incident.category === "traffic-accident") {
      const victims = incident.victims ?? 0;
      if (rng.chance(ACCIDENTS.accidentShare)) {
        const deaths = rng.weighted([
          [1, 0.6],
          [0, 0.3],
          [2, 0.1],
        ] as const);
        incident.trafficSeverity = "accident";
        incident.casualties = { deaths, injuries: Math.max(victims - deaths, 0) };
        incident.cause = rng.weighted(ACCIDENTS.trafficCauses);
      } else {
        incident.trafficSeverity = "collision";
        incident.casualties = { deaths: 0, injuries: rng.chance(0.5) ? victims : 0 };
      }
    } else if (incident.category === "fire") {
      incident.cause = rng.weighted(ACCIDENTS.fireCauses);
      incident.casualties = { deaths: 0, injuries: 0 };
    }
  }
  for (const activity of activities) {
    if (activity.kind === "ambush") {
      const subjects = {
        "modified-vehicle": rng.int(1, 4),
        "street-racing": rng.int(0, 3),
      };
      activity.subjectsByCategory = Object.fromEntries(
        Object.entries(subjects).filter(([, n]) => n > 0),
      );
    } else if (activity.kind === "patrol" && rng.chance(SWEEPS.sweepShare)) {
      const category = rng.pick(["gambling", "drugs"] as const);
      activity.subjectsByCategory = { [category]: rng.int(2, 8) };
      activity.note ??= SWEEPS.note;
    }
  }
  for (const camera of cameras) {
    if (camera.ownerKind === "police") {
      camera.recorders = rng.int(1, 2);
      camera.dutyRoomScreens = rng.int(1, 2);
    }
  }
}
