// Who paid (nguồn kinh phí): one code list that the cameras domain (a camera point's
// `funding[].source`) and the funding domain (a contribution's `contributorKind`, an
// expense's `source`) share, kept here, below both, so that neither imports the other;
// and where each payer's money counts: community funding (xã hội hóa) or the budget.
import type { Label } from "./labels.js";

/**
 * Where money comes from, as reports split it: the community (xã hội hóa: people,
 * businesses, organisations, sponsors) or the state budget (ngân sách, at any level).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { FUNDING_SOURCE_LABELS, label } from "antt";
 * label(FUNDING_SOURCE_LABELS, "community"); // "Xã hội hóa"
 * ```
 */
export const FUNDING_SOURCE_LABELS = {
  community: { vi: "Xã hội hóa", en: "Community funding" },
  budget: { vi: "Ngân sách nhà nước", en: "State budget" },
} as const satisfies Record<string, Label>;

/**
 * The source of funding (see {@link FundingSourceSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { FundingSource } from "antt";
 * const source: FundingSource = "budget";
 * ```
 */
export type FundingSource = keyof typeof FUNDING_SOURCE_LABELS;

/**
 * Who paid (nguồn kinh phí): one code list for a camera point's `funding[].source`, a
 * contribution's `contributorKind` and an expense's `source`.
 *
 * @description `household`, `business` (businesses and sponsoring firms), `organization`
 * (agencies, unions, congregations), `individual` (individual donors, nhà hảo tâm) and
 * `community` (community money whose giver is not recorded) are community funding (xã hội
 * hóa); `budget` (the state budget at any level) and `commune-budget` (the commune's own
 * budget) are budget money; `other` counts as community funding, as it always has. See
 * {@link PAYER_FUNDING_SOURCE}. A record paid by several payers lists one entry per payer
 * (a camera point's funding) or is one record per payer (contributions, expenses): there
 * is no "mixed" code, because mixed money cannot be split into community and budget. Old
 * codes stay readable: see {@link PAYER_ALIASES}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { label, PAYER_LABELS } from "antt";
 * label(PAYER_LABELS, "commune-budget"); // "Ngân sách xã"
 * label(PAYER_LABELS, "household", "en"); // "Household"
 * ```
 */
export const PAYER_LABELS = {
  household: { vi: "Hộ gia đình", en: "Household" },
  business: { vi: "Doanh nghiệp, hộ kinh doanh", en: "Business" },
  organization: { vi: "Cơ quan, tổ chức", en: "Organisation" },
  individual: { vi: "Cá nhân", en: "Individual" },
  community: { vi: "Xã hội hóa", en: "Community funding" },
  budget: { vi: "Ngân sách nhà nước", en: "State budget" },
  "commune-budget": { vi: "Ngân sách xã", en: "Commune budget" },
  other: { vi: "Nguồn khác", en: "Other" },
} as const satisfies Record<string, Label>;

/**
 * A payer code (see {@link PAYER_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { Payer } from "antt";
 * const payer: Payer = "commune-budget";
 * ```
 */
export type Payer = keyof typeof PAYER_LABELS;

/**
 * The old payer codes still accepted, each with the code it stands for: a camera point's
 * `funding[].source` was `households` before the code lists were made one.
 *
 * @description Schemas accept an alias as it is (parsing never changes meaning, nor the
 * value); summaries count it under the code it stands for (see {@link payerOf}), so
 * `households` and `household` add up in one bucket.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { PAYER_ALIASES } from "antt";
 * PAYER_ALIASES.households; // "household"
 * ```
 */
export const PAYER_ALIASES = {
  households: "household",
} as const satisfies Record<string, Payer>;

/**
 * A payer code or an old code still accepted (see {@link PAYER_ALIASES}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { PayerCode } from "antt";
 * const codes: PayerCode[] = ["household", "households", "budget"];
 * ```
 */
export type PayerCode = Payer | keyof typeof PAYER_ALIASES;

/**
 * The labels of every accepted payer code, the old ones included: the labels a schema
 * carries (`x-labels`) and a renderer reads.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { label, PAYER_CODE_LABELS } from "antt";
 * label(PAYER_CODE_LABELS, "households"); // "Hộ dân đóng góp" (the old camera code's label)
 * ```
 */
export const PAYER_CODE_LABELS = {
  ...PAYER_LABELS,
  households: { vi: "Hộ dân đóng góp", en: "Households" },
} as const satisfies Record<PayerCode, Label>;

/**
 * Where each payer's money counts: community funding (xã hội hóa) or the budget (ngân
 * sách).
 *
 * @description Reports split money this way ("trong đó xã hội hóa 404,1 triệu đồng, ngân
 * sách 72,6 triệu đồng"). The table is total over {@link Payer}: a payer added to the list
 * without a funding source is a compile error here.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { PAYER_FUNDING_SOURCE } from "antt";
 * PAYER_FUNDING_SOURCE.business;           // "community"
 * PAYER_FUNDING_SOURCE["commune-budget"];  // "budget"
 * ```
 */
export const PAYER_FUNDING_SOURCE = {
  household: "community",
  business: "community",
  organization: "community",
  individual: "community",
  community: "community",
  budget: "budget",
  "commune-budget": "budget",
  other: "community",
} as const satisfies Record<Payer, FundingSource>;

/**
 * The payer a code stands for: the code itself, or the code an old alias stands for;
 * `undefined` for a string that is no payer code (a record that skipped validation).
 *
 * @param code - a payer code or an alias, such as a camera's `funding[].source`
 * @returns the payer, or `undefined`
 * @category Code lists
 * @example
 * ```ts
 * import { payerOf } from "antt";
 * payerOf("households"); // "household"
 * payerOf("budget");     // "budget"
 * payerOf("state");      // undefined
 * ```
 */
export function payerOf(code: string): Payer | undefined {
  if (Object.hasOwn(PAYER_LABELS, code)) return code as Payer;
  return Object.hasOwn(PAYER_ALIASES, code)
    ? PAYER_ALIASES[code as keyof typeof PAYER_ALIASES]
    : undefined;
}

/**
 * Where a payer's money counts: `"community"` (xã hội hóa) or `"budget"` (ngân sách); an
 * old alias counts as the code it stands for.
 *
 * @param code - a payer code or an alias
 * @returns the funding source; `undefined` for a string that is no payer code
 * @category Code lists
 * @example
 * ```ts
 * import { payerFundingSource } from "antt";
 * payerFundingSource("households");     // "community"
 * payerFundingSource("commune-budget"); // "budget"
 * ```
 */
export function payerFundingSource(code: string): FundingSource | undefined {
  const payer = payerOf(code);
  return payer === undefined ? undefined : PAYER_FUNDING_SOURCE[payer];
}
