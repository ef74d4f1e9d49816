import { match } from "ts-pattern";
import type { ContributorKind, FundingSource } from "./labels.js";

/**
 * The funding source of a kind of contributor: the state budget (ngân sách) for
 * `budget`, community funding (xã hội hóa) for everyone else.
 *
 * @description Reports give "xã hội hóa" and "ngân sách" apart ("nguồn xã hội hóa 12,5
 * triệu đồng"). The mapping is exhaustive over {@link ContributorKind}: a contributor kind
 * added to the list without a funding source is a compile error here.
 *
 * @param contributorKind - who gave the contribution
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
  return match(contributorKind)
    .returnType<FundingSource>()
    .with("budget", () => "budget")
    .with("household", "business", "organization", "individual", "other", () => "community")
    .exhaustive();
}
