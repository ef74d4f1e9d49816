// Internal: the categories of the incidents that footage extractions served, looked up
// by id and reconciled across states. Not part of the public API: neither
// extraction-summary.ts nor the folder index re-exports this module.

import { keyOf } from "../aggregate/summaries.js";
import { type IncidentLookup, UNKNOWN_INCIDENT } from "./extraction-summary-types.js";
import type { Incident } from "./schema.js";

function duplicateIncident(id: string, a: unknown, b: unknown): RangeError {
  return new RangeError(
    `The incident ${JSON.stringify(id)} is given twice, with categories ${JSON.stringify(a)} and ${JSON.stringify(b)} (Vụ việc bị trùng mã với hai loại khác nhau)`,
  );
}

type Lookup = (id: string) => string | undefined;

/** A function from incident id to its category bucket, or `undefined` when not found. */
export function lookupOf(incidents: IncidentLookup): Lookup {
  const map = incidents as Partial<ReadonlyMap<string, Pick<Incident, "category">>>;
  if (!Array.isArray(incidents) && typeof map.get === "function" && typeof map.has === "function") {
    const get = map.get.bind(map);
    const has = map.has.bind(map);
    return (id) => (has(id) ? keyOf(get(id)?.category) : undefined);
  }
  const categories = new Map<string, string>();
  for (const incident of incidents as Iterable<Pick<Incident, "id" | "category">>) {
    const category = keyOf(incident.category);
    const known = categories.get(incident.id);
    if (known !== undefined && known !== category) {
      throw duplicateIncident(incident.id, known, category);
    }
    categories.set(incident.id, category);
  }
  return (id) => categories.get(id);
}

/**
 * The category bucket to keep when two states disagree about an incident (they were made
 * with different incidents): a looked-up category over none, a known category over
 * `unknown-incident`, then the smaller code. A total order, so merging stays commutative
 * and associative.
 */
export function pickCategory(a: string | null, b: string | null): string | null {
  if (a === b || b === null) return a;
  if (a === null) return b;
  if (a === UNKNOWN_INCIDENT) return b;
  if (b === UNKNOWN_INCIDENT) return a;
  return a < b ? a : b;
}
