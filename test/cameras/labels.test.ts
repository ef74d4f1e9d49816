import { describe, expect, it } from "vitest";
import {
  CAMERA_COMPLIANCE_STATUS_LABELS,
  CAMERA_COVERAGE_LABELS,
  CAMERA_FUNDING_SOURCE_LABELS,
  CAMERA_OWNER_KIND_LABELS,
  CAMERA_RULE_LABELS,
  CAMERA_SHARING_TIER_LABELS,
  CAMERA_STATUS_LABELS,
  CameraComplianceStatusSchema,
  CameraCoverageSchema,
  CameraFundingSourceSchema,
  CameraOwnerKindSchema,
  CameraRuleSchema,
  CameraSharingTierSchema,
  CameraStatusSchema,
} from "../../src/cameras/index.js";
import { label } from "../../src/core/index.js";
import { describeCodeLists } from "../support/code-lists.js";

describeCodeLists({
  each: "the camera %s code list",
  lists: [
    ["owner kind", CAMERA_OWNER_KIND_LABELS, CameraOwnerKindSchema],
    ["funding source", CAMERA_FUNDING_SOURCE_LABELS, CameraFundingSourceSchema],
    ["sharing tier", CAMERA_SHARING_TIER_LABELS, CameraSharingTierSchema],
    ["coverage", CAMERA_COVERAGE_LABELS, CameraCoverageSchema],
    ["status", CAMERA_STATUS_LABELS, CameraStatusSchema],
    ["rule", CAMERA_RULE_LABELS, CameraRuleSchema],
    ["compliance status", CAMERA_COMPLIANCE_STATUS_LABELS, CameraComplianceStatusSchema],
  ],
});

describe("camera labels", () => {
  it("name the owner kinds the published figures split by", () => {
    expect(CameraOwnerKindSchema.options).toEqual([
      "household",
      "public",
      "agency",
      "business",
      "school",
      "police",
    ]);
    expect(CAMERA_OWNER_KIND_LABELS.household.vi).toBe("Hộ gia đình");
  });

  it("say who paid in the words of reports", () => {
    expect(label(CAMERA_FUNDING_SOURCE_LABELS, "budget")).toBe("Ngân sách nhà nước");
    expect(label(CAMERA_FUNDING_SOURCE_LABELS, "households", "en")).toBe("Households");
  });
});
