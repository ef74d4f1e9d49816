import { describe, expect, expectTypeOf, it } from "vitest";
import {
  defaultLegalClassOf,
  type IncidentCategory,
  IncidentCategorySchema,
  type IncidentLegalClass,
  IncidentLegalClassSchema,
  incidentLegalClass,
} from "../../src/incidents/index.js";

const EXPECTED: Record<IncidentCategory, IncidentLegalClass> = {
  theft: "criminal",
  snatching: "criminal",
  robbery: "criminal",
  assault: "criminal",
  "public-disorder": "criminal",
  "street-racing": "criminal",
  "traffic-accident": "accident",
  fraud: "criminal",
  "online-fraud": "criminal",
  drugs: "criminal",
  gambling: "criminal",
  prostitution: "administrative",
  fire: "accident",
  dispute: "dispute",
  "modified-vehicle": "administrative",
  "urban-order": "administrative",
  other: "other",
};

describe("defaultLegalClassOf", () => {
  it.each(IncidentCategorySchema.options)("gives %s its documented default class", (category) => {
    expect(defaultLegalClassOf(category)).toBe(EXPECTED[category]);
  });

  it("maps every category to a class of the legal class code list", () => {
    for (const category of IncidentCategorySchema.options) {
      expect(IncidentLegalClassSchema.options).toContain(defaultLegalClassOf(category));
    }
  });

  it("uses every legal class for some category", () => {
    const used = new Set(IncidentCategorySchema.options.map(defaultLegalClassOf));
    expect([...used].sort()).toEqual([...IncidentLegalClassSchema.options].sort());
  });

  it("takes a category and returns a legal class", () => {
    expectTypeOf(defaultLegalClassOf).parameter(0).toEqualTypeOf<IncidentCategory>();
    expectTypeOf(defaultLegalClassOf).returns.toEqualTypeOf<IncidentLegalClass>();
  });

  it("throws on a code outside the list, which only unparsed data can carry", () => {
    // @ts-expect-error: a code outside the list is a compile error
    expect(() => defaultLegalClassOf("burglary")).toThrow(/burglary/);
  });
});

describe("incidentLegalClass", () => {
  it("uses the category's default when the incident sets none", () => {
    expect(incidentLegalClass({ category: "gambling" })).toBe("criminal");
    expect(incidentLegalClass({ category: "gambling", legalClass: undefined })).toBe("criminal");
  });

  it("lets an incident override its category's default", () => {
    expect(incidentLegalClass({ category: "gambling", legalClass: "administrative" })).toBe(
      "administrative",
    );
    expect(incidentLegalClass({ category: "traffic-accident", legalClass: "criminal" })).toBe(
      "criminal",
    );
  });
});
