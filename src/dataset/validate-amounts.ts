// The amounts of validateDataset (internal to the dataset domain, not exported from the
// package): unusually large amounts, and a total that can be added exactly.
import { formatVnd, LARGE_VND } from "../core/money.js";
import type { DatasetCollection } from "./schema.js";
import type { Checker, Path, Raw, Valid } from "./validate-checker.js";

/** Where the amounts of money are, per collection: a field, or a list and its field. */
const AMOUNTS: readonly (readonly [DatasetCollection, string, string?])[] = [
  ["cameras", "funding", "amount"],
  ["incidents", "damageVnd"],
  ["activities", "amountVnd"],
  ["contributions", "amount"],
  ["expenses", "amount"],
];

/**
 * Amounts: an unusually large one is a warning; all of them together must add up exactly
 * (below 2^53), so that no summary or report of the dataset can overflow.
 */
export function checkAmounts(c: Checker, valid: Valid): void {
  let total = 0;
  const look = (amount: unknown, path: Path) => {
    if (typeof amount !== "number") return;
    total += amount;
    if (amount > LARGE_VND) {
      c.add(
        "warning",
        path,
        "unusually-large-amount",
        `${formatVnd(amount, { locale: "en" })} is unusually large for one record: check that it is in đồng`,
        `${formatVnd(amount, { locale: "vi" })} là số tiền lớn bất thường cho một bản ghi: kiểm tra lại đơn vị (đồng)`,
      );
    }
  };
  for (const [collection, field, inner] of AMOUNTS) {
    valid[collection].forEach((record, i) => {
      if (!record) return;
      const value = record[field];
      if (inner === undefined) look(value, [collection, i, field]);
      else if (Array.isArray(value)) {
        value.forEach((item: Raw, j) => {
          look(item[inner], [collection, i, field, j, inner]);
        });
      }
    });
  }
  if (total > Number.MAX_SAFE_INTEGER) {
    c.add(
      "error",
      [],
      "amounts-too-large",
      "The dataset's amounts add up to more than 9,007,199,254,740,991 đồng, beyond what can be added exactly",
      "Tổng các khoản tiền của bộ dữ liệu vượt quá 9.007.199.254.740.991 đồng, không thể cộng chính xác",
    );
  }
}
