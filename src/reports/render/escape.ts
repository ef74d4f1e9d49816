// Control characters (line breaks included), line and paragraph separators, and bidi
// controls (U+202E can make a name read backwards): none belongs in one line of a report.
export const UNSAFE_CHARS = /[\p{Cc}\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069]+/gu;

/** Plain text: one line, no control or bidi character. */
export function escapeText(text: string): string {
  return text.replace(UNSAFE_CHARS, " ");
}

// What markdown reads as markup inside a line: emphasis, code, links and images (never
// without "["), headings, tables and strikethrough; HTML goes as entities.
export const MARKDOWN_SPECIAL = /[\\`*_[\]#|~]/g;

/**
 * Markdown: plain text, with every character that markdown reads as markup escaped, and
 * `<`, `>`, `&` as HTML entities, so that a converter to HTML emits no markup from data.
 */
export function escapeMarkdown(text: string): string {
  return escapeText(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(MARKDOWN_SPECIAL, "\\$&");
}

/** A copy of a value with every string, keys included, passed through `rewrite`. */
export function escapeStrings<T>(value: T, rewrite: (text: string) => string): T {
  const seen = new Map<object, unknown>();
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return rewrite(v);
    if (typeof v !== "object" || v === null) return v;
    const done = seen.get(v);
    if (done !== undefined) return done;
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      seen.set(v, out);
      for (const item of v) out.push(walk(item));
      return out;
    }
    const out: Record<string, unknown> = {};
    seen.set(v, out);
    for (const key of Object.keys(v)) {
      Object.defineProperty(out, rewrite(key), {
        value: walk((v as Record<string, unknown>)[key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  };
  return walk(value) as T;
}
