import type { Label } from "../core/labels.js";

import { PAYER_CODE_LABELS, type PayerCode } from "../core/payers.js";

// The source of funding (community or budget) and its labels live in core, beside the
// payer code list that maps to them; the funding entry re-exports them.
export { FUNDING_SOURCE_LABELS, type FundingSource } from "../core/payers.js";

/**
 * Who gave a contribution (đóng góp): the payer code list shared with cameras and
 * expenses (see {@link core!PAYER_LABELS}), old codes included.
 *
 * @description The same value as {@link PAYER_CODE_LABELS}: household, business,
 * organisation, individual, community, the state budget (ngân sách), the commune budget or
 * other. `budget` and `commune-budget` are not community funding (xã hội hóa); see
 * {@link fundingSourceOf}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { CONTRIBUTOR_KIND_LABELS, label } from "antt";
 * label(CONTRIBUTOR_KIND_LABELS, "household"); // "Hộ gia đình"
 * label(CONTRIBUTOR_KIND_LABELS, "budget", "en"); // "State budget"
 * ```
 */
export const CONTRIBUTOR_KIND_LABELS = PAYER_CODE_LABELS;

/**
 * The kind of contributor: a payer code (see {@link ContributorKindSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { ContributorKind } from "antt";
 * const kind: ContributorKind = "household";
 * ```
 */
export type ContributorKind = PayerCode;

/**
 * What money is for: a model (mô hình), a site of a model (điểm mô hình), cameras, a
 * team (tổ) or something else.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { FUNDS_TARGET_KIND_LABELS, label } from "antt";
 * label(FUNDS_TARGET_KIND_LABELS, "cameras"); // "Camera an ninh"
 * ```
 */
export const FUNDS_TARGET_KIND_LABELS = {
  model: { vi: "Mô hình", en: "Model" },
  "model-site": { vi: "Điểm mô hình", en: "Model site" },
  cameras: { vi: "Camera an ninh", en: "Cameras" },
  team: { vi: "Tổ, nhóm", en: "Team" },
  other: { vi: "Mục đích khác", en: "Other" },
} as const satisfies Record<string, Label>;

/**
 * The kind of thing money is for (see {@link FundsTargetKindSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { FundsTargetKind } from "antt";
 * const kind: FundsTargetKind = "cameras";
 * ```
 */
export type FundsTargetKind = keyof typeof FUNDS_TARGET_KIND_LABELS;

/**
 * What money was spent on (mục chi): cameras, other equipment, training, allowances for
 * team members (bồi dưỡng, phụ cấp) or other.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { EXPENSE_PURPOSE_LABELS, label } from "antt";
 * label(EXPENSE_PURPOSE_LABELS, "allowance"); // "Bồi dưỡng, phụ cấp"
 * ```
 */
export const EXPENSE_PURPOSE_LABELS = {
  cameras: { vi: "Lắp đặt, sửa chữa camera", en: "Cameras" },
  equipment: { vi: "Trang thiết bị", en: "Equipment" },
  training: { vi: "Tập huấn, diễn tập", en: "Training and drills" },
  allowance: { vi: "Bồi dưỡng, phụ cấp", en: "Allowances" },
  other: { vi: "Mục chi khác", en: "Other" },
} as const satisfies Record<string, Label>;

/**
 * The purpose of an expense (see {@link ExpensePurposeSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { ExpensePurpose } from "antt";
 * const purpose: ExpensePurpose = "cameras";
 * ```
 */
export type ExpensePurpose = keyof typeof EXPENSE_PURPOSE_LABELS;
