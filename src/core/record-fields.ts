// Internal: the guard summaries put on the numbers they add from records that may have
// skipped their schema (`lenses: "3"`, `amount: -1`). Not part of the public API.

/** A value as an error message shows it: `"3" (string)`, `-1 (number)`, `null (null)`. */
export function shown(value: unknown): string {
  const type = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
  let text: string;
  try {
    text =
      typeof value === "string" || typeof value === "object"
        ? String(JSON.stringify(value))
        : String(value);
  } catch {
    text = type;
  }
  return `${text.length > 40 ? `${text.slice(0, 39)}…` : text} (${type})`;
}

/**
 * The error for a field a summary adds that is not a whole number of at least 0: a
 * TypeError for another type or a negative value, a RangeError for a fraction or a number
 * beyond 2^53. The runner turns it into a RecordError naming the record.
 */
export function notWhole(
  field: string,
  value: unknown,
  what = "a whole number",
  vi = "Số liệu không hợp lệ",
): Error {
  const message = `${field} must be ${what} of at least 0, not ${shown(value)} (${vi})`;
  return typeof value === "number" && value >= 0 ? new RangeError(message) : new TypeError(message);
}

/** `value` when it is a whole number of at least 0; throws {@link notWhole} otherwise. */
export function whole(value: unknown, field: string, what?: string): number {
  if (Number.isSafeInteger(value) && (value as number) >= 0) return value as number;
  throw notWhole(field, value, what);
}
