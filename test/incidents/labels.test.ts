import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { type Label, label } from "../../src/core/index.js";
import {
  CLARIFICATION_MEANS_LABELS,
  ClarificationMeansSchema,
  EXTRACTION_OUTCOME_LABELS,
  EXTRACTION_PURPOSE_LABELS,
  ExtractionOutcomeSchema,
  ExtractionPurposeSchema,
  INCIDENT_CATEGORY_LABELS,
  INCIDENT_DETECTION_LABELS,
  INCIDENT_STATUS_LABELS,
  IncidentCategorySchema,
  IncidentDetectionSchema,
  IncidentStatusSchema,
  LEGAL_CLASS_LABELS,
  LegalClassSchema,
} from "../../src/incidents/index.js";

const lists: [string, z.ZodEnum<Record<string, string>>, Record<string, Label>][] = [
  ["incident category", IncidentCategorySchema, INCIDENT_CATEGORY_LABELS],
  ["legal class", LegalClassSchema, LEGAL_CLASS_LABELS],
  ["detection", IncidentDetectionSchema, INCIDENT_DETECTION_LABELS],
  ["incident status", IncidentStatusSchema, INCIDENT_STATUS_LABELS],
  ["clarification means", ClarificationMeansSchema, CLARIFICATION_MEANS_LABELS],
  ["extraction purpose", ExtractionPurposeSchema, EXTRACTION_PURPOSE_LABELS],
  ["extraction outcome", ExtractionOutcomeSchema, EXTRACTION_OUTCOME_LABELS],
];

describe.each(lists)("the %s code list", (_, schema, labels) => {
  it("has exactly the codes of its labels, in their order", () => {
    expect(schema.options).toEqual(Object.keys(labels));
  });

  it("labels every code in Vietnamese and English", () => {
    for (const code of schema.options) {
      expect(label(labels, code, "vi").trim()).not.toBe("");
      expect(label(labels, code, "en").trim()).not.toBe("");
      expect(label(labels, code, "vi")).not.toBe(code);
    }
  });

  it("gives each code its own Vietnamese label", () => {
    const vi = schema.options.map((code) => label(labels, code, "vi"));
    expect(new Set(vi).size).toBe(vi.length);
  });

  it("uses stable kebab-case codes", () => {
    for (const code of schema.options) expect(code).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/);
  });

  it("carries its labels as metadata for JSON Schema", () => {
    expect(schema.meta()?.["x-labels"]).toEqual(labels);
  });
});

describe("incident categories", () => {
  it("include every category named in the glossary and in published reports", () => {
    expect(IncidentCategorySchema.options).toEqual(
      expect.arrayContaining([
        "theft",
        "snatching",
        "robbery",
        "assault",
        "public-disorder",
        "street-racing",
        "traffic-accident",
        "fraud",
        "drugs",
        "gambling",
        "fire",
        "dispute",
        "modified-vehicle",
        "urban-order",
        "online-fraud",
        "other",
      ]),
    );
  });

  it("read as reports write them", () => {
    expect(label(INCIDENT_CATEGORY_LABELS, "theft")).toBe("Trộm cắp tài sản");
    expect(label(INCIDENT_CATEGORY_LABELS, "snatching")).toBe("Cướp giật tài sản");
    expect(label(INCIDENT_CATEGORY_LABELS, "assault")).toBe("Cố ý gây thương tích");
    expect(label(INCIDENT_CATEGORY_LABELS, "public-disorder")).toBe("Gây rối trật tự công cộng");
    expect(label(LEGAL_CLASS_LABELS, "criminal")).toBe("Phạm pháp hình sự");
    expect(label(LEGAL_CLASS_LABELS, "administrative")).toBe("Vi phạm hành chính");
  });
});
