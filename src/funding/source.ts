import { payerFundingSource } from "../core/payers.js";
import type { ContributorKind, FundingSource } from "./labels.js";

/**
 * The funding source of a kind of contributor: the budget (ngân sách) for `budget` and
 * `commune-budget`, community funding (xã hội hóa) for everyone else.
 *
 * @description Reports give "xã hội hóa" and "ngân sách" apart ("nguồn xã hội hóa 12,5
 * triệu đồng"). The mapping is {@link core!PAYER_FUNDING_SOURCE}, the one table for cameras,
 * contributions and expenses; an old code counts as the code it stands for.
 *
 * @param contributorKind - who gave the contribution (a payer code)
 * @returns `"budget"` or `"community"`
 * @category Code lists
 * @example
 * ```ts
 * import { fundingSourceOf } from "antt";
 * fundingSourceOf("household"); // "community"
 * fundingSourceOf("budget");    // "budget"
 * ```
 */
export function fundingSourceOf(contributorKind: ContributorKind): FundingSource {
  return payerFundingSource(contributorKind) as FundingSource;
}
