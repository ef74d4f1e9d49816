import { setOwn } from "../aggregate/dict.js";
import type { PeriodChange } from "../aggregate/index.js";

export function isChange(value: unknown): value is PeriodChange {
  return (
    typeof value === "object" && value !== null && "absoluteChange" in value && "direction" in value
  );
}

/** Rates per 1,000 or 10,000, and the figures that hold them. */
const RATES: ReadonlySet<string> = new Set([
  "perThousand",
  "perTenThousand",
  "lensesPerThousandHouseholds",
  "perTenThousandResidents",
]);

/**
 * Money, ratios (and rates per 1,000 or 10,000), the strength of the forces and the
 * population (stocks of people) are not counts of events: no Poisson test for them.
 */
export function dropPoisson(node: unknown, notCounts: boolean): unknown {
  if (isChange(node)) return notCounts ? { ...node, poisson: null } : node;
  if (typeof node !== "object" || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(node)) {
    const value = (node as Record<string, unknown>)[key];
    setOwn(
      out,
      key,
      dropPoisson(
        value,
        notCounts ||
          key === "ratio" ||
          RATES.has(key) ||
          key.endsWith("Vnd") ||
          key === "forces" ||
          key === "population",
      ),
    );
  }
  return out;
}
