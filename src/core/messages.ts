// Internal: Vietnamese for the English messages the library gives zod's built-in checks
// (`.regex(re, message)`, `.max(n, message)`), which have no place for a second language.
// `issuesFromZod` looks the English message up here. Not part of the public API.

const VIETNAMESE = new Map<string, string>();

/** An English message for a built-in check, with its Vietnamese registered beside it. */
export function bilingual(en: string, vi: string): { readonly message: string } {
  VIETNAMESE.set(en, vi);
  return { message: en };
}

/** The Vietnamese registered for an English message, if any. */
export function vietnameseFor(en: string): string | undefined {
  return VIETNAMESE.get(en);
}
