import { describe, expect, it } from "vitest";
import {
  CLARIFICATION_MEANS_LABELS,
  ClarificationMeansSchema,
  EXTRACTION_OUTCOME_LABELS,
  EXTRACTION_PURPOSE_LABELS,
  ExtractionOutcomeSchema,
  ExtractionPurposeSchema,
  INCIDENT_CATEGORY_LABELS,
  INCIDENT_CAUSE_LABELS,
  INCIDENT_DETECTION_LABELS,
  INCIDENT_LEGAL_CLASS_LABELS,
  INCIDENT_STATUS_LABELS,
  IncidentCategorySchema,
  IncidentCauseSchema,
  IncidentDetectionSchema,
  IncidentLegalClassSchema,
  IncidentStatusSchema,
  TRAFFIC_SEVERITY_LABELS,
  TrafficSeveritySchema,
} from "../../src/incidents/index.js";
import { describeCodeLists, expectLabels } from "../support/code-lists.js";

describeCodeLists({
  each: "the %s code list",
  lists: [
    ["incident category", INCIDENT_CATEGORY_LABELS, IncidentCategorySchema],
    ["legal class", INCIDENT_LEGAL_CLASS_LABELS, IncidentLegalClassSchema],
    ["detection", INCIDENT_DETECTION_LABELS, IncidentDetectionSchema],
    ["incident status", INCIDENT_STATUS_LABELS, IncidentStatusSchema],
    ["clarification means", CLARIFICATION_MEANS_LABELS, ClarificationMeansSchema],
    ["extraction purpose", EXTRACTION_PURPOSE_LABELS, ExtractionPurposeSchema],
    ["extraction outcome", EXTRACTION_OUTCOME_LABELS, ExtractionOutcomeSchema],
    ["incident cause", INCIDENT_CAUSE_LABELS, IncidentCauseSchema],
    ["traffic severity", TRAFFIC_SEVERITY_LABELS, TrafficSeveritySchema],
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
    expectLabels(INCIDENT_CATEGORY_LABELS, {
      theft: "Trộm cắp tài sản",
      snatching: "Cướp giật tài sản",
      assault: "Cố ý gây thương tích",
      "public-disorder": "Gây rối trật tự công cộng",
    });
    expectLabels(INCIDENT_LEGAL_CLASS_LABELS, {
      criminal: "Phạm pháp hình sự",
      administrative: "Vi phạm hành chính",
    });
  });
});
