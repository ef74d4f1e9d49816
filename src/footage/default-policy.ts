import type { ExtractionPurpose } from "../incidents/index.js";
import type { FootagePolicy } from "./schema.js";

// A frozen list, so that no app changes the default for every other by pushing to it.
const frozen = (purposes: ExtractionPurpose[]): ExtractionPurpose[] =>
  Object.freeze(purposes) as ExtractionPurpose[];

/**
 * The footage policy the library ships (quy định mặc định), each value with its source; a
 * province overrides it with {@link footagePolicy}.
 *
 * @description The sources are those issue 18 names; where none gives a number, the
 * limit is `null` (no limit) rather than a number made up, and the province sets it.
 * - `allowedPurposes`: the movement's purposes of extraction (investigating an incident,
 *   settling a traffic accident, finding a missing person or lost property, other). The
 *   Personal Data Protection Law (Law 91/2025/QH15, in force 1 January 2026, with Decree
 *   356/2025/NĐ-CP) lets agencies record public places for security and order without
 *   consent, provided those recorded are notified: footage kept for security and order
 *   serves these purposes.
 * - `forbiddenPurposes`: `lawful-assembly`, watching people at a lawful assembly, as
 *   issue 18 asks. It is the library's choice: none of the sources above lists forbidden
 *   purposes.
 * - `caseRefRequiredFor`: `incident-investigation` and `traffic-accident`, after Flock
 *   (an offence type and a case number before every search) and Ring (a case number on
 *   every request to owners); `other`, the library's choice, so that a purpose the list
 *   does not name is tied to a case. Searches for a missing person or lost property are
 *   often made at a resident's request before any case is opened, and are left free.
 * - `legalBasisRequiredFor`: none, the library's choice: the sources name no form of
 *   request; the transparency report counts the share of requests that give one.
 * - `maxWindowMinutes`: 720 (12 hours), and `minWindowMinutes`: 15, Ring's window for a
 *   request (15 minutes to 12 hours). A window under the shortest is only a warning.
 * - `maxCameras`, `maxRadiusMetres`, `maxRequestsPerCase`: `null`. Ring limits a request
 *   to an area, but no source gives the numbers; set them per province.
 *
 * @category Validation
 * @example
 * ```ts
 * import { DEFAULT_FOOTAGE_POLICY } from "antt/footage";
 * DEFAULT_FOOTAGE_POLICY.maxWindowMinutes; // 720
 * DEFAULT_FOOTAGE_POLICY.forbiddenPurposes; // ["lawful-assembly"]
 * DEFAULT_FOOTAGE_POLICY.maxCameras; // null: no source gives a number
 * ```
 */
export const DEFAULT_FOOTAGE_POLICY: FootagePolicy = Object.freeze({
  allowedPurposes: frozen([
    "incident-investigation",
    "traffic-accident",
    "missing-person",
    "lost-property",
    "other",
  ]),
  forbiddenPurposes: frozen(["lawful-assembly"]),
  caseRefRequiredFor: frozen(["incident-investigation", "traffic-accident", "other"]),
  legalBasisRequiredFor: frozen([]),
  maxWindowMinutes: 720,
  minWindowMinutes: 15,
  maxCameras: null,
  maxRadiusMetres: null,
  maxRequestsPerCase: null,
});
