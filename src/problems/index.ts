/**
 * The problem catalogue and data-quality reports: every problem the library can report,
 * with a stable number, a severity, and what it means and how to fix it in Vietnamese and
 * English; and {@link qualityReport}, which counts a validation's problems by kind,
 * collection and unit.
 *
 * @module problems
 */
export * from "./catalogue.js";
export * from "./quality.js";
export * from "./types.js";
