import { describe, expect, it } from "vitest";
import type * as z from "zod";
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
import { type Label, label } from "../../src/core/index.js";

const lists: [string, z.ZodEnum<Record<string, string>>, Record<string, Label>][] = [
  ["owner kind", CameraOwnerKindSchema, CAMERA_OWNER_KIND_LABELS],
  ["funding source", CameraFundingSourceSchema, CAMERA_FUNDING_SOURCE_LABELS],
  ["sharing tier", CameraSharingTierSchema, CAMERA_SHARING_TIER_LABELS],
  ["coverage", CameraCoverageSchema, CAMERA_COVERAGE_LABELS],
  ["status", CameraStatusSchema, CAMERA_STATUS_LABELS],
  ["rule", CameraRuleSchema, CAMERA_RULE_LABELS],
  ["compliance status", CameraComplianceStatusSchema, CAMERA_COMPLIANCE_STATUS_LABELS],
];

describe.each(lists)("the camera %s code list", (_, schema, labels) => {
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

  it("uses stable kebab-case codes", () => {
    for (const code of schema.options) expect(code).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/);
  });

  it("carries its labels as metadata for JSON Schema", () => {
    expect(schema.meta()?.["x-labels"]).toEqual(labels);
    expect(schema.meta()?.description).toBeTruthy();
  });

  it("rejects a code that is not in the list", () => {
    expect(schema.safeParse("not-a-code").success).toBe(false);
  });
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
