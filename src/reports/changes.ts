import { setOwn } from "../aggregate/dict.js";
import type { PeriodChange } from "../aggregate/index.js";

export function isChange(value: unknown): value is PeriodChange {
  return (
    typeof value === "object" && value !== null && "absoluteChange" in value && "direction" in value
  );
}

/**
 * Money, ratios and the strength of the forces (a stock of people) are not counts of
 * events: no Poisson test for them.
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
      dropPoisson(value, notCounts || key === "ratio" || key.endsWith("Vnd") || key === "forces"),
    );
  }
  return out;
}
