import { DEFAULT_LEGAL_CLASS, type IncidentCategory, type IncidentLegalClass } from "./labels.js";

/**
 * The default legal class of an incident category: whether reports count an incident of
 * that category as a criminal offence, an administrative violation, an accident or a
 * dispute when the incident does not say otherwise.
 *
 * @description The mapping:
 *
 * | category | default legal class | why |
 * |---|---|---|
 * | `theft`, `snatching`, `robbery`, `assault`, `public-disorder`, `street-racing`, `fraud`, `online-fraud`, `drugs`, `gambling` | `criminal` | each is named after an offence of the Penal Code (Articles 173, 171, 168, 134, 318, 266, 174, 290, 247 to 259 and 321) and reports count it under "phạm pháp hình sự" |
 * | `modified-vehicle`, `urban-order` | `administrative` | sanctioned by decree (vi phạm hành chính), not by the Penal Code |
 * | `prostitution` | `administrative` | selling and buying sex are administrative violations; organising or brokering it (Penal Code Articles 327, 328) is criminal and says so in `legalClass` |
 * | `traffic-accident`, `fire` | `accident` | an accident unless an offence is found |
 * | `dispute` | `dispute` | a quarrel between residents, handled by mediation |
 * | `other` | `other` | |
 *
 * A default is only a default: a theft below the criminal threshold, or a gambling or
 * fighting case settled with a fine, is administrative; a traffic accident with a
 * prosecuted driver, or arson, is criminal. Such an incident says so in its own
 * `legalClass` field, and {@link incidentLegalClass} reads that first.
 *
 * The mapping is the data table {@link DEFAULT_LEGAL_CLASS}: a category added to
 * {@link INCIDENT_CATEGORY_LABELS} does not compile until it is given a class there.
 *
 * @param category - an incident category
 * @returns its default legal class
 * @throws RangeError when given a code that is not an incident category, which only data
 *   that skipped {@link IncidentCategorySchema} can hold
 * @category Code lists
 * @example
 * ```ts
 * import { defaultLegalClassOf } from "antt";
 * defaultLegalClassOf("snatching");        // "criminal"
 * defaultLegalClassOf("modified-vehicle"); // "administrative"
 * defaultLegalClassOf("traffic-accident"); // "accident"
 * ```
 */
export function defaultLegalClassOf(category: IncidentCategory): IncidentLegalClass {
  const legalClass = Object.hasOwn(DEFAULT_LEGAL_CLASS, category)
    ? DEFAULT_LEGAL_CLASS[category]
    : undefined;
  if (legalClass === undefined) {
    throw new RangeError(
      `${JSON.stringify(String(category)).slice(0, 80)} is not an incident category (Không phải loại vụ việc)`,
    );
  }
  return legalClass;
}

/**
 * The legal class an incident is counted under: its own `legalClass` when it has one,
 * otherwise the default of its category ({@link defaultLegalClassOf}).
 *
 * @param incident - an incident, or any object with its `category` and `legalClass`
 * @returns the legal class to count the incident under
 * @category Code lists
 * @example
 * ```ts
 * import { incidentLegalClass } from "antt";
 * incidentLegalClass({ category: "gambling" });                            // "criminal"
 * incidentLegalClass({ category: "gambling", legalClass: "administrative" }); // "administrative"
 * ```
 */
export function incidentLegalClass(incident: {
  readonly category: IncidentCategory;
  readonly legalClass?: IncidentLegalClass | undefined;
}): IncidentLegalClass {
  return incident.legalClass ?? defaultLegalClassOf(incident.category);
}

/**
 * The former name of {@link defaultLegalClassOf}.
 *
 * @deprecated Use {@link defaultLegalClassOf}: the name says it gives a category's default, apart from `incidentLegalClass`, the class an incident is counted under. The old name stays until 1.0.
 * @category Code lists
 * @example
 * ```ts
 * import { defaultLegalClassOf } from "antt";
 * defaultLegalClassOf("snatching"); // "criminal"
 * ```
 */
export const legalClassOf = defaultLegalClassOf;
