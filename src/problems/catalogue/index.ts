// The problem catalogue: every problem the library can report, by code, from each part.
import type { ProblemEntries, ProblemEntry } from "../types.js";
import { ACTIVITY_PROBLEMS } from "./activities.js";
import { ADMIN_PROBLEMS } from "./admin.js";
import { CAMERA_PROBLEMS } from "./cameras.js";
import { CLI_PROBLEMS } from "./cli.js";
import { CORE_PROBLEMS } from "./core.js";
import { DATASET_PROBLEMS } from "./dataset.js";
import { FOOTAGE_PROBLEMS } from "./footage.js";
import { FORCE_PROBLEMS } from "./forces.js";
import { FUNDING_PROBLEMS } from "./funding.js";
import { INCIDENT_PROBLEMS } from "./incidents.js";
import { INTERCHANGE_PROBLEMS } from "./interchange.js";
import { IO_PROBLEMS } from "./io.js";
import { MODEL_PROBLEMS } from "./models.js";
import { PRIVACY_PROBLEMS } from "./privacy.js";
import { REPORT_PROBLEMS } from "./reports.js";
import { SCHEMA_PROBLEMS } from "./schema.js";
import { STATE_PROBLEMS } from "./states.js";
import { STREAM_PROBLEMS } from "./stream.js";
import { TEAM_PROBLEMS } from "./teams.js";

/** The parts of the catalogue, each with the name of the part of the library it covers. */
export const CATALOGUE_PARTS: readonly {
  readonly part: string;
  readonly entries: ProblemEntries;
}[] = [
  { part: "schema", entries: SCHEMA_PROBLEMS },
  { part: "core", entries: CORE_PROBLEMS },
  { part: "admin", entries: ADMIN_PROBLEMS },
  { part: "cameras", entries: CAMERA_PROBLEMS },
  { part: "funding", entries: FUNDING_PROBLEMS },
  { part: "incidents", entries: INCIDENT_PROBLEMS },
  { part: "footage", entries: FOOTAGE_PROBLEMS },
  { part: "activities", entries: ACTIVITY_PROBLEMS },
  { part: "models", entries: MODEL_PROBLEMS },
  { part: "teams", entries: TEAM_PROBLEMS },
  { part: "forces", entries: FORCE_PROBLEMS },
  { part: "dataset", entries: DATASET_PROBLEMS },
  { part: "stream", entries: STREAM_PROBLEMS },
  { part: "states", entries: STATE_PROBLEMS },
  { part: "reports", entries: REPORT_PROBLEMS },
  { part: "cli", entries: CLI_PROBLEMS },
  { part: "io", entries: IO_PROBLEMS },
  { part: "interchange", entries: INTERCHANGE_PROBLEMS },
  { part: "privacy", entries: PRIVACY_PROBLEMS },
];

const BY_CODE = new Map<string, ProblemEntry>();
for (const { entries } of CATALOGUE_PARTS) {
  for (const code of Object.keys(entries)) BY_CODE.set(code, entries[code] as ProblemEntry);
}

/** The entry of a code, or undefined for a code not in the catalogue. */
export function problemEntry(code: string): ProblemEntry | undefined {
  return BY_CODE.get(code);
}
