import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type IncidentCategory,
  IncidentCategorySchema,
  incidentLegalClass,
  type LegalClass,
  LegalClassSchema,
  legalClassOf,
} from "../../src/incidents/index.js";

const EXPECTED: Record<IncidentCategory, LegalClass> = {
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
  fire: "accident",
  dispute: "dispute",
  "modified-vehicle": "administrative",
  "urban-order": "administrative",
  other: "other",
};

describe("legalClassOf", () => {
  it.each(IncidentCategorySchema.options)("gives %s its documented default class", (category) => {
    expect(legalClassOf(category)).toBe(EXPECTED[category]);
  });

  it("maps every category to a class of the legal class code list", () => {
    for (const category of IncidentCategorySchema.options) {
      expect(LegalClassSchema.options).toContain(legalClassOf(category));
    }
  });

  it("uses every legal class for some category", () => {
    const used = new Set(IncidentCategorySchema.options.map(legalClassOf));
    expect([...used].sort()).toEqual([...LegalClassSchema.options].sort());
  });

  it("takes a category and returns a legal class", () => {
    expectTypeOf(legalClassOf).parameter(0).toEqualTypeOf<IncidentCategory>();
    expectTypeOf(legalClassOf).returns.toEqualTypeOf<LegalClass>();
  });

  it("throws on a code outside the list, which only unparsed data can carry", () => {
    // @ts-expect-error: a code outside the list is a compile error
    expect(() => legalClassOf("burglary")).toThrow(/burglary/);
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
