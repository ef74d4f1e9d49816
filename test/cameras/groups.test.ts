import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CAMERA_COVERAGE_LABELS,
  CAMERA_OWNER_GROUP_LABELS,
  CAMERA_OWNER_GROUP_OF,
  CAMERA_OWNER_KIND_LABELS,
  type CameraCoverage,
  cameraFacesPublic,
  cameraOwnerGroupOf,
} from "../../src/cameras/index.js";
import { codesOf } from "../../src/core/labels.js";

describe("camera owner groups", () => {
  it("puts every owner kind in exactly one group, and every group has a kind", () => {
    expect(Object.keys(CAMERA_OWNER_GROUP_OF).sort()).toEqual(
      codesOf(CAMERA_OWNER_KIND_LABELS).sort(),
    );
    const used = new Set(Object.values(CAMERA_OWNER_GROUP_OF));
    expect([...used].sort()).toEqual(codesOf(CAMERA_OWNER_GROUP_LABELS).sort());
  });

  it("counts agencies, businesses and schools together, as published reports do", () => {
    expect(cameraOwnerGroupOf("agency")).toBe("agencies-businesses-schools");
    expect(cameraOwnerGroupOf("business")).toBe("agencies-businesses-schools");
    expect(cameraOwnerGroupOf("school")).toBe("agencies-businesses-schools");
    expect(cameraOwnerGroupOf("household")).toBe("households");
    expect(cameraOwnerGroupOf("public")).toBe("public");
    expect(cameraOwnerGroupOf("police")).toBe("police");
  });

  it("refuses a kind that is no owner kind, even one Object.prototype has", () => {
    for (const kind of ["constructor", "__proto__", "toString", "hộ gia đình"]) {
      expect(() => cameraOwnerGroupOf(kind as "household")).toThrow(RangeError);
      expect(() => cameraOwnerGroupOf(kind as "household")).toThrow(/not a camera owner kind/);
    }
  });

  it("lists the groups in the published order, agencies before households", () => {
    expect(codesOf(CAMERA_OWNER_GROUP_LABELS)).toEqual([
      "agencies-businesses-schools",
      "households",
      "public",
      "police",
    ]);
  });
});

describe("cameraFacesPublic", () => {
  it("is true exactly when the coverage includes a road or a public place", () => {
    const coverage = fc.uniqueArray(
      fc.constantFrom(...(codesOf(CAMERA_COVERAGE_LABELS) as CameraCoverage[])),
      { minLength: 1, maxLength: 3 },
    );
    fc.assert(
      fc.property(coverage, (c) => {
        expect(cameraFacesPublic({ coverage: c })).toBe(
          c.includes("road") || c.includes("public-place"),
        );
      }),
    );
    expect(cameraFacesPublic({ coverage: ["private"] })).toBe(false);
  });
});
