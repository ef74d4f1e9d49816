/**
 * The record types the sample generator writes, taken from the library's own dataset
 * envelope, and the drafts it builds them from.
 */
import type { DatasetInput } from "../../src/dataset/index.js";

type Item<K extends keyof DatasetInput> =
  NonNullable<DatasetInput[K]> extends readonly (infer R)[] ? R : never;
export type Unit = Item<"units">;
export type Model = Item<"models">;
export type Site = Item<"sites">;
export type Review = Item<"reviews">;
export type Team = Item<"teams">;
export type Camera = Item<"cameras">;
export type Incident = Item<"incidents">;
export type Extraction = Item<"extractions">;
export type Activity = Item<"activities">;
export type ActivityOf<K extends Activity["kind"]> = Extract<Activity, { kind: K }>;
export type Contribution = Item<"contributions">;
export type Expense = Item<"expenses">;
export type Coverage = Item<"coverage">;
export type Force = Item<"forces">;
export type Category = Incident["category"];
export type OwnerKind = Camera["ownerKind"];

/** A commune, ward or township with the point its records are scattered around. */
export interface Place {
  readonly code: string;
  readonly name: string;
  readonly type: "commune" | "ward" | "township";
  readonly lat: number;
  readonly lng: number;
}

/** A place of the smaller city datasets, with its villages (thôn) or quarters (khối phố). */
export interface CityPlace extends Place {
  readonly villages: readonly string[];
}

/** A draft incident, before it gets its id (ids follow the order of occurrence). */
export interface IncidentDraft {
  id: string;
  category: Category;
  occurred: number;
  reported: number;
  place: Place;
  village: string;
  detectedBy: Incident["detectedBy"];
  cameraIds: string[];
  status: Incident["status"];
  clarified?: { on: string; by: NonNullable<Incident["clarified"]>["by"] };
  suspects?: number;
  victims?: number;
  damageVnd?: number;
  description: string;
  location: { lat: number; lng: number };
  mode: "camera" | "other" | "open";
}

/** The envelope fields a dataset starts with, before its records. */
export interface Envelope {
  readonly schemaVersion: "1.0";
  readonly name: string;
  readonly description: string;
  readonly area: { readonly unitCode: string; readonly name: string };
  readonly covers: { readonly start: string; readonly end: string };
}
