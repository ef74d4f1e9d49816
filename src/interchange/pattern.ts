/**
 * The character sets of JavaScript's `\d`, `\w`, `\s` and `\p{Cc}`, spelt out so that every
 * regex engine reads the same characters: Python's `\d` also takes "٢" and "２", and its `re`
 * has no `\p{...}` (the control characters are a set Unicode promises never to change).
 */
const SETS = new Map([
  ["d", "0-9"],
  ["w", "A-Za-z0-9_"],
  ["s", "\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff"],
  ["p{Cc}", "\\u0000-\\u001f\\u007f-\\u009f"],
]);
/** The names of `\p{Cc}` that JavaScript reads. */
const CONTROL_NAMES = new Set(["Cc", "Control", "gc=Cc", "General_Category=Cc"]);
/** What JavaScript's `.` leaves out (Python's `.` leaves out only `\n`). */
const LINE_TERMINATORS = "\\n\\r\\u2028\\u2029";
/** Any character: the union of a set and its complement, the same in every engine. */
const ANY_CHAR = "[\\s\\S]";
/** The end of the input, even after a final `\n` (where Python's `$` also matches). */
const END_OF_INPUT = `(?!${ANY_CHAR})`;

/**
 * A JSON Schema `pattern` rewritten so that JavaScript (ajv) and Python (`jsonschema`, which
 * uses `re.search`) accept the same strings (mẫu kiểm tra dùng chung cho mọi ngôn ngữ).
 *
 * @description The patterns zod writes are JavaScript regexes, and some of their pieces mean
 * more in other engines: Python's `\d` takes any Unicode digit (Arabic-Indic "٢٠٢٤",
 * full-width "２０２４"), its `\w` and `\s` are Unicode-wide too, its `.` takes `\r`, and its
 * `$` matches before a final `\n` (`"2024-03-07\n"`). This spells each out with the meaning
 * JavaScript gives it: `\d` → `[0-9]`, `\D` → `[^0-9]`, `\w` → `[A-Za-z0-9_]`, `\s` → the
 * listed JavaScript white space, `.` → `[^\n\r\u2028\u2029]` and `$` → `(?![\s\S])` (the end
 * of the input, and nothing after it). The control characters `\p{Cc}`, which Python's `re`
 * cannot name, are spelt `\u0000-\u001f\u007f-\u009f`. An escaped `\$`, a `$` or `.` inside a
 * character class and every other escape are kept. The result is unchanged by a second pass.
 *
 * @param pattern - a regex source in JavaScript's syntax, without flags
 * @returns the same regex, read the same way by JavaScript and Python
 * @throws SyntaxError for what has no spelling both engines read alike: a word boundary
 * `\b`/`\B` (Unicode-wide in Python), `\D`, `\W`, `\S` or `\P{Cc}` inside a character class,
 * a Unicode property other than `Cc` (its set grows with Unicode), an empty class `[]` or
 * `[^]`, and a trailing `\`.
 * @category Interchange
 * @example
 * ```ts
 * import { portablePattern } from "antt";
 * portablePattern("^\\d{5}$"); // "^[0-9]{5}(?![\\s\\S])"
 * portablePattern("^[$]\\$$"); // "^[$]\\$(?![\\s\\S])"
 * ```
 */
export function portablePattern(pattern: string): string {
  const fail = (what: string) => {
    throw new SyntaxError(`portablePattern: ${what} has no portable spelling in /${pattern}/`);
  };
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern.charAt(i);
    if (char === "\\") {
      if (i + 1 === pattern.length) fail("a trailing backslash");
      const letter = pattern.charAt(++i);
      let key = letter.toLowerCase();
      if (key === "p") {
        const name = /^\{([^}]*)\}/.exec(pattern.slice(i + 1))?.[1] ?? "";
        if (!CONTROL_NAMES.has(name)) fail(`the Unicode property \\${letter}{${name}}`);
        i += name.length + 2;
        key = "p{Cc}";
      }
      const set = SETS.get(key);
      const negated = letter !== key.charAt(0);
      if (set === undefined) {
        if (key === "b" && !inClass) fail(`the word boundary \\${letter}`);
        out += `\\${letter}`;
      } else if (!negated) out += inClass ? set : `[${set}]`;
      else if (!inClass) out += `[^${set}]`;
      else fail(`\\${letter} inside a character class`);
    } else if (inClass) {
      if (char === "]") inClass = false;
      out += char;
    } else if (char === "[" && pattern.startsWith(ANY_CHAR, i)) {
      out += ANY_CHAR;
      i += ANY_CHAR.length - 1;
    } else if (char === "[") {
      inClass = true;
      out += char;
      if (pattern.charAt(i + 1) === "^") out += pattern.charAt(++i);
      // JavaScript reads `[]` as no character and `[^]` as any; Python as a literal `]`.
      if (pattern.charAt(i + 1) === "]") fail("an empty character class");
    } else if (char === ".") {
      out += `[^${LINE_TERMINATORS}]`;
    } else if (char === "$") {
      out += END_OF_INPUT;
    } else {
      out += char;
    }
  }
  return out;
}
