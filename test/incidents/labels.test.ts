import { describe, expect, it } from "vitest";
import { label } from "../../src/core/index.js";
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
import { describeCodeLists } from "../support/code-lists.js";

describeCodeLists({
  each: "the %s code list",
  lists: [
    ["incident category", INCIDENT_CATEGORY_LABELS, IncidentCategorySchema],
    ["legal class", LEGAL_CLASS_LABELS, LegalClassSchema],
    ["detection", INCIDENT_DETECTION_LABELS, IncidentDetectionSchema],
    ["incident status", INCIDENT_STATUS_LABELS, IncidentStatusSchema],
    ["clarification means", CLARIFICATION_MEANS_LABELS, ClarificationMeansSchema],
    ["extraction purpose", EXTRACTION_PURPOSE_LABELS, ExtractionPurposeSchema],
    ["extraction outcome", EXTRACTION_OUTCOME_LABELS, ExtractionOutcomeSchema],
  ],
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
