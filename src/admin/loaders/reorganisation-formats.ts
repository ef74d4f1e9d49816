// The files of the 2025 reorganisation, described by where each keeps codes, names, links
// and lower units, for the one reader in ./reorganisation.ts; and the options of their
// loaders.
import type { CalendarDate } from "../../core/calendar.js";

/**
 * Options of {@link loadMergesJSON}.
 *
 * @category Administrative units
 * @example
 * ```ts
 * import type { MergesJSONOptions } from "antt";
 * const options: MergesJSONOptions = { effectiveDate: "2025-07-01" };
 * ```
 */
export interface MergesJSONOptions {
  /** The first day of the new units and of their succession links; default `2025-07-01`. */
  readonly effectiveDate?: CalendarDate;
}

/**
 * Options of {@link loadSplitsJSON}.
 *
 * @category Administrative units
 * @example
 * ```ts
 * import type { SplitsJSONOptions } from "antt";
 * const options: SplitsJSONOptions = { effectiveDate: "2025-07-01", validTo: "2025-06-30" };
 * ```
 */
export interface SplitsJSONOptions {
  /** The first day of the new units, the date of the succession links; default `2025-07-01`. */
  readonly effectiveDate?: CalendarDate;
  /** The last day of the old units; default: the day before `effectiveDate`. */
  readonly validTo?: CalendarDate;
}

/** An array of lower units in each province entry, and where each keeps its code. */
export interface ChildFormat {
  /** The field of the province entry holding the array. */
  readonly field: string;
  /** The field of the code. */
  readonly codeField: string;
  /** The level and name field of a child read as a unit; without it, only its links are read. */
  readonly unit?: { readonly level: "district" | "commune"; readonly name: string };
  /** Whether the array may be left out of an entry. */
  readonly optional?: boolean;
  /** What the children are, in the message on a province entry that is left out. */
  readonly what: { readonly en: string; readonly vi: string };
}

/**
 * Where a file of the 2025 reorganisation keeps what is read from it, by field name, and
 * from which side of the reorganisation it is written.
 */
export type ReorganisationFormat = {
  /** The file's name, for the message on a value that is not the parsed file. */
  readonly file: string;
  /** The fields of the code and name of a province entry. */
  readonly province: { readonly codeField: string; readonly name: string };
  /** The arrays of lower units in a province entry, in the order they are read. */
  readonly children: readonly ChildFormat[];
} & (
  | {
      /**
       * Today's units, valid from the effective date, each with the old units it was formed
       * from: `field` the array of links, `codeField` the old unit's code in a link, and `kind`
       * its type, `full` or `partial` (merges.json).
       */
      readonly side: "new";
      readonly links: { readonly field: string; readonly codeField: string; readonly kind: string };
    }
  | {
      /**
       * The pre-2025 units, valid until the day before, each with the new units it went
       * into, wholly when there is one (splits.json).
       */
      readonly side: "old";
      readonly links: { readonly field: string; readonly codeField: string };
    }
);

/** merges.json: 34 provinces and their communes, each with the units it was formed from. */
export const MERGES_JSON: ReorganisationFormat = {
  file: "merges.json",
  side: "new",
  province: { codeField: "level1_id", name: "name" },
  links: { field: "merges", codeField: "old_id", kind: "type" },
  children: [
    {
      field: "level2s",
      codeField: "level2_id",
      unit: { level: "commune", name: "name" },
      what: { en: "communes", vi: "xã" },
    },
  ],
};

/**
 * splits.json: 63 provinces, their communes and a few island districts, each with the units
 * it went into. The communes are read for their links only, since the file does not say
 * which district each was in.
 */
export const SPLITS_JSON: ReorganisationFormat = {
  file: "splits.json",
  side: "old",
  province: { codeField: "level1_id", name: "name" },
  links: { field: "splits", codeField: "new_id" },
  children: [
    { field: "level3s", codeField: "level3_id", what: { en: "communes", vi: "xã" } },
    {
      field: "level2s",
      codeField: "level2_id",
      unit: { level: "district", name: "name" },
      optional: true,
      what: { en: "districts", vi: "huyện" },
    },
  ],
};

/**
 * The former name of {@link MergesJSONOptions}.
 *
 * @deprecated Use {@link MergesJSONOptions}: the library spells the acronym `JSON`. The old name stays until 1.0.
 * @category Administrative units
 * @example
 * ```ts
 * import type { MergesJSONOptions } from "antt";
 * const options: MergesJSONOptions = {};
 * ```
 */
export type MergesJsonOptions = MergesJSONOptions;

/**
 * The former name of {@link SplitsJSONOptions}.
 *
 * @deprecated Use {@link SplitsJSONOptions}: the library spells the acronym `JSON`. The old name stays until 1.0.
 * @category Administrative units
 * @example
 * ```ts
 * import type { SplitsJSONOptions } from "antt";
 * const options: SplitsJSONOptions = {};
 * ```
 */
export type SplitsJsonOptions = SplitsJSONOptions;
