// The deprecated names listed under "Renamed" in CHANGELOG.md: each is the very same value
// or type as its new name, so code written against the old name keeps working until 1.0.
import { describe, expect, expectTypeOf, it } from "vitest";
import type {
  IncidentLegalClass,
  JSONSchema,
  JsonSchema,
  LegalClass,
  MergesJSONOptions,
  MergesJsonOptions,
  SplitsJSONOptions,
  SplitsJsonOptions,
} from "../src/index.js";
import {
  defaultLegalClassOf,
  INCIDENT_LEGAL_CLASS_LABELS,
  IncidentLegalClassSchema,
  LEGAL_CLASS_LABELS,
  LegalClassSchema,
  legalClassOf,
  loadMergesJSON,
  loadMergesJson,
  loadSplitsJSON,
  loadSplitsJson,
} from "../src/index.js";

describe("deprecated aliases", () => {
  it.each([
    ["LEGAL_CLASS_LABELS", LEGAL_CLASS_LABELS, INCIDENT_LEGAL_CLASS_LABELS],
    ["LegalClassSchema", LegalClassSchema, IncidentLegalClassSchema],
    ["legalClassOf", legalClassOf, defaultLegalClassOf],
    ["loadMergesJson", loadMergesJson, loadMergesJSON],
    ["loadSplitsJson", loadSplitsJson, loadSplitsJSON],
  ] as const)("%s is its new name", (_old, old, renamed) => {
    expect(old).toBeDefined();
    expect(old).toBe(renamed);
  });

  it("keeps the old type names as the new types", () => {
    expectTypeOf<LegalClass>().toEqualTypeOf<IncidentLegalClass>();
    expectTypeOf<JsonSchema>().toEqualTypeOf<JSONSchema>();
    expectTypeOf<MergesJsonOptions>().toEqualTypeOf<MergesJSONOptions>();
    expectTypeOf<SplitsJsonOptions>().toEqualTypeOf<SplitsJSONOptions>();
  });
});
