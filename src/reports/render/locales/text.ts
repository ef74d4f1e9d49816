// Helpers of the locale data: no words here.

/**
 * The text with its first letter in capitals, in the case rules of `tag`: "trên 5.200 mắt"
 * → "Trên 5.200 mắt". Marks before the first letter (quotes, brackets) are kept; a text that
 * starts with a digit is left as it is.
 */
export function sentence(text: string, tag: string): string {
  return text.replace(
    /^([^\p{L}\p{N}]*)(\p{L})/u,
    (_, lead: string, letter: string) => `${lead}${letter.toLocaleUpperCase(tag)}`,
  );
}

/** `, ${text}` or "", for a clause that may be absent. */
export const after = (lead: string, text: string | null): string =>
  text === null ? "" : `${lead}${text}`;

/** "5.236; " before a remark in parentheses, when markdown gives the exact count. */
export const exactFirst = (exact: string | null): string => (exact === null ? "" : `${exact}; `);
