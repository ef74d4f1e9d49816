// Internal: Vietnamese text without its marks, the one fold that every matcher of the
// library shares (unit names, field and code names in messages, spreadsheet headers).

const MARKS = /\p{M}/gu;

/**
 * Text in lower case without diacritics: decomposed (NFD), its combining marks dropped, and
 * đ, Đ and the look-alike Ð (U+00D0) written d.
 */
export function foldMarks(text: string): string {
  return text.normalize("NFD").replace(MARKS, "").replace(/[đĐÐ]/g, "d").toLowerCase();
}
